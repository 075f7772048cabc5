import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boundsReader } from '../../../test/support/bounds-reader';
import { linearSolver } from '../../server/reports/linear-solver';
import { type Bounds, boundsAudit, type LinearSolver } from './bounds-audit';
import { gridLines, type Published } from './suppression';

const solver = await linearSolver();
const readBounds = await boundsReader();

const isSmall = (n: number) => n > 0 && n < 5;
const boundsOf =
  (countOf: (k: string) => number) =>
  (key: string): Bounds =>
    isSmall(countOf(key)) ? { low: 1, high: 4 } : { low: 5, high: Number.POSITIVE_INFINITY };

// A table with all its margins, mostly small figures, and a random choice of the others withheld.
const arbitraryCase = fc
  .record({
    rows: fc.integer({ min: 1, max: 4 }),
    cols: fc.integer({ min: 1, max: 5 }),
    seed: fc.array(fc.oneof(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 40 })), {
      minLength: 20,
      maxLength: 20,
    }),
    withhold: fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }),
  })
  .map(({ rows, cols, seed, withhold }) => {
    const values = new Map<string, number>();
    const cells = Array.from({ length: rows }, (_, i) =>
      Array.from({ length: cols }, (_, j) => {
        values.set(`c${i}.${j}`, seed[i * 5 + j] ?? 0);
        return `c${i}.${j}`;
      }),
    );
    const grid = {
      cells,
      rowTotals: cells.map((_, i) => `r${i}`),
      colTotals: Array.from({ length: cols }, (_, j) => `k${j}`),
      grand: 'g',
    };
    const sum = (keys: readonly string[]) => keys.reduce((s, k) => s + (values.get(k) ?? 0), 0);
    cells.forEach((row, i) => void values.set(`r${i}`, sum(row)));
    for (let j = 0; j < cols; j += 1) values.set(`k${j}`, sum(cells.map((r) => r[j] ?? '')));
    values.set('g', sum(cells.flat()));
    const hidden = new Set<string>();
    [...values].forEach(([key, n], i) => {
      if (isSmall(n) || (n >= 5 && withhold[i])) hidden.add(key);
    });
    return { values, lines: gridLines(grid), hidden };
  });

describe('boundsAudit', () => {
  it('pins down a `<5` and an `x` of one sum that add up to 6', () => {
    const values = new Map(Object.entries({ a: 1, b: 5, c: 9, t: 15 }));
    const countOf = (k: string) => values.get(k) ?? 0;
    const lines = [{ members: ['a', 'b', 'c'], total: 't' }];
    const audit = (hidden: string[]) =>
      boundsAudit(
        lines,
        new Set(hidden),
        countOf,
        (k) => isSmall(countOf(k)),
        boundsOf(countOf),
        solver,
        new Set(),
      );
    expect(audit(['a', 'b'])).toEqual(['a']);
    // With c withheld too, a may be anything from 1 to 4.
    expect(audit(['a', 'b', 'c'])).toEqual([]);
    // Where the solver cannot finish, a counts as pinned down: more is withheld, not less.
    const failing: LinearSolver = () => ({ optimum: () => undefined, dispose: () => undefined });
    const hidden = new Set(['a', 'b', 'c']);
    const small = (k: string) => isSmall(countOf(k));
    expect(boundsAudit(lines, hidden, countOf, small, boundsOf(countOf), failing, new Set())).toEqual(['a']);
  });

  it('finds the `<5` figures a reader who solves each one’s least and most pins down, and no others', () => {
    fc.assert(
      fc.property(arbitraryCase, ({ values, lines, hidden }) => {
        const countOf = (k: string) => values.get(k) ?? 0;
        const found = boundsAudit(
          lines,
          hidden,
          countOf,
          (k) => isSmall(countOf(k)),
          boundsOf(countOf),
          solver,
          new Set(),
        );
        const published = (k: string): Published =>
          hidden.has(k) ? (isSmall(countOf(k)) ? 'small' : 'withheld') : countOf(k);
        expect(found).toEqual([...readBounds(published, lines).pinned].sort());
      }),
      { numRuns: 300 },
    );
  });
});
