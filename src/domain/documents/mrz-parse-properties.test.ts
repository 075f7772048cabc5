// parseMrz properties over documents of every format: round trips, check digits, repairs, robustness.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  alnum,
  anyDocument,
  codeOf,
  documentOf,
  FORMATS,
  FORMATTERS,
  TODAY,
} from '../../../test/support/mrz-zones';
import { charValue, checkDigitOf, digitForLetter, lettersForDigit } from './mrz-check';
import { formatTd3 } from './mrz-format';
import { numberFormatOf } from './mrz-issuers';
import { LAYOUTS } from './mrz-layout';
import { parseMrz } from './mrz-parse';

const unfilled = (s: string) => s.replace(/^<+|<+$/g, '');

const precisionOf = (d: string | null) =>
  d === null ? 'unknown' : d.length === 4 ? 'year' : d.length === 7 ? 'month' : 'day';

describe('parseMrz properties', () => {
  it('reads back every document it formats, in every format', () => {
    fc.assert(
      fc.property(anyDocument, ({ format, doc, lines }) => {
        const result = parseMrz(lines, TODAY);
        expect(result.problems).toEqual([]);
        expect(result.format).toBe(format);
        expect(result.fields).toEqual({
          ...doc,
          // What is printed is read back, less the fillers at either end of the optional data.
          optionalData: unfilled(doc.optionalData),
          optionalData2: unfilled(doc.optionalData2),
          birthDatePrecision: precisionOf(doc.birthDate),
        });
      }),
      { numRuns: 500 },
    );
  });

  it('detects any single-character change in a numeric checked field', () => {
    const numeric = fc.constantFrom(...FORMATS).chain((format) => {
      const layout = LAYOUTS[format];
      const spots = [
        ...range(layout.birthDate),
        layout.birthDateCheck,
        ...range(layout.expiryDate),
        layout.expiryDateCheck,
      ];
      return fc.record({
        doc: documentOf(format).filter((d) => d.birthDate !== null && d.birthDate.length === 10),
        format: fc.constant(format),
        at: fc.constantFrom(...spots),
        to: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<'),
      });
    });
    fc.assert(
      fc.property(numeric, ({ doc, format, at, to }) => {
        const text = FORMATTERS[format](doc).join('');
        fc.pre(text.charAt(at) !== to);
        const result = parseMrz(text.slice(0, at) + to + text.slice(at + 1), TODAY);
        if (result.valid) {
          // Accepted only as a repair, and then the very document that was printed.
          expect(result.repairs.length).toBeGreaterThan(0);
          expect(result.fields).toEqual(parseMrz(text, TODAY).fields);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('misses a change in an alphanumeric field exactly when 7-3-1 cannot see it', () => {
    // The weights are prime to 10, so a change is invisible iff the two values agree modulo 10:
    // 0/A/K/U/<, 1/B/L/V, 6/G/Q, ... This is why repairs insist on exactly one passing reading.
    fc.assert(
      fc.property(
        codeOf(alnum, 9, 9),
        fc.integer({ min: 0, max: 8 }),
        fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<'),
        (number, at, to) => {
          const changed = number.slice(0, at) + to + number.slice(at + 1);
          const same = charValue(number.charCodeAt(at)) % 10 === charValue(to.charCodeAt(0)) % 10;
          expect(checkDigitOf(changed, 0, 9) === checkDigitOf(number, 0, 9)).toBe(same);
        },
      ),
    );
  });

  it('repairs one misread character of a document number only when no other reading passes', () => {
    const misread = fc
      .record({ doc: documentOf('TD3'), at: fc.integer({ min: 0, max: 8 }) })
      .map(({ doc, at }) => ({ doc, at, lines: formatTd3(doc) }))
      .filter(({ lines, at }) => lookAlikes(lines[1]?.charAt(at) ?? '').length > 0)
      .chain((m) =>
        fc.constantFrom(...lookAlikes(m.lines[1]?.charAt(m.at) ?? '')).map((to) => ({ ...m, to })),
      );
    fc.assert(
      fc.property(misread, ({ doc, at, lines, to }) => {
        const [l1 = '', l2 = ''] = lines;
        // L/1 and G/6 agree modulo 10: no check digit can see them, so they read as printed.
        fc.pre(charValue(l2.charCodeAt(at)) % 10 !== charValue(to.charCodeAt(0)) % 10);
        const wrong = l2.slice(0, at) + to + l2.slice(at + 1);
        const readings = singleSwaps(wrong.slice(0, 9)).filter(
          (n) => checkDigitOf(n, 0, 9) === Number(wrong.charAt(9)),
        );
        // An issuer's number format would rule readings out: mrz-repair.test.ts covers those.
        fc.pre(numberFormatOf(doc.issuingState, doc.documentCode) === undefined);
        const result = parseMrz([l1, wrong], TODAY);
        if (readings.length === 1) {
          // Taken, with the number as repaired, but not valid until a person confirms it.
          expect(result.valid).toBe(false);
          expect(result.problems).toEqual([]);
          expect(result.repairs).toEqual([expect.objectContaining({ needsConfirmation: true })]);
          expect(result.fields?.documentNumber).toBe(doc.documentNumber);
        } else {
          expect(result.repairs).toEqual([]);
          expect(result.problems).toContainEqual(
            expect.objectContaining({ field: 'documentNumber', code: 'mrz.repair-ambiguous' }),
          );
        }
      }),
      { numRuns: 500 },
    );
  });

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.array(fc.string(), { maxLength: 4 })),
        (input) => {
          const result = parseMrz(input, TODAY);
          expect(typeof result.valid).toBe('boolean');
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('never throws on mutations of valid zones, and never calls a mutated zone valid without saying why', () => {
    const mutated = fc.record({
      zone: anyDocument.map(({ lines }) => lines.join('\n')),
      edits: fc.array(
        fc.record({
          at: fc.nat(),
          kind: fc.constantFrom('replace', 'delete', 'insert', 'lower'),
          ch: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<<<< #\r\n«'),
        }),
        { minLength: 1, maxLength: 6 },
      ),
    });
    fc.assert(
      fc.property(mutated, ({ zone, edits }) => {
        let text = zone;
        for (const { at, kind, ch } of edits) {
          const i = at % (text.length + 1);
          if (kind === 'replace') text = text.slice(0, i) + ch + text.slice(i + 1);
          else if (kind === 'delete') text = text.slice(0, i) + text.slice(i + 1);
          else if (kind === 'insert') text = text.slice(0, i) + ch + text.slice(i);
          else text = text.slice(0, i) + text.slice(i).toLowerCase();
        }
        const result = parseMrz(text, TODAY);
        const awaiting = result.repairs.some((r) => r.needsConfirmation === true);
        expect(result.valid).toBe(result.problems.length === 0 && !awaiting);
        if (result.repairs.length > 0) {
          // A repaired zone is one that passes every check as it now reads.
          expect(result.fields).not.toBeNull();
        }
      }),
      { numRuns: 2000 },
    );
  });
});

function range([start, end]: readonly [number, number]): number[] {
  return Array.from({ length: end - start }, (_, i) => start + i);
}

function lookAlikes(ch: string): readonly string[] {
  const digit = digitForLetter(ch);
  return digit !== undefined ? [digit] : lettersForDigit(ch);
}

// Every reading of a nine-character number with one look-alike swapped, as the rule defines them.
function singleSwaps(number: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < number.length; i++) {
    for (const to of lookAlikes(number.charAt(i))) out.push(number.slice(0, i) + to + number.slice(i + 1));
  }
  return out;
}
