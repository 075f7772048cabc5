import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { crossingPersonOf } from './crossing-person';

const NOBODY = {
  givenNames: '',
  surname1: '',
  surname2: null,
  sex: null,
  birthDate: null,
  nationality: null,
};

describe('crossingPersonOf', () => {
  it('reads the person a crossing names, each value trimmed', () => {
    const fields = {
      decision: 'admitted',
      person: {
        givenNames: ' María José ',
        surname1: 'De la Cruz',
        surname2: 'Peña ',
        sex: 'F',
        birthDate: '1988-03',
        nationality: ' VEN',
      },
    };
    expect(crossingPersonOf(fields)).toEqual({
      givenNames: 'María José',
      surname1: 'De la Cruz',
      surname2: 'Peña',
      sex: 'F',
      birthDate: '1988-03',
      nationality: 'VEN',
    });
  });

  it('gives blank names and null for the rest when values are blank, missing or not text', () => {
    const person = { givenNames: '  ', surname1: 7, surname2: '', sex: null, birthDate: ['1988'] };
    expect(crossingPersonOf({ person })).toEqual(NOBODY);
  });

  it.each([[undefined], [null], ['Ana'], [['Ana']], [42]])('names nobody when the person is %j', (person) => {
    expect(crossingPersonOf({ person })).toEqual(NOBODY);
  });

  it('never throws, and never gives a value with space around it', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), fc.jsonValue(), (fields, person) => {
        const read = crossingPersonOf({ ...fields, person });
        for (const value of Object.values(read)) expect(value === null || value === value.trim()).toBe(true);
      }),
    );
  });
});
