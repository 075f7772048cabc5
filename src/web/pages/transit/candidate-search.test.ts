import { describe, expect, it } from 'vitest';
import { searchUnits } from './candidate-search';

const person = (givenNames: string, surname1: string, surname2: string | null, number: string | null) => ({
  givenNames,
  surname1,
  surname2,
  document: number === null ? null : { number },
});
const UNITS = [
  ['fam-1', [person('Carmen', 'Mendoza', 'Peña', 'V-18.273.645'), person('Sofía', 'Mendoza', null, null)]],
  ['p-2', [person('José Luis', 'Rodríguez', null, '15827364')]],
  ['p-3', [person('Diego', 'Álvarez', 'Rojas', 'AB123456')]],
] as const;
const found = (query: string) => searchUnits(UNITS, query).map(([unit]) => unit);

describe('searchUnits', () => {
  it.each([
    ['an empty query', '  ', ['fam-1', 'p-2', 'p-3']],
    ['a surname without its accent', 'rodriguez', ['p-2']],
    ['a given name in capitals', 'JOSE', ['p-2']],
    ['words in any order, each matching', 'peña carmen', ['fam-1']],
    ['a child, showing the family whole', 'sofia', ['fam-1']],
    ['a document number typed without dots', '18273645', ['fam-1']],
    ['part of a document number', '5827', ['p-2']],
    ['a document number in lower case', 'ab1234', ['p-3']],
    ['a name nobody has', 'zapata', []],
    ['a name and a word nobody has', 'diego zapata', []],
  ])('finds by %s', (_, query, expected) => {
    expect(found(query)).toEqual(expected);
  });
});
