import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { damerauLevenshtein, damerauLevenshteinSimilarity, jaroWinkler } from './similarity';

describe('jaroWinkler', () => {
  it.each([
    ['MARTHA', 'MARHTA', 0.961],
    ['DWAYNE', 'DUANE', 0.84],
    ['DIXON', 'DICKSONX', 0.813],
    ['GARCIA', 'GARCIA', 1],
    ['', 'ANA', 0],
  ])('scores %s / %s as %d', (a, b, expected) => {
    expect(jaroWinkler(a, b)).toBeCloseTo(expected, 2);
  });
});

describe('damerauLevenshtein', () => {
  it.each([
    ['V12345678', 'V12345678', 0],
    ['V12345678', 'V12345679', 1],
    ['V12345678', 'V12346578', 1],
    ['RODRIGUEZ', 'RODRIGEZ', 1],
    ['ABC', '', 3],
    ['CA', 'ABC', 3],
  ])('measures %s → %s as %d', (a, b, d) => {
    expect(damerauLevenshtein(a, b)).toBe(d);
  });
});

describe('similarities', () => {
  it.each([
    ['jaroWinkler', jaroWinkler],
    ['damerauLevenshteinSimilarity', damerauLevenshteinSimilarity],
  ])('%s is symmetric and in [0, 1]', (_, similarity) => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        const s = similarity(a, b);
        expect(s).toBeGreaterThanOrEqual(0);
        expect(s).toBeLessThanOrEqual(1);
        expect(similarity(b, a)).toBe(s);
      }),
    );
  });
});
