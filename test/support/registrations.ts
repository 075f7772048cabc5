// A registration as the store keeps it, for the store tests: person n (id 00000000-…-n), a Venezuelan
// woman born in April 1990, registered by the demo officer at Santa Rosa (id 10000000-…-n).
import { DEMO_USERS, SANTA_ROSA_ID } from '../../src/store/demo';
import type { NewRegistration } from '../../src/store/people';

const AT = '2025-11-27T15:00:00.000Z';
const idOf = (prefix: string, n: number) => `${prefix}000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

export function registrationOf(
  n: number,
  givenNames: string,
  surname1: string,
  vulnerabilities: NewRegistration['registration']['vulnerabilities'] = [],
): NewRegistration {
  const personId = idOf('00', n);
  return {
    person: {
      id: personId,
      givenNames,
      surname1,
      surname2: null,
      nameKey: `${surname1} ${givenNames}`.toLowerCase(),
      sex: 'F',
      birthDate: { year: 1990, month: 4 },
      nationality: 'VEN',
    },
    document: null,
    registration: {
      id: idOf('10', n),
      personId,
      checkpointId: SANTA_ROSA_ID,
      boothId: null,
      officerId: DEMO_USERS[0]?.id ?? '',
      at: AT,
      receivedAt: AT,
      intention: 'entry',
      consent: true,
      vulnerabilities,
      offline: false,
      screeningStatus: 'clear',
    },
  };
}
