import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { COMPARISONS, LEVELS } from '../../../domain/matching';
import {
  barShares,
  comparisonName,
  formatBits,
  formatProbability,
  levelName,
  orientExplanation,
  readExplanation,
  readListedPerson,
  valueText,
} from './explanation';
import { comparisonRow, explanationOf } from './test-explanation';

// A stand-in translator that shows which key was asked for.
const t = ((key: string) => `t:${key}`) as unknown as TFunction;

const comparison = (comparisonName: string, level: string, weight: number, tfAdjustment = 0) => ({
  comparison: comparisonName,
  level,
  weight,
  tfAdjustment,
  left: 'A',
  right: 'B',
});

describe('readExplanation', () => {
  it('reads an explanation as the server stores it', () => {
    const read = readExplanation({
      modelVersion: 'm1',
      prior: -9.5,
      comparisons: [comparison('givenName', 'exact', 6.2, -2.1)],
      namesSwapped: false,
      totalWeight: 4.1,
      probability: 0.94,
    });
    expect(read?.comparisons[0]).toMatchObject({ level: 'exact', tfAdjustment: -2.1 });
    expect(read?.probability).toBe(0.94);
  });

  it.each([null, 'text', { comparisons: 'no' }, { comparisons: [], probability: 1 }])(
    'gives null for %j, so the page shows the server text instead',
    (value) => {
      expect(readExplanation(value)).toBeNull();
    },
  );
});

describe('levelName and comparisonName', () => {
  const levels = [...new Set([...Object.values(LEVELS).flat(), 'missing'])];

  // Levels added since the review page was written keep their words in the matching area's catalogue.
  it.each(levels)('puts the level %s in words', (level) => {
    expect(levelName(level, t)).toMatch(/^t:(review|matching)\.level\./);
  });

  it('says "very similar" for the closer Jaro–Winkler band', () => {
    expect(levelName('jaro-winkler-0.92', t)).toBe('t:review.level.veryClose');
    expect(levelName('jaro-winkler-0.85', t)).toBe('t:review.level.close');
  });

  it.each(COMPARISONS)('names the comparison %s', (name) => {
    expect(comparisonName(name, t)).toBe(`t:review.comparison.${name}`);
  });

  it('shows an unknown level or comparison as given rather than nothing', () => {
    expect(levelName('soundex-2', t)).toBe('soundex-2');
    expect(comparisonName('height', t)).toBe('height');
  });
});

describe('valueText', () => {
  const countryName = (code: string) => ({ VEN: 'Venezuela', COL: 'Colombia' })[code] ?? code;

  it('names a nationality by its country, with the code the model compared', () => {
    // Before, the table showed "VEN" where the records beside it said "Venezuela (VEN)".
    expect(valueText('nationality', 'VEN', t, 'es-PE', countryName)).toBe('Venezuela (VEN)');
    expect(valueText('nationality', 'COL', t, 'en-GB', countryName)).toBe('Colombia (COL)');
  });

  it('keeps a code no country is known by, and a dash for nothing', () => {
    expect(valueText('nationality', 'XXA', t, 'es-PE', countryName)).toBe('XXA');
    expect(valueText('nationality', '', t, 'es-PE', countryName)).toBe('—');
  });

  it('leaves names and documents as the model compared them', () => {
    expect(valueText('document', 'V12345678', t, 'es-PE', countryName)).toBe('V12345678');
    expect(valueText('surname', 'VEN', t, 'es-PE', countryName)).toBe('VEN');
  });
});

describe('formatBits', () => {
  it.each([
    [3.24, 'en-GB', '+3.2'],
    [-2.06, 'en-GB', '−2.1'],
    [0, 'en-GB', '0.0'],
    [-0.01, 'en-GB', '0.0'],
    [12, 'es-419', '+12.0'],
  ])('writes %d bits in %s as %s', (value, locale, shown) => {
    expect(formatBits(value, locale)).toBe(shown);
  });
});

describe('formatProbability', () => {
  it.each([
    [0.5, '50%'],
    [0.987, '98.7%'],
    [0.99999, '99.99%'],
    [1, '100%'],
    [0, '0%'],
    [0.004, '0.4%'],
    [0.00001, '0.01%'],
  ])('shows %d as %s', (p, shown) => {
    expect(formatProbability(p, 'en-GB')).toBe(shown);
  });

  it('never rounds a likely match up to certainty', () => {
    expect(formatProbability(0.999996, 'en-GB')).toBe('99.99%');
  });
});

describe('barShares', () => {
  it('sizes bars against the strongest evidence, common-name adjustment included', () => {
    expect(
      barShares([comparison('givenName', 'exact', 8, -2), comparison('birthDate', 'mismatch', -3)]),
    ).toEqual([1, 0.5]);
  });

  it('draws no bars when nothing weighs', () => {
    expect(barShares([comparison('sex', 'missing', 0)])).toEqual([0]);
  });
});

describe('readListedPerson', () => {
  it('writes out names, partial dates and documents of a watchlist entry', () => {
    expect(
      readListedPerson({
        watchId: 'UN-001',
        names: [{ givenNames: 'María José', surname1: 'De la Cruz', surname2: 'Peña' }, 'Majo Cruz'],
        sex: 'F',
        birthDates: [{ year: 1988, month: 3, day: 14 }, { year: 1987 }],
        nationalities: ['VEN'],
        documents: [{ type: 'P', number: 'A123' }, { number: '99' }],
      }),
    ).toEqual({
      names: ['María José De la Cruz Peña', 'Majo Cruz'],
      sex: 'F',
      birthDates: ['1988-03-14', '1987'],
      nationalities: ['VEN'],
      documents: [
        { type: 'P', written: 'A123' },
        { type: null, written: '99' },
      ],
    });
  });

  it('writes a document as the list wrote it, with the issuer it names, once', () => {
    const written = 'No. H0044232 (Iraqi), issued 2001; also 06FBO2262';
    expect(
      readListedPerson({
        names: ['Ejemplo'],
        documents: [
          { type: 'Passport', number: 'H0044232', text: written },
          { type: 'Passport', number: '06FBO2262', text: written },
          { type: 'P', number: 'A123' },
        ],
      })?.documents,
    ).toEqual([
      { type: 'Passport', written },
      { type: 'P', written: 'A123' },
    ]);
  });

  it('gives null for something that is not an entry', () => {
    expect(readListedPerson({ names: 42 })).toBeNull();
  });
});

describe('orientExplanation', () => {
  const recordA = {
    givenNames: 'María José',
    surname1: 'De la Cruz',
    surname2: 'Peña',
    sex: 'F',
    birthDate: '1988-03-14',
    nationality: 'VEN',
  };
  const recordB = {
    givenNames: 'MARIA',
    surname1: 'CRUZ',
    surname2: null,
    sex: 'F',
    birthDate: '1988',
    nationality: 'COL',
  };
  // As the model wrote it for the pair scored b first: left holds record b's values.
  const scoredBFirst = explanationOf(
    [
      comparisonRow('givenName', 'token-subset', 'MARIA', 'MARIA JOSE'),
      comparisonRow('surname', 'token-subset', 'CRUZ', 'CRUZ PENA'),
      comparisonRow('birthDate', 'year', '1988', '1988-03-14'),
      comparisonRow('document', 'missing', '', '12345678'),
      comparisonRow('nationality', 'different', 'COL', 'VEN'),
      comparisonRow('sex', 'same', 'F', 'F'),
    ],
    4.1,
    0.94,
  );
  const values = (e: { comparisons: readonly { left: string; right: string }[] }) =>
    e.comparisons.map((c) => [c.left, c.right]);

  it('puts record a values on the left when the link was scored b first', () => {
    const read = readExplanation(scoredBFirst);
    expect(read).not.toBeNull();
    if (read === null) return;
    expect(values(orientExplanation(read, recordA, recordB))).toEqual([
      ['MARIA JOSE', 'MARIA'],
      ['CRUZ PENA', 'CRUZ'],
      ['1988-03-14', '1988'],
      ['12345678', ''],
      ['VEN', 'COL'],
      ['F', 'F'],
    ]);
  });

  it('leaves an explanation already in the records order as it is', () => {
    const read = readExplanation(scoredBFirst);
    if (read === null) throw new Error('unreadable');
    expect(orientExplanation(read, recordB, recordA)).toBe(read);
  });

  it('leaves the sides alone when the values cannot tell the records apart', () => {
    const read = readExplanation({
      ...scoredBFirst,
      comparisons: [
        comparisonRow('givenName', 'exact', 'ANA', 'ANA'),
        comparisonRow('sex', 'same', 'F', 'F'),
      ],
    });
    if (read === null) throw new Error('unreadable');
    const ana = { ...recordB, givenNames: 'Ana' };
    expect(orientExplanation(read, ana, ana)).toBe(read);
  });
});
