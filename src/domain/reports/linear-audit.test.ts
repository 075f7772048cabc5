import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { workedOut } from './linear-audit';
import { type Grid, gridLines, type Published } from './suppression';
import { solveAll } from './test-reader';

// A table with all its margins, and a random set of its figures withheld.
const arbitraryCase = fc
  .record({
    rows: fc.integer({ min: 1, max: 5 }),
    cols: fc.integer({ min: 1, max: 5 }),
    rowTotals: fc.boolean(),
    colTotals: fc.boolean(),
    grand: fc.boolean(),
    seed: fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 25, maxLength: 25 }),
    withheld: fc.array(fc.boolean(), { minLength: 36, maxLength: 36 }),
  })
  .map(({ rows, cols, rowTotals, colTotals, grand, seed, withheld }) => {
    const grid: Grid = {
      cells: Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => `c${i}.${j}`)),
      ...(rowTotals && { rowTotals: Array.from({ length: rows }, (_, i) => `r${i}`) }),
      ...(colTotals && { colTotals: Array.from({ length: cols }, (_, j) => `k${j}`) }),
      ...(grand && { grand: 'g' }),
    };
    const values = new Map<string, number>();
    grid.cells.forEach((row, i) => {
      row.forEach((k, j) => {
        values.set(k, seed[i * 5 + j] ?? 1);
      });
    });
    const lines = gridLines(grid);
    for (const line of lines) {
      if (!values.has(line.total))
        values.set(
          line.total,
          line.members.reduce((s, m) => s + (values.get(m) ?? 0), 0),
        );
    }
    const keys = [...values.keys()];
    const hidden = new Set(keys.filter((_, i) => withheld[i]));
    const published = new Map<string, Published>(
      keys.map((k) => [k, hidden.has(k) ? 'withheld' : (values.get(k) ?? 0)]),
    );
    return { lines, hidden, published, values };
  });

describe('workedOut', () => {
  it('finds exactly the withheld figures an exact reader combining every line works out', () => {
    fc.assert(
      fc.property(arbitraryCase, ({ lines, hidden, published, values }) => {
        const solved = solveAll(published, lines);
        for (const [k, v] of solved) expect([k, v]).toEqual([k, values.get(k)]);
        expect([...workedOut(lines, hidden)].sort()).toEqual(
          [...solved.keys()].filter((k) => hidden.has(k)).sort(),
        );
      }),
      { numRuns: 400 },
    );
  });

  it('finds a column total given away by all the row totals less the other column totals', () => {
    // No grand total is printed, but the row totals and the column totals each add up to it.
    const lines = gridLines({
      cells: [
        ['a', 'b'],
        ['c', 'd'],
      ],
      rowTotals: ['r0', 'r1'],
      colTotals: ['k0', 'k1'],
    });
    // Every cell withheld: each line has two or more, yet k0 = r0 + r1 − k1.
    expect([...workedOut(lines, new Set(['a', 'b', 'c', 'd', 'k0']))]).toEqual(['k0']);
    expect([...workedOut(lines, new Set(['a', 'b', 'c', 'd', 'k0', 'r1']))]).toEqual([]);
  });
});
