// The people the matching tests compare, search for and group: each as a booth would register them,
// with no document. Tests add an id and change what they are about.
import type { MatchablePerson } from './types';

type Person = Omit<MatchablePerson, 'id'>;

export const MARIA_JOSE: Person = {
  givenNames: 'María José',
  surname1: 'De la Cruz',
  surname2: 'Peña',
  sex: 'F',
  birthDate: { year: 1988, month: 4, day: 9 },
  nationality: 'VEN',
};

export const JOSE_LUIS: Person = {
  givenNames: 'José Luis',
  surname1: 'García',
  surname2: 'Rodríguez',
  sex: 'M',
  birthDate: { year: 1985, month: 3, day: 12 },
  nationality: 'VEN',
};
