// A convoy's passengers as GET /api/convoys/{id} lists them, for the transit pages' tests: the Rojas
// family on bus BUS-1, admitted in transit at Santa Rosa (Lima's clock), each in the state given.
import type { Passenger } from '../../api/transit-endpoints';

export const samplePassenger = (
  n: number,
  givenNames: string,
  birthDate: string,
  state: Passenger['state'],
): Passenger => ({
  personId: `0d0f0000-0000-4000-8000-00000000000${n}`,
  plate: 'BUS-1',
  familyKey: 'family-rojas',
  relationship: null,
  givenNames,
  surname1: 'Rojas',
  surname2: null,
  sex: null,
  birthDate,
  nationality: 'VEN',
  document: null,
  state,
  timeZone: 'America/Lima',
  eligible: true,
});
