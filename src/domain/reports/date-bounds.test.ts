import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boundsReader } from '../../../test/support/bounds-reader';
import { linearSolver } from '../../server/reports/linear-solver';
import { dateSums, protectDate } from './date-protection';
import { publishFigures } from './suppression';
import { drawnRow } from './test-reader';

const solver = await linearSolver();
const readBounds = await boundsReader();

// Days of few people at three checkpoints, drawn apart from the other tests' days: every figure of
// a product small or near it, where bounds pin figures down most.
const arbitraryRow = fc
  .record({
    checkpoint: fc.constantFrom('CL-CHACALLUTA', 'PE-SANTA-ROSA', 'PE-TUMBES'),
    hour: fc.constantFrom('06', '07', '19'),
    direction: fc.constantFrom('entry', 'exit'),
    nationality: fc.constantFrom('VEN', 'CHL', 'PER', 'HTI', 'unknown'),
    sex: fc.constantFrom('F', 'M', 'unknown'),
    age: fc.constantFrom(['adult', '18-59'], ['child', '5-11'], ['unknown', 'unknown']),
    kind: fc.constantFrom('admitted', 'referred-protection', 'refused', 'held', 'tallied'),
    n: fc.oneof(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 12 })),
  })
  .map(drawnRow);

describe('one protection of a date, against a reader who reasons with bounds', () => {
  it('leaves no `<5` pinned down but where only the marks themselves or a headline decide it', () => {
    fc.assert(
      fc.property(fc.array(arbitraryRow, { maxLength: 14 }), (rows) => {
        const counts = { date: '2025-11-26', rows, needs: [] };
        // Every figure of every product and scope, with every sum between them, as protectDate
        // publishes them (the same figures, sums and ranks; the same publication).
        const { values, lines, keep, unprinted } = dateSums(counts);
        const published = publishFigures(values, lines, keep, solver, unprinted);
        expect(protectDate(counts, solver).figure(null, 'crossed')).toBe(published('*/crossed'));
        // A figure no product prints is unknown to the reader (at least 0).
        const show = (k: string) => (unprinted.has(k) ? undefined : published(k));
        const pinned = readBounds(show, lines).pinned;
        if (pinned.length === 0) return;
        // Pinned down even with every figure above 0 withheld but the headlines, as published: judged,
        // as the protection's bounds rounds judge it, by a reader who holds the figures no product
        // prints too, with their marks (docs/reports.md: a partner may pin such a `<5` where more
        // withheld printed figures would free it for them).
        const decided = new Set(
          readBounds((k) => {
            const v = published(k);
            return typeof v === 'number' && v > 0 && !keep.has(k) ? 'withheld' : v;
          }, lines).pinned,
        );
        expect(pinned.filter((k) => !decided.has(k))).toEqual([]);
      }),
      { numRuns: 120 },
    );
  });
});
