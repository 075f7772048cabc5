import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { numberFromTyped } from './typed-number';

describe('numberFromTyped', () => {
  it.each([
    ['1200', 1200, 'plain digits'],
    ['  96 ', 96, 'with spaces around'],
    ['1.000', 1000, 'a thousand as Chile and Venezuela write it'],
    ['1,000', 1000, 'a thousand as Peru writes it'],
    ['1 200', 1200, 'grouped with a space'],
    ['1\u00a0200', 1200, 'grouped with a no-break space (a spreadsheet)'],
    ['1\u202f200', 1200, 'grouped with a narrow no-break space (Intl, French)'],
    ['2.500.000', 2_500_000, 'two groups'],
    ['\u22125', -5, 'a pasted minus sign'],
    ['\u20135', -5, 'a pasted dash'],
    ['1,5', 1.5, 'a decimal comma, for the check to refuse'],
    ['1.5', 1.5, 'a decimal point, for the check to refuse'],
    ['12.50', 12.5, 'two decimals are not a group'],
  ])('reads the count %j as %j (%s)', (typed, expected) => {
    expect(numberFromTyped(typed)).toBe(expected);
  });

  it.each([
    ['', 'nothing'],
    ['abc', 'words'],
    ['1.2.3', 'dots that are not groups of three'],
    ['1.000,5', 'a grouped number with decimals'],
    ['1.000,000', 'two kinds of separator'],
    ['12 34', 'a space that is not a group of three'],
    ['1e3', 'an exponent'],
  ])('reads %j as no number (%s)', (typed) => {
    expect(numberFromTyped(typed)).toBeUndefined();
  });

  it.each([
    ['5,5', 5.5],
    ['5.5', 5.5],
    ['1.000', 1],
    ['12', 12],
  ])('with decimals, reads %j as %j', (typed, expected) => {
    expect(numberFromTyped(typed, true)).toBe(expected);
  });

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.string(), fc.boolean(), (text, decimals) => {
        numberFromTyped(text, decimals);
      }),
    );
  });

  it('reads back every whole number as Spanish, English and French format it', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.constantFrom('es-CL', 'es-PE', 'en', 'fr'),
        (n, locale) => {
          expect(numberFromTyped(new Intl.NumberFormat(locale).format(n))).toBe(n);
        },
      ),
    );
  });
});
