// One person of the sitting at the booth: the form, how their identity was established, the zone as
// read with the fields that must still be confirmed or corrected by hand, and their place in the group.
import type { IDENTITY_BASES, RELATIONSHIPS } from '../../../api/events';
import { identifierInZone, type MrzField, type MrzFields, type NationalId } from '../../../domain/documents';
import type { DecisionChoice } from './decision';
import { EMPTY_FORM, formFromZone, type RegistrationForm } from './registration';

export type IdentityBasis = (typeof IDENTITY_BASES)[number];
export type Relationship = (typeof RELATIONSHIPS)[number];

/** A zone the scan panel read well enough to have fields, and what in it is not yet to be trusted. */
export type ZoneRead = {
  readonly fields: MrzFields;
  readonly zone: string;
  /** Fields with a problem, and fields with a repair the officer has not confirmed. */
  readonly doubtful: readonly MrzField[];
};

/** What the scan field holds: nothing (null), text that reads as no zone, or a zone read to fields. */
export type ScanRead = ZoneRead | 'unreadable' | null;

/** A tally this person was counted in earlier, to take one off when they are registered. */
export type Untally = {
  readonly tallyId: string;
  /** The tally's count: one is taken off, so a tally of one is voided. */
  readonly count: number;
  /** The correction event's id: made when chosen, kept through resends. */
  readonly correctionId: string;
};

/** A different decision for this member than the group's, with the reason for the change. */
export type MemberOverride = DecisionChoice & { readonly reason: string };

export type Member = {
  /** The crossing event's id: made when the record starts, kept through resends. */
  readonly id: string;
  readonly form: RegistrationForm;
  /** For a person without a document; with one, the event says 'document'. */
  readonly basis: Exclude<IdentityBasis, 'document'>;
  /** The zone's text as read, '' when typed by hand. */
  readonly zone: string;
  readonly doubtful: readonly MrzField[];
  /** Doubtful fields the officer confirmed against the document or corrected by hand. */
  readonly checked: readonly MrzField[];
  /** '' for the reference person, who comes first. */
  readonly relationship: Relationship | '';
  /** The id of the adult member a child travels with, or ''. */
  readonly travelsWith: string;
  readonly override: MemberOverride | null;
  readonly untally: Untally | null;
  /** The national identifier the zone carries (a Chilean card's RUN), when it checks: the form offers it. */
  readonly zoneIdentifier: NationalId | null;
};

/** The identifier a zone's fields carry for its issuer, if it checks; one that does not is not offered. */
function identifierOf(fields: MrzFields): NationalId | null {
  const found = identifierInZone(fields);
  return found?.check.ok ? found.check.value : null;
}

export function newMember(id: string): Member {
  return {
    id,
    form: EMPTY_FORM,
    basis: 'declared',
    zone: '',
    doubtful: [],
    checked: [],
    relationship: '',
    travelsWith: '',
    override: null,
    untally: null,
    zoneIdentifier: null,
  };
}

/**
 * The member after a zone was read: a different zone refills the form; the same zone only updates what
 * is still doubtful (a repair was ticked), so nothing the officer typed is lost.
 */
export function withZone(member: Member, read: ZoneRead): Member {
  if (read.zone === member.zone) return { ...member, doubtful: read.doubtful };
  return {
    ...member,
    form: formFromZone(read.fields, read.zone),
    zone: read.zone,
    doubtful: read.doubtful,
    checked: [],
    zoneIdentifier: identifierOf(read.fields),
  };
}

/**
 * The member once the scan field no longer reads as a zone (a swipe cut short, or a second swipe over
 * the first): what the zone had filled in is emptied, so no field of a half-read zone is registered.
 * What only the officer gives (consent, vulnerabilities) stays.
 */
export function withoutZone(member: Member): Member {
  if (member.zone === '') return member;
  const { consent, vulnerabilities } = member.form;
  return {
    ...member,
    form: { ...EMPTY_FORM, consent, vulnerabilities },
    zone: '',
    doubtful: [],
    checked: [],
    zoneIdentifier: null,
  };
}

// The form's fields each zone field fills: editing one of them is correcting that zone field by hand.
const ZONE_FIELD_OF: Partial<Record<keyof RegistrationForm, MrzField>> = {
  givenNames: 'name',
  surname1: 'name',
  surname2: 'name',
  sex: 'sex',
  birthDate: 'birthDate',
  nationality: 'nationality',
  documentType: 'documentCode',
  documentNumber: 'documentNumber',
  issuingState: 'issuingState',
  expiryDate: 'expiryDate',
};

export const zoneFieldOf = (key: keyof RegistrationForm): MrzField | undefined => ZONE_FIELD_OF[key];

/** The member with one form field changed; a doubtful zone field typed over counts as corrected. */
export function withField<K extends keyof RegistrationForm>(
  member: Member,
  key: K,
  value: RegistrationForm[K],
): Member {
  const field = ZONE_FIELD_OF[key];
  const checked =
    field === undefined || member.checked.includes(field) ? member.checked : [...member.checked, field];
  return { ...member, form: { ...member.form, [key]: value }, checked };
}

/** Doubtful zone fields neither confirmed nor corrected: the member cannot be saved while any remain. */
export const unresolvedOf = (member: Member): readonly MrzField[] =>
  member.doubtful.filter((f, i, all) => all.indexOf(f) === i && !member.checked.includes(f));

export const hasDocument = (member: Member): boolean =>
  member.form.documentType !== '' && member.form.documentNumber.trim() !== '';

export const identityBasisOf = (member: Member): IdentityBasis =>
  hasDocument(member) ? 'document' : member.basis;

/** "LUIS ALBERTO RODRIGUEZ MARQUEZ", or '' while no name was given. */
export const nameOf = (member: Pick<Member, 'form'>): string =>
  [member.form.givenNames, member.form.surname1, member.form.surname2]
    .map((part) => part.trim())
    .filter(Boolean)
    .join(' ');
