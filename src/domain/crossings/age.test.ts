import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AGE_BANDS, ageBandOf, ageGroupOf, ageOn } from './age';

describe('ageOn', () => {
  it.each([
    ['2008-04-05', '2026-04-04', 17, 'the day before the 18th birthday'],
    ['2008-04-05', '2026-04-05', 18, 'on the 18th birthday'],
    ['2008-04-05', '2026-04-06', 18, 'the day after the 18th birthday'],
    ['2008-12-31', '2026-01-01', 17, 'early in the year of an 18th birthday late in the year'],
    ['2026-04-04', '2026-04-04', 0, 'on the day of birth'],
    ['2008', '2026-06-30', 17, 'with a year only, on 30 June (taken as born 1 July)'],
    ['2008', '2026-07-01', 18, 'with a year only, on 1 July'],
    ['2008-04', '2026-04-14', 17, 'with a year and month, on the 14th (taken as born on the 15th)'],
    ['2008-04', '2026-04-15', 18, 'with a year and month, on the 15th'],
    ['1966-02', '2026-03-01', 60, 'with a year and month, in a later month'],
    ['2026', '2026-03-12', 0, 'with a year only, a baby crossing before 1 July of that year'],
    ['2026-03', '2026-03-03', 0, 'with a year and month, a baby crossing before the 15th'],
    ['2026-03-05', '2026-03-04', 0, 'born the day after the local date (the UTC date, in the evening)'],
  ])('gives completed years: born %s, on %s, is %i (%s)', (birth, on, age) => {
    expect(ageOn(birth, on)).toBe(age);
  });

  it.each([[undefined], [null], [''], ['05/04/2008'], ['2027-01-01'], ['2026-04-06'], ['2026-05'], ['2027']])(
    'gives no age for birth date %j (missing, unreadable or after the date)',
    (birth) => {
      expect(ageOn(birth, '2026-04-04')).toBeNull();
    },
  );

  it('never throws on any birth text and gives null or a whole number of years not below zero', () => {
    const localDate = fc
      .date({
        min: new Date('1900-01-01T00:00:00Z'),
        max: new Date('2100-12-31T00:00:00Z'),
        noInvalidDate: true,
      })
      .map((d) => d.toISOString().slice(0, 10));
    const birth = fc.oneof(
      fc.string(),
      fc.stringMatching(/^\d{4}(-\d{2}(-\d{2})?)?$/),
      fc.constantFrom(undefined, null),
    );
    fc.assert(
      fc.property(birth, localDate, (b, on) => {
        const age = ageOn(b, on);
        expect(age === null || (Number.isInteger(age) && age >= 0)).toBe(true);
      }),
    );
  });

  it('grows by one on each birthday and not between', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('1900-01-01T00:00:00Z'),
          max: new Date('2025-12-31T00:00:00Z'),
          noInvalidDate: true,
        }),
        fc.integer({ min: 1, max: 100 }),
        (birth, years) => {
          const b = birth.toISOString().slice(0, 10);
          // Avoid 29 February, whose birthday some years do not have.
          fc.pre(!b.endsWith('-02-29'));
          const birthday = `${String(Number(b.slice(0, 4)) + years).padStart(4, '0')}${b.slice(4)}`;
          const dayBefore = new Date(Date.parse(`${birthday}T00:00:00Z`) - 86_400_000)
            .toISOString()
            .slice(0, 10);
          expect(ageOn(b, birthday)).toBe(years);
          expect(ageOn(b, dayBefore)).toBe(years - 1);
        },
      ),
    );
  });
});

describe('ageGroupOf and ageBandOf', () => {
  it.each([
    [0, 'child', '0-4'],
    [4, 'child', '0-4'],
    [5, 'child', '5-11'],
    [11, 'child', '5-11'],
    [12, 'child', '12-17'],
    [17, 'child', '12-17'],
    [18, 'adult', '18-59'],
    [59, 'adult', '18-59'],
    [60, 'adult', '60+'],
    [90, 'adult', '60+'],
    [110, 'adult', '60+'],
    [null, 'unknown', 'unknown'],
  ])('puts age %j in group %s and band %s', (age, group, band) => {
    expect(ageGroupOf(age)).toBe(group);
    expect(ageBandOf(age)).toBe(band);
  });

  it('puts every age in exactly one band, children below 18 and adults from 18', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 130 }), (age) => {
        const band = ageBandOf(age);
        expect(AGE_BANDS).toContain(band);
        expect(['0-4', '5-11', '12-17'].includes(band)).toBe(ageGroupOf(age) === 'child');
      }),
    );
  });
});
