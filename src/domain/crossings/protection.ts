// Protection referrals for the humanitarian side. Children at the booth: a child crossing alone is
// unaccompanied; a child with an adult who is not a parent or legal guardian is separated (UNHCR/UNICEF
// definitions). Either opens a referral. Relationships are to the group's reference person, so
// parenthood is read through them. A person of any age whose decision is `referred-protection` (asylum,
// refuge, a risk of trafficking) is referred too, when the crossing is not already referred as a child.
import { ageOn } from './age';
import { localHour } from './local-time';

export type ProtectionNeed = 'unaccompanied-minor' | 'separated-minor';

/** Why a referral was opened: a child's need, or the booth's decision to refer the person to protection. */
export const REFERRAL_REASONS = ['unaccompanied-minor', 'separated-minor', 'referred-protection'] as const;
export type ReferralReason = (typeof REFERRAL_REASONS)[number];

/** The decision that refers a person to protection, whatever their age, and opens a referral. */
export const REFERRING_DECISION = 'referred-protection';

export interface GroupMember {
  readonly at: string;
  readonly birthDate?: string | undefined;
  readonly relationship?: string | undefined;
}

// The companion's relationship to the reference person, by the child's, that makes them a parent.
const PARENT_OF: Readonly<Record<string, readonly string[]>> = {
  child: ['reference', 'spouse'],
  reference: ['parent'],
  sibling: ['parent'],
  grandchild: ['child'],
};

export function isParentOrGuardian(child: GroupMember, companion: GroupMember): boolean {
  if (companion.relationship === 'legal-guardian') return true;
  const parents = PARENT_OF[child.relationship ?? ''];
  return (
    parents !== undefined && companion.relationship !== undefined && parents.includes(companion.relationship)
  );
}

/** Completed years at the member's crossing, on the checkpoint's local date; null when unknown. */
export function ageAtCrossing(member: GroupMember, timeZone: string): number | null {
  return ageOn(member.birthDate, localHour(member.at, timeZone).date);
}

/**
 * What a child's crossing needs: nothing for an adult or a person of unknown age, a referral for a
 * child without a companion or whose companion is not a parent or legal guardian (or is a child too).
 */
export function protectionNeedOf(
  member: GroupMember,
  companion: GroupMember | null,
  timeZone: string,
): ProtectionNeed | null {
  const age = ageAtCrossing(member, timeZone);
  if (age === null || age >= 18) return null;
  if (companion === null) return 'unaccompanied-minor';
  const companionAge = ageAtCrossing(companion, timeZone);
  if (companionAge !== null && companionAge < 18) return 'separated-minor';
  return isParentOrGuardian(member, companion) ? null : 'separated-minor';
}

/** Whether the companion named is younger than the child they travel with (a mistake to refuse). */
export function isCompanionYounger(member: GroupMember, companion: GroupMember, timeZone: string): boolean {
  const age = ageAtCrossing(member, timeZone);
  const companionAge = ageAtCrossing(companion, timeZone);
  return age !== null && companionAge !== null && companionAge < age;
}
