// Issue 11, point 8: a digit in a name field is always a misread, so Paso repairs names too, choosing
// between look-alikes by how common each reading is as a name.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { specimenTd3, TODAY } from '../../../test/support/mrz-zones';
import { GIVEN_NAME_LISTS, SURNAMES } from '../matching';
import { digitForLetter, lettersForDigit } from './mrz-check';
import { formatTd1, formatTd2, formatTd3, type MrzDocument } from './mrz-format';
import { repairName, wordsOfName } from './mrz-names';
import { parseMrz } from './mrz-parse';

const DOCUMENT: MrzDocument = { ...specimenTd3(), optionalData: '' };
const FORMATS = [
  ['TD1', formatTd1, 'I'],
  ['TD2', formatTd2, 'I'],
  ['TD3', formatTd3, 'P'],
] as const;

const read = (surname: string, givenNames: string, format: (typeof FORMATS)[number] = FORMATS[2]) => {
  const [, formatter, documentCode] = format;
  return parseMrz(formatter({ ...DOCUMENT, documentCode, surname, givenNames }), TODAY);
};

describe('digits in names', () => {
  // From other MRZ libraries' test suites (python mrz, PassportEye, npm mrz, a PHP parser).
  const EXAMPLES = [
    ['5M1TH', '', 'SMITH', ''],
    ['ERIK55ON', 'ANNA MARIA', 'ERIKSSON', 'ANNA MARIA'],
    ['ERIKSSON', 'ANNA MAR1A', 'ERIKSSON', 'ANNA MARIA'],
    ['DOE', 'J0HN AL8ERT', 'DOE', 'JOHN ALBERT'],
  ] as const;

  it.each(FORMATS.flatMap((format) => EXAMPLES.map((e) => [format[0], ...e, format] as const)))(
    'reads a %s zone with %s, %s as %s, %s, every repair reported',
    (_, surname, givenNames, repairedSurname, repairedGiven, format) => {
      const result = read(surname, givenNames, format);
      expect(result).toMatchObject({ valid: true, problems: [] });
      expect(result.fields).toMatchObject({ surname: repairedSurname, givenNames: repairedGiven });
      const digits = [...`${surname}${givenNames}`].filter((ch) => ch >= '0' && ch <= '9');
      expect(result.repairs.map((r) => r.from)).toEqual(digits);
      for (const r of result.repairs) {
        expect(r).toEqual({ field: 'name', line: r.line, column: r.column, from: r.from, to: r.to });
      }
    },
  );

  it.each([
    ['2', 'Z', '2APATA', 'ZAPATA'],
    ['3', 'E', 'P3REZ', 'PEREZ'],
    ['4', 'A', '4CHA', 'ACHA'],
    ['5', 'S', '5OSA', 'SOSA'],
    ['6', 'G', '6IL', 'GIL'],
    ['7', 'T', '7ORO', 'TORO'],
    ['8', 'B', '8RAVO', 'BRAVO'],
  ])('takes %s, whose one look-alike is %s, in %s', (digit, letter, written, surname) => {
    expect(lettersForDigit(digit)).toEqual([letter]);
    expect(read(written, 'ANA').fields?.surname).toBe(surname);
  });

  it.each([
    ['a given name the lists know', 'DIAZ', 'LU1S', 'DIAZ', 'LUIS'],
    ['a surname the lists know, with the less usual L', '1ARA', 'ANA', 'LARA', 'ANA'],
    ['a word no list knows, by how names are spelt', '5M1TH', 'W1LL1AM', 'SMITH', 'WILLIAM'],
    ['0 as O, D or Q', 'D0LORES', 'ANA', 'DOLORES', 'ANA'],
  ])('chooses between look-alikes by the commoner name: %s', (_, surname, given, readSurname, readGiven) => {
    expect(read(surname, given).fields).toMatchObject({ surname: readSurname, givenNames: readGiven });
  });

  it('leaves a 9, which no capital letter looks like, as a problem in its place', () => {
    const result = read('SM9TH', 'J0HN');
    expect(result.valid).toBe(false);
    expect(result.problems).toEqual([
      { field: 'name', code: 'mrz.invalid-character', line: 1, column: 8, length: 1 },
    ]);
    // The other word is still repaired.
    expect(result.fields?.givenNames).toBe('JOHN');
  });
});

const KNOWN = [...new Set([SURNAMES, ...GIVEN_NAME_LISTS].flat().flatMap(([name]) => wordsOfName(name)))];

describe('repairName properties', () => {
  it('reads back every name the lists know, whichever of its letters were read as digits', () => {
    // No two names of the lists differ only by look-alikes, so a known name always wins.
    const misread = fc
      .record({
        word: fc.constantFrom(...KNOWN),
        mask: fc.array(fc.boolean(), { minLength: 20, maxLength: 20 }),
      })
      .map(({ word, mask }) => ({
        word,
        text: [...word].map((ch, i) => (mask[i] ? (digitForLetter(ch) ?? ch) : ch)).join(''),
      }));
    fc.assert(
      fc.property(misread, ({ word, text }) => {
        const chars = [...text];
        for (const [at, to] of repairName(text, 0, text.length)) chars[at] = to;
        expect(chars.join('')).toBe(word);
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws, and leaves a digit only where no letter looks like it', () => {
    const field = fc
      .array(fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<<<<<#'), { maxLength: 39 })
      .map((cs) => cs.join(''));
    fc.assert(
      fc.property(field, (text) => {
        const chars = [...text];
        for (const [at, to] of repairName(text, 0, text.length)) chars[at] = to;
        const words = chars.join('').split('<');
        for (const word of words) {
          // A word with a 9 or a character outside the alphabet is left as read.
          if (/[9#]/.test(word)) continue;
          expect(word).toMatch(/^[A-Z]*$/);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
