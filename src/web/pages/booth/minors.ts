// Children in a sitting: the adult each travels with, and the flag for a child alone or with an adult
// who is not a parent or legal guardian, by the same rule the server opens a protection referral with.
import { ageOn, type GroupMember, type ProtectionNeed, protectionNeedOf } from '../../../domain/crossings';
import type { Member } from './member';
import { formDate } from './registration';

export type MinorFlag = ProtectionNeed;

const ADULT_AGE = 18;

const birthDateOf = (member: Member): string | undefined => formDate(member.form.birthDate) || undefined;

const ageOf = (member: Member, today: string): number | null => ageOn(birthDateOf(member), today);

export function isChild(member: Member, today: string): boolean {
  const age = ageOf(member, today);
  return age !== null && age < ADULT_AGE;
}

export function isAdult(member: Member, today: string): boolean {
  const age = ageOf(member, today);
  return age !== null && age >= ADULT_AGE;
}

/**
 * Who a child may travel with: every other member not known to be a child. A mother whose birth date
 * was not given is still the child's mother: as the domain's rule does (protectionNeedOf), only an age
 * known to be under 18 rules a companion out, else a child with her would be flagged as alone.
 */
export function companionsOf(child: Member, members: readonly Member[], today: string): Member[] {
  return members.filter((m) => m.id !== child.id && !isChild(m, today));
}

/** The adult a child travels with: the one chosen, else the reference person, else the first adult. */
export function travelsWithOf(child: Member, members: readonly Member[], today: string): Member | null {
  const companions = companionsOf(child, members, today);
  return companions.find((m) => m.id === child.travelsWith) ?? companions[0] ?? null;
}

// A member as the domain's rule reads them: the first member is the group's reference person.
function asGroupMember(member: Member, members: readonly Member[], today: string): GroupMember {
  const relationship = members[0]?.id === member.id ? 'reference' : member.relationship || undefined;
  return { at: `${today}T12:00:00Z`, birthDate: birthDateOf(member), relationship };
}

/** The flag for a child of the sitting, or null for an adult, a person of unknown age or an accompanied child. */
export function minorFlagOf(member: Member, members: readonly Member[], today: string): MinorFlag | null {
  const companion = isChild(member, today) ? travelsWithOf(member, members, today) : null;
  return protectionNeedOf(
    asGroupMember(member, members, today),
    companion === null ? null : asGroupMember(companion, members, today),
    'UTC',
  );
}
