// Children in a sitting: the adult each travels with, and the flag for a child alone or with an adult
// who is not a parent or legal guardian (the server opens a protection referral for either).
import { ageOn } from '../../../domain/crossings';
import type { Member } from './member';

export type MinorFlag = 'unaccompanied-minor' | 'separated-minor';

const ADULT_AGE = 18;

export const ageOf = (member: Member, today: string): number | null =>
  ageOn(member.form.birthDate.trim() === '' ? null : member.form.birthDate.trim(), today);

export function isChild(member: Member, today: string): boolean {
  const age = ageOf(member, today);
  return age !== null && age < ADULT_AGE;
}

export function isAdult(member: Member, today: string): boolean {
  const age = ageOf(member, today);
  return age !== null && age >= ADULT_AGE;
}

/** The adult a child travels with: the one chosen, else the reference person, else the first adult. */
export function travelsWithOf(child: Member, members: readonly Member[], today: string): Member | null {
  const adults = members.filter((m) => m.id !== child.id && isAdult(m, today));
  return adults.find((m) => m.id === child.travelsWith) ?? adults[0] ?? null;
}

/**
 * Whether the adult is the child's parent or legal guardian, from each one's relationship to the
 * group's reference person (the first member): the reference's child or ward; the reference's parent
 * or guardian when the child is the reference; the child of the reference's spouse; the grandchild of
 * the reference travelling with the reference's child.
 */
export function isParentOrGuardian(child: Member, adult: Member, members: readonly Member[]): boolean {
  const reference = members[0];
  if (reference === undefined) return false;
  const guardian = (r: Member['relationship']) => r === 'legal-guardian';
  if (adult.id === reference.id) return child.relationship === 'child' || guardian(child.relationship);
  if (child.id === reference.id) return adult.relationship === 'parent' || guardian(adult.relationship);
  if (adult.relationship === 'spouse') return child.relationship === 'child';
  if (adult.relationship === 'child') return child.relationship === 'grandchild';
  return false;
}

/** The flag for a child of the sitting, or null for an adult, a person of unknown age or an accompanied child. */
export function minorFlagOf(member: Member, members: readonly Member[], today: string): MinorFlag | null {
  if (!isChild(member, today)) return null;
  const adult = travelsWithOf(member, members, today);
  if (adult === null) return 'unaccompanied-minor';
  return isParentOrGuardian(member, adult, members) ? null : 'separated-minor';
}
