// parseMrz's fast path: the same answer as the careful reader, and taken for every clean short zone.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyDocument, TODAY } from '../../../test/support/mrz-zones';
import { dayNumber } from './mrz-check';
import { readFast } from './mrz-fast';
import { parseMrz, parseSlowly } from './mrz-parse';

describe('parseMrz fast path', () => {
  const today = dayNumber(TODAY);
  const zone = fc.record({
    read: anyDocument,
    separator: fc.constantFrom('', '\n', '\r', '\r\n'),
    edits: fc.array(
      fc.record({
        at: fc.nat(),
        ch: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<<<<OISBZ01582a #\n'),
      }),
      { maxLength: 2 },
    ),
  });

  it('reads every zone, clean or damaged, exactly as the careful reader does', () => {
    fc.assert(
      fc.property(zone, ({ read, separator, edits }) => {
        let text = read.lines.join(separator);
        for (const { at, ch } of edits) {
          const i = at % text.length;
          text = text.slice(0, i) + ch + text.slice(i + 1);
        }
        const fast = parseMrz(text, TODAY);
        const careful = parseSlowly(text, today);
        expect(fast).toEqual(careful);
        // Key order too: the CLI prints the result as JSON.
        expect(JSON.stringify(fast)).toBe(JSON.stringify(careful));
      }),
      { numRuns: 3000 },
    );
  });

  it('takes every clean zone of a short document number without the careful reader', () => {
    fc.assert(
      fc.property(zone, ({ read, separator }) => {
        fc.pre(read.doc.documentNumber.length <= 9);
        expect(readFast(read.lines.join(separator), today)).not.toBeNull();
      }),
      { numRuns: 1000 },
    );
  });
});
