// The officer's decision as plain data: what the document policy recommends for a person's form, the
// decision that recommendation pre-selects, and whether the decision taken overrides it.
import type { Decision, ProtectionNeed, RefusalGround } from '../../../domain/crossings';
import {
  type Direction,
  type DocumentKind,
  documentKindOf,
  evaluatePolicy,
  ID_TYPES,
  type PolicyDecision,
  type PolicyOutcome,
  type RuleSet,
} from '../../../domain/documents';
import { formCountry, formDate, type RegistrationForm, type Vulnerability } from './registration';

/** A decision with what it needs: a refusal's ground and note, a transit's exit point. */
export type DecisionChoice = {
  readonly decision: Decision;
  readonly refusalGround: RefusalGround | '';
  readonly note: string;
  readonly exitPoint: string;
};

/** Why no recommendation can be given yet. */
export type NoRecommendation = 'nothingYet' | 'noCheckpoint' | 'noRules' | 'unknownDocument' | 'unconfirmed';

export type Recommendation =
  | {
      readonly ok: true;
      readonly value: PolicyDecision;
      /** A case for protection (see BoothProtection): protection comes before the document policy. */
      readonly protection?: BoothProtection | null;
      /** No rule applies, and one would with the document's expiry date, which was left blank. */
      readonly expiryMissing?: boolean;
    }
  | { readonly ok: false; readonly reason: NoRecommendation };

/**
 * What makes a case one for protection at the booth: a child alone or with an adult who is not a
 * parent or guardian; a person who asks for refuge, who is not sent back before the claim is heard
 * (non-refoulement: the 1951 Refugee Convention, art. 33; Peru's Law 27891 on refugees); a person at
 * risk of trafficking.
 */
export type BoothProtection = ProtectionNeed | 'asylum-seeker' | 'trafficking-risk';

const PROTECTION_FLAGS: readonly BoothProtection[] = [
  'unaccompanied-minor',
  'separated-minor',
  'asylum-seeker',
  'trafficking-risk',
];
const isProtectionCase = (flag: Vulnerability | null): flag is BoothProtection =>
  (PROTECTION_FLAGS as readonly (string | null)[]).includes(flag);

/**
 * The recommendation for a person flagged as a case for protection (a child by the group's rule or
 * the officer's tick, or the officer's tick of refuge or trafficking): nobody is refused or held by
 * default for want of papers; the decision pre-selected is a protection referral, unless the policy
 * admits. The officer still decides, and refusing after all asks for a reason.
 */
export function withProtection(
  recommendation: Recommendation,
  flags: readonly (Vulnerability | null)[],
): Recommendation {
  if (!recommendation.ok) return recommendation;
  const protection = flags.find(isProtectionCase) ?? null;
  return { ...recommendation, protection };
}

/** The decision a recommendation pre-selects for this person. */
export function recommendedDecision(
  recommendation: Recommendation & { readonly ok: true },
  direction: Direction,
): Decision {
  const outcome = recommendation.value.outcome;
  if (recommendation.protection && outcome !== 'admit') return 'referred-protection';
  return decisionOf(outcome, direction);
}

// The state that issues each national number the booth registers; Peru's carné de extranjería and
// permiso temporal are documents of foreign residents.
const ID_ISSUER: Readonly<Record<string, string>> = {
  CL: 'CHL',
  PE: 'PER',
  VE: 'VEN',
  CO: 'COL',
  EC: 'ECU',
  BO: 'BOL',
  AR: 'ARG',
};
const RESIDENTS_ID_TYPES: ReadonlySet<string> = new Set(['PE-CE', 'PE-CPP']);

/**
 * The kind of document the form holds, as the policy's rules name them. A national number of the
 * person's own state is a national identity card; one a state gives a foreign resident (a Venezuelan's
 * Chilean RUN, a carné de extranjería) is a residence permit, as its zone would say.
 */
export function documentKindOfForm(form: RegistrationForm): DocumentKind | null {
  if (form.documentType === '' || form.documentNumber.trim() === '') return 'none';
  if (ID_TYPES.some((type) => type === form.documentType)) {
    if (RESIDENTS_ID_TYPES.has(form.documentType)) return 'residence-permit';
    const nationality = formCountry(form.nationality).trim().toUpperCase();
    const issuer = ID_ISSUER[form.documentType.slice(0, 2)];
    return nationality === '' || nationality === issuer ? 'national-id' : 'residence-permit';
  }
  return documentKindOf({
    documentCode: form.documentType,
    issuingState: form.issuingState.trim().toUpperCase(),
    nationality: form.nationality.trim().toUpperCase(),
  });
}

type Place = {
  readonly checkpointId: string | null;
  readonly direction: Direction;
  readonly ruleSet: RuleSet | null;
  readonly now: Date;
  /** The checkpoint's: documents expire and people come of age by its calendar. */
  readonly timeZone: string;
};

/** The policy's recommendation for what will be saved: the form as confirmed, not the zone as read. */
export function recommend(form: RegistrationForm, isResolved: boolean, place: Place): Recommendation {
  // An empty form is no person yet: "refuse, no document" would be said of nobody.
  if (form.surname1.trim() === '' && form.documentNumber.trim() === '')
    return { ok: false, reason: 'nothingYet' };
  if (!isResolved) return { ok: false, reason: 'unconfirmed' };
  if (place.checkpointId === null) return { ok: false, reason: 'noCheckpoint' };
  if (place.ruleSet === null) return { ok: false, reason: 'noRules' };
  const documentKind = documentKindOfForm(form);
  if (documentKind === null) return { ok: false, reason: 'unknownDocument' };
  const text = (value: string) => (value.trim() === '' ? null : value.trim().toUpperCase());
  const facts = {
    checkpointId: place.checkpointId,
    direction: place.direction,
    documentKind,
    nationality: text(formCountry(form.nationality)),
    documentExpiry: /^\d{4}-\d{2}-\d{2}$/.test(formDate(form.expiryDate)) ? formDate(form.expiryDate) : null,
    birthDate: text(formDate(form.birthDate)),
  };
  const decision = evaluatePolicy(place.ruleSet, facts, place.now, place.timeZone);
  // A rule about valid documents cannot apply to a document whose expiry was left blank: said so,
  // when the same document with a date ahead would meet a rule, instead of "no rule applies" alone.
  const expiryMissing =
    decision.ruleId === null &&
    documentKind !== 'none' &&
    facts.documentExpiry === null &&
    evaluatePolicy(
      place.ruleSet,
      { ...facts, documentExpiry: yearAfter(place.now) },
      place.now,
      place.timeZone,
    ).ruleId !== null;
  return { ok: true, value: decision, ...(expiryMissing ? { expiryMissing } : {}) };
}

/** The date a year after an instant (UTC), as YYYY-MM-DD: an expiry date surely ahead. */
const yearAfter = (now: Date): string =>
  new Date(Date.UTC(now.getUTCFullYear() + 1, now.getUTCMonth(), 1)).toISOString().slice(0, 10);

/** The decision a recommendation pre-selects: "refer to a supervisor" holds the person for one. */
export function decisionOf(outcome: PolicyOutcome, direction: Direction): Decision {
  switch (outcome) {
    case 'admit':
      return direction === 'transit' ? 'admitted-transit' : 'admitted';
    case 'refer':
      return 'held';
    case 'refuse':
      return 'refused';
    default: {
      const unknown: never = outcome;
      return unknown;
    }
  }
}

/**
 * A decision with nothing of its own filled in yet. A refusal's legal ground is the officer's decision
 * (the document policy says refuse, not on which ground): none is chosen for them, even when the rules
 * recommend the refusal, and the booth registers no refusal before one is (`refusal.ground-required`).
 */
export const choiceOf = (decision: Decision): DecisionChoice => ({
  decision,
  refusalGround: '',
  note: '',
  exitPoint: '',
});

/** True when the decision taken differs from what the recommendation pre-selected: a reason is due. */
export function isOverride(
  recommendation: Recommendation,
  decision: Decision,
  direction: Direction,
): boolean {
  return recommendation.ok && recommendedDecision(recommendation, direction) !== decision;
}
