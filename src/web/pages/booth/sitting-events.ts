// A sitting at the booth as crossing events: one per member, the reference person first, sharing the
// group's id, each child naming the adult they travel with; checked with the interchange's own parser
// and the booth's rules before anything is sent.
import { type EventIssueCode, type PasoEvent, parseEvent } from '../../../api/events';
import type { Direction } from '../../../domain/documents';
import { type DecisionChoice, isOverride, type Recommendation } from './decision';
import { identityBasisOf, type Member, unresolvedOf } from './member';
import { isChild, minorFlagOf, travelsWithOf } from './minors';
import { documentOf, nationalIdProblem, personOf } from './registration';

/** What is wrong with a member's event or a correction: the interchange's codes, and the booth's own rules. */
export type BoothIssueCode =
  | EventIssueCode
  | 'document.national-id'
  | 'decision.required'
  | 'override.reason-required'
  | 'correction.reason-required'
  | 'correction.unchanged'
  | 'zone.unconfirmed';
export type BoothIssue = { readonly path: string; readonly code: BoothIssueCode };

export type SittingPlace = {
  readonly checkpoint: string;
  readonly booth: string | undefined;
  readonly direction: Direction;
  /** UTC ISO time of the decision, taken at the first send and kept for resends. */
  readonly at: string;
  /** The local date ages are reckoned on. */
  readonly today: string;
  readonly group: string;
};

/** A member with the recommendation for them and the decision that applies (theirs or the group's). */
export type MemberPlan = {
  readonly member: Member;
  readonly recommendation: Recommendation;
  /** Null while the group's decision is not chosen (and nothing recommends one). */
  readonly choice: DecisionChoice | null;
  readonly reason: string;
  /** True when the group's decision applies: not the officer's own for them, nor a child's referral. */
  readonly followsGroup: boolean;
};

/** What the member list and the decision section both show of the sitting: each member's plan, the
 * member whose record is open, the direction and the issues found, by member id. */
export type SittingView = {
  readonly plans: readonly MemberPlan[];
  readonly current: number;
  readonly direction: Direction;
  readonly issues: Readonly<Record<string, readonly BoothIssue[]>>;
};

/** What every event of the sitting says of where and when: the time, the checkpoint, the booth if known. */
const whereAndWhen = (place: SittingPlace) => ({
  at: place.at,
  checkpoint: place.checkpoint,
  ...(place.booth === undefined ? {} : { booth: place.booth }),
});

const given = (text: string) => (text.trim() === '' ? undefined : text.trim());

/** A reason is due when the decision differs from the recommendation or from the group's decision. */
const needsReason = (plan: MemberPlan, direction: Direction): boolean =>
  plan.member.override !== null ||
  (plan.choice !== null && isOverride(plan.recommendation, plan.choice.decision, direction));

/** The crossing event of one member, as the interchange takes it (not yet checked); without a
 * decision chosen, one with no decision, which the interchange refuses. */
export function crossingOf(plan: MemberPlan, members: readonly Member[], place: SittingPlace): unknown {
  const { member, recommendation } = plan;
  const choice = plan.choice ?? { decision: undefined, refusalGround: '', note: '', exitPoint: '' };
  const isGroup = members.length > 1;
  const isReference = members[0]?.id === member.id;
  const adult = isChild(member, place.today) ? travelsWithOf(member, members, place.today) : null;
  const flag = minorFlagOf(member, members, place.today);
  const vulnerabilities = [
    ...member.form.vulnerabilities.filter((v) => v !== flag),
    ...(flag === null ? [] : [flag]),
  ];
  const document = documentOf(member.form);
  const policy = recommendation.ok ? recommendation.value : null;
  const reason = needsReason(plan, place.direction) ? given(plan.reason) : undefined;
  return {
    kind: 'crossing',
    id: member.id,
    ...whereAndWhen(place),
    // A transit enters the country; where it leaves is the exit point.
    direction: place.direction === 'exit' ? 'exit' : 'entry',
    decision: choice.decision,
    ...(choice.decision === 'refused' && choice.refusalGround !== ''
      ? { refusalGround: choice.refusalGround }
      : {}),
    ...(choice.decision === 'refused' && given(choice.note) !== undefined
      ? { note: given(choice.note) }
      : {}),
    ...(choice.decision === 'admitted-transit' ? { exitPoint: choice.exitPoint.trim() } : {}),
    person: personOf(member.form),
    ...(document === undefined ? {} : { document }),
    identityBasis: identityBasisOf(member),
    ...(isGroup
      ? { group: place.group, relationship: isReference ? 'reference' : member.relationship || undefined }
      : {}),
    ...(adult === null ? {} : { travelsWith: adult.id }),
    ...(vulnerabilities.length === 0 ? {} : { vulnerabilities }),
    consent: member.form.consent,
    ...(policy === null
      ? {}
      : {
          recommendation: policy.outcome,
          ...(/^\d+$/.test(policy.rulesetVersion) ? { policyVersion: Number(policy.rulesetVersion) } : {}),
          ...(policy.ruleId === null ? {} : { policyRule: policy.ruleId }),
          ...(policy.legalBasis === null ? {} : { legalBasis: policy.legalBasis }),
        }),
    ...(reason === undefined ? {} : { overrideReason: reason }),
  };
}

/**
 * The correction that takes the member off the tally they were counted in, if any. `takenTogether`
 * is how many members of the sitting come off that same tally: each correction sets the count left
 * after all of them (two boys off a tally of 2 void it), since a correction sets the count, it does not
 * subtract, and whichever of them applies last is what stands.
 */
export function untallyOf(member: Member, place: SittingPlace, takenTogether = 1): unknown {
  const { untally } = member;
  if (untally === null) return null;
  const left = untally.count - Math.max(takenTogether, 1);
  return {
    kind: 'correction',
    id: untally.correctionId,
    ...whereAndWhen(place),
    corrects: untally.tallyId,
    ...(left <= 0 ? { void: true } : { set: { count: left } }),
  };
}

/** The booth's rules the schema cannot know: a confirmed zone, a reason for an override, a whole group. */
export function boothIssuesOf(
  plan: MemberPlan,
  members: readonly Member[],
  place: SittingPlace,
): BoothIssue[] {
  const { member, choice } = plan;
  const issues: BoothIssue[] = [];
  if (unresolvedOf(member).length > 0) issues.push({ path: 'zone', code: 'zone.unconfirmed' });
  if (choice === null) issues.push({ path: 'decision', code: 'decision.required' });
  if (nationalIdProblem(member.form) !== null) {
    issues.push({ path: 'document.number', code: 'document.national-id' });
  }
  if (needsReason(plan, place.direction) && given(plan.reason) === undefined) {
    issues.push({ path: 'overrideReason', code: 'override.reason-required' });
  }
  if (choice?.decision === 'admitted-transit' && given(choice.exitPoint) === undefined) {
    issues.push({ path: 'exitPoint', code: 'transit.exit-point-required' });
  }
  if (members.length > 1 && members[0]?.id !== member.id && member.relationship === '') {
    issues.push({ path: 'relationship', code: 'group.relationship-required' });
  }
  return issues;
}

export type Prepared =
  | { readonly ok: true; readonly events: readonly PasoEvent[] }
  | { readonly ok: false; readonly issues: Readonly<Record<string, readonly BoothIssue[]>> };

/** Every member's event checked, or the issues of each member that has any (by member id). */
export function prepareSitting(
  plans: readonly MemberPlan[],
  members: readonly Member[],
  place: SittingPlace,
): Prepared {
  const events: PasoEvent[] = [];
  const issues: Record<string, BoothIssue[]> = {};
  const takenFrom = new Map<string, number>();
  for (const { member } of plans) {
    if (member.untally !== null)
      takenFrom.set(member.untally.tallyId, (takenFrom.get(member.untally.tallyId) ?? 0) + 1);
  }
  for (const plan of plans) {
    const parsed = parseEvent(crossingOf(plan, members, place));
    const found = [
      ...boothIssuesOf(plan, members, place),
      // A decision not chosen is said once, as the booth's own issue.
      ...(parsed.ok
        ? []
        : parsed.issues
            .filter(({ path }) => plan.choice !== null || path !== 'decision')
            .map(({ path, code }) => ({ path, code }))),
    ];
    const untally = untallyOf(plan.member, place, takenFrom.get(plan.member.untally?.tallyId ?? '') ?? 1);
    const correction = untally === null ? null : parseEvent(untally);
    if (correction !== null && !correction.ok)
      found.push(...correction.issues.map(({ path, code }) => ({ path: `untally.${path}`, code })));
    if (found.length > 0) issues[plan.member.id] = found;
    else if (parsed.ok) events.push(parsed.value, ...(correction?.ok ? [correction.value] : []));
  }
  return Object.keys(issues).length === 0 ? { ok: true, events } : { ok: false, issues };
}
