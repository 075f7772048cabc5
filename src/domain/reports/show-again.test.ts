import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { linearSolver } from '../../server/reports/linear-solver';
import { dateSums } from './date-protection';
import { showAgain } from './show-again';
import { showAgainReference } from './show-again-reference';
import { publishedFigures } from './suppression';
import { drawnRow } from './test-reader';

const solver = await linearSolver();

// Days of few people at two checkpoints: most figures small or near it, many `x`.
const arbitraryRow = fc
  .record({
    checkpoint: fc.constantFrom('CL-CHACALLUTA', 'PE-SANTA-ROSA'),
    hour: fc.constantFrom('05', '13', '21'),
    direction: fc.constantFrom('entry', 'exit'),
    nationality: fc.constantFrom('VEN', 'COL', 'PER', 'unknown'),
    sex: fc.constantFrom('F', 'M', 'X', 'unknown'),
    age: fc.constantFrom(['adult', '18-59'], ['child', '0-4'], ['adult', '60+'], ['unknown', 'unknown']),
    kind: fc.constantFrom('admitted', 'admitted-transit', 'refused', 'held', 'tallied'),
    n: fc.oneof(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 20 })),
  })
  .map(drawnRow);

describe('showAgain', () => {
  it('shows again exactly the `x` that auditing the date again for each one would show', () => {
    fc.assert(
      fc.property(fc.array(arbitraryRow, { maxLength: 12 }), (rows) => {
        const { values, lines, keep, unprinted } = dateSums({ date: '2025-11-27', rows, needs: [] });
        // What the rounds before leave withheld, as suppression.ts hands it to the last round.
        const published = publishedFigures(values, lines, keep, solver);
        const all = new Map(values);
        for (const line of lines) {
          const sum = line.members.reduce((s, m) => s + (all.get(m) ?? 0), 0);
          if (sum !== 0) all.set(line.total, sum);
        }
        const countOf = (k: string) => all.get(k) ?? 0;
        const hidden = [...published].filter(([, v]) => v === 'withheld' || v === 'small').map(([k]) => k);
        const quick = new Set(hidden);
        const slow = new Set(hidden);
        showAgain(lines, quick, countOf, keep, unprinted, solver, 5);
        showAgainReference(lines, slow, countOf, keep, unprinted, solver, 5);
        expect([...quick].sort()).toEqual([...slow].sort());
      }),
      { numRuns: 40 },
    );
  });
});
