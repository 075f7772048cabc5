// Members of a family at the booth as the booth's tests write them: the ROJAS family, each with an id
// from MEMBER_IDS, a given name, a birth date and how they are related to the reference person.
import { type Member, newMember } from '../../src/web/pages/booth/member';

export const MEMBER_IDS = [
  '1d8a2b64-3c5e-4f70-8a9b-0c1d2e3f4a5b',
  '2e9b3c75-4d6f-4a81-9bac-1d2e3f4a5b6c',
  '3fac4d86-5e7a-4b92-acbd-2e3f4a5b6c7d',
];

/** The member with the i-th of MEMBER_IDS. */
export const aMember = (
  i: number,
  givenNames: string,
  birthDate: string,
  relationship: Member['relationship'] = '',
): Member => ({
  ...newMember(MEMBER_IDS[i] ?? ''),
  form: { ...newMember('').form, givenNames, surname1: 'ROJAS', birthDate },
  relationship,
});
