import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boundsReader } from '../../../test/support/bounds-reader';
import { linearSolver } from '../../server/reports/linear-solver';
import { type Grid, gridLines, publishFigures, suppress } from './suppression';
import { derive, solveAll } from './test-reader';

const solver = await linearSolver();
const readBounds = await boundsReader();

interface Table {
  readonly values: Map<string, number>;
  readonly grid: Grid;
}

// A table of two rows and two columns with all its margins.
const TWO_BY_TWO: Grid = {
  cells: [
    ['a', 'b'],
    ['c', 'd'],
  ],
  rowTotals: ['r0', 'r1'],
  colTotals: ['k0', 'k1'],
  grand: 'g',
};

// Figures as a report writes them down, keyed by cell or total.
const figures = (counts: Record<string, number>): Map<string, number> => new Map(Object.entries(counts));

// Mostly small counts, so that suppression has work to do; some zeros and some large ones.
const count = fc.oneof(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 60 }));

const arbitraryTable = fc
  .record({
    rows: fc.integer({ min: 1, max: 6 }),
    cols: fc.integer({ min: 1, max: 6 }),
    rowTotals: fc.boolean(),
    colTotals: fc.boolean(),
    grand: fc.boolean(),
    seed: fc.array(count, { minLength: 36, maxLength: 36 }),
  })
  .map(({ rows, cols, rowTotals, colTotals, grand, seed }): Table => {
    const values = new Map<string, number>();
    const cells = Array.from({ length: rows }, (_, i) =>
      Array.from({ length: cols }, (_, j) => {
        const key = `c${i}.${j}`;
        values.set(key, seed[i * 6 + j] ?? 0);
        return key;
      }),
    );
    const sum = (keys: readonly string[]) => keys.reduce((s, k) => s + (values.get(k) ?? 0), 0);
    const rowKeys = cells.map((row, i) => {
      values.set(`r${i}`, sum(row));
      return `r${i}`;
    });
    const colKeys = Array.from({ length: cols }, (_, j) => {
      values.set(`k${j}`, sum(cells.map((r) => r[j] ?? '')));
      return `k${j}`;
    });
    values.set('g', sum(cells.flat()));
    return {
      values,
      grid: {
        cells,
        ...(rowTotals && { rowTotals: rowKeys }),
        ...(colTotals && { colTotals: colKeys }),
        ...(grand && { grand: 'g' }),
      },
    };
  });

describe('suppress', () => {
  it('lets no withheld figure be worked out from the published figures and totals', () => {
    fc.assert(
      fc.property(arbitraryTable, ({ values, grid }) => {
        const lines = gridLines(grid);
        const published = suppress(values, lines);
        const derived = derive(published, lines);
        expect([...derived.keys()].filter((k) => typeof published.get(k) !== 'number')).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it('publishes every shown figure as it is, zero as 0, and never shows a count of 1 to 4', () => {
    fc.assert(
      fc.property(arbitraryTable, ({ values, grid }) => {
        const published = suppress(values, gridLines(grid));
        for (const [key, value] of values) {
          const shown = published.get(key);
          if (typeof shown === 'number') expect(shown).toBe(value);
          if (value === 0) expect(shown).toBe(0);
          if (value > 0 && value < 5) expect(shown).toBe('small');
          if (shown === 'withheld') expect(value).toBeGreaterThanOrEqual(5);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('lets no count of 1 to 4 be worked out by a reader who combines every line at once', () => {
    fc.assert(
      fc.property(arbitraryTable, ({ values, grid }) => {
        const lines = gridLines(grid);
        const published = suppress(values, lines);
        const solved = solveAll(published, lines);
        expect([...solved.keys()].filter((k) => published.get(k) === 'small')).toEqual([]);
        // Whatever the reader works out is the true figure: the published ones are the real ones.
        for (const [k, v] of solved) expect([k, v]).toEqual([k, values.get(k) ?? 0]);
      }),
      { numRuns: 500 },
    );
  });

  it('withholds no figure it could show: showing it would single a withheld one out', () => {
    fc.assert(
      fc.property(arbitraryTable, ({ values, grid }) => {
        const lines = gridLines(grid);
        const published = suppress(values, lines);
        const hidden = (key: string) => typeof published.get(key) !== 'number';
        for (const [key, shown] of published) {
          if (shown !== 'withheld') continue;
          // Needed by a line that would be left with one withheld figure, or by a small figure that
          // a reader combining lines would work out.
          const byLine = lines.some((l) => {
            const keys = [...l.members, l.total];
            return keys.includes(key) && keys.filter((k) => k !== key && hidden(k)).length === 1;
          });
          const without = new Map(published).set(key, values.get(key) ?? 0);
          const byCombination = [...solveAll(without, lines).keys()].some(
            (k) => published.get(k) === 'small',
          );
          expect([key, byLine || byCombination]).toEqual([key, true]);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('withholds the next smallest cell of a row with one small cell', () => {
    const values = figures({ a: 3, b: 40, c: 12, t: 55 });
    const published = suppress(values, [{ members: ['a', 'b', 'c'], total: 't' }]);
    expect(Object.fromEntries(published)).toEqual({ a: 'small', b: 40, c: 'withheld', t: 55 });
  });

  it('withholds the other corners of two small cells before smaller cells that would need more', () => {
    // Two small cells on the diagonal of a table with all its margins. Withholding b and d, the other
    // corners of their rectangle, covers both rows and both columns: two figures. The smaller c and f
    // of the third column would each leave that column with one withheld, and so need more.
    const grid: Grid = {
      cells: [
        ['a', 'b', 'c'],
        ['d', 'e', 'f'],
        ['p', 'q', 's'],
      ],
      rowTotals: ['r0', 'r1', 'r2'],
      colTotals: ['k0', 'k1', 'k2'],
      grand: 'g',
    };
    const cells = { a: 2, b: 20, c: 6, d: 25, e: 3, f: 7, p: 30, q: 40, s: 50 };
    const values = figures({ ...cells, r0: 28, r1: 35, r2: 120, k0: 57, k1: 63, k2: 63, g: 183 });
    const lines = gridLines(grid);
    const published = suppress(values, lines);
    expect(derive(published, lines).size).toBe(0);
    expect(Object.keys(cells).map((k) => published.get(k))).toEqual([
      'small',
      'withheld',
      6,
      'withheld',
      'small',
      7,
      30,
      40,
      50,
    ]);
  });

  it('withholds a total whose line would give it away, and follows on into the margins', () => {
    const values = figures({ a: 2, b: 0, c: 9, d: 7, r0: 2, r1: 16, k0: 11, k1: 7, g: 18 });
    const published = suppress(values, gridLines(TWO_BY_TWO));
    expect(derive(published, gridLines(TWO_BY_TWO)).size).toBe(0);
    expect(published.get('b')).toBe(0);
    expect(published.get('a')).toBe('small');
    expect(published.get('r0')).toBe('small');
  });

  it('protects a figure two tables share as one figure', () => {
    // The same "entry" total is the row total of one table and the column total of another.
    const values = figures({ 'entry.reg': 3, 'entry.tal': 20, entry: 23, 'entry.h1': 10, 'entry.h2': 13 });
    const lines = [
      { members: ['entry.reg', 'entry.tal'], total: 'entry' },
      { members: ['entry.h1', 'entry.h2'], total: 'entry' },
    ];
    const published = suppress(values, lines);
    expect(derive(published, lines).size).toBe(0);
    expect(published.get('entry.reg')).toBe('small');
  });
});

describe('suppress, against a reader who reasons with bounds', () => {
  it('withholds one more figure where a `<5` and an `x` beside it would add up to 6', () => {
    // 15 = a + b + c: the small a needs one more figure withheld beside it, the smaller b. A reader
    // who knows that a is 1–4 and b at least 5 reads a + b = 15 − 9 = 6: a is 1 and b is 5.
    const values = figures({ a: 1, b: 5, c: 9, t: 15 });
    const lines = [{ members: ['a', 'b', 'c'], total: 't' }];
    const plain = suppress(values, lines);
    expect(readBounds((k) => plain.get(k) ?? 0, lines).pinned).toEqual(['a']);
    const published = suppress(values, lines, undefined, solver);
    expect(readBounds((k) => published.get(k) ?? 0, lines).pinned).toEqual([]);
    // c goes too: a + b + c = 15 leaves a anywhere from 1 to 4.
    expect(['a', 'b', 'c', 't'].map((k) => published.get(k))).toEqual(['small', 'withheld', 'withheld', 15]);
  });

  it('lets no `<5` be pinned down but those the marks alone give away, and keeps every other promise', () => {
    fc.assert(
      fc.property(arbitraryTable, ({ values, grid }) => {
        const lines = gridLines(grid);
        const published = suppress(values, lines, undefined, solver);
        const show = (k: string) => published.get(k) ?? 0;
        // What the marks alone give away: the same `<5`s with every other figure above 0 withheld.
        const allWithheld = (k: string) => {
          const v = show(k);
          return typeof v === 'number' && v > 0 ? 'withheld' : v;
        };
        const byMarks = new Set(readBounds(allWithheld, lines).pinned);
        expect(readBounds(show, lines).pinned.filter((k) => !byMarks.has(k))).toEqual([]);
        expect([...derive(published, lines).keys()].filter((k) => typeof show(k) !== 'number')).toEqual([]);
        expect([...solveAll(published, lines).keys()].filter((k) => show(k) === 'small')).toEqual([]);
        for (const [key, value] of values) {
          if (typeof show(key) === 'number') expect(show(key)).toBe(value);
          if (value > 0 && value < 5) expect(show(key)).toBe('small');
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('publishFigures', () => {
  it('adds up the totals nobody counted, a table’s grand total from its margins, before suppressing', () => {
    const show = publishFigures(figures({ a: 2, b: 10, c: 9, d: 7 }), gridLines(TWO_BY_TWO));
    expect(['r0', 'r1', 'k0', 'k1', 'g'].map(show)).toEqual([12, 16, 11, 17, 28]);
    // The margins are all shown, so each line with the small cell needs a second one hidden.
    expect(['a', 'b', 'c', 'd'].map(show)).toEqual(['small', 'withheld', 'withheld', 'withheld']);
  });

  it('publishes a key no figure or line has as 0', () => {
    expect(publishFigures(figures({ a: 7 }), [])('nowhere')).toBe(0);
  });
});
