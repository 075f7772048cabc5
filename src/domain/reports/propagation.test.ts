import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { linearSolver } from '../../server/reports/linear-solver';
import { type Bounds, boundsAudit } from './bounds-audit';
import { pinnedAlong } from './propagation';
import { gridLines } from './suppression';

const solver = await linearSolver();
const isSmall = (n: number) => n > 0 && n < 5;
const boundsOf =
  (countOf: (k: string) => number) =>
  (key: string): Bounds =>
    isSmall(countOf(key)) ? { low: 1, high: 4 } : { low: 5, high: Number.POSITIVE_INFINITY };

describe('pinnedAlong', () => {
  it('pins two small figures that fill their sum, and not two that leave room', () => {
    const lines = [{ total: 't', members: ['a', 'b'] }];
    const unknown = new Set(['a', 'b']);
    const small = (k: string) => k === 'a' || k === 'b';
    const filled = new Map([
      ['t', 8],
      ['a', 4],
      ['b', 4],
    ]);
    const room = new Map([
      ['t', 6],
      ['a', 2],
      ['b', 4],
    ]);
    for (const [values, pinned] of [
      [filled, true],
      [room, false],
    ] as const) {
      const countOf = (k: string) => values.get(k) ?? 0;
      expect(pinnedAlong(lines, unknown, countOf, boundsOf(countOf), small)).toBe(pinned);
    }
  });

  it('pins a small figure beside an x at its least, through a second sum', () => {
    // 9 = a + x (a <5, x at least 5) and x = y + 5 (y unknown, at least 0 as an x at least 5): a ≤ 4.
    const lines = [
      { total: 't', members: ['a', 'x'] },
      { total: 'x', members: ['y', 'z'] },
    ];
    const values = new Map([
      ['t', 9],
      ['a', 4],
      ['x', 5],
      ['y', 0],
      ['z', 5],
    ]);
    const countOf = (k: string) => values.get(k) ?? 0;
    expect(pinnedAlong(lines, new Set(['a', 'x']), countOf, boundsOf(countOf), (k) => k === 'a')).toBe(true);
  });

  it('pins down only what the linear programs pin down too', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 1, max: 4 }),
        fc.array(fc.oneof(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 30 })), {
          minLength: 16,
          maxLength: 16,
        }),
        fc.array(fc.boolean(), { minLength: 30, maxLength: 30 }),
        (rows, cols, seed, withhold) => {
          const values = new Map<string, number>();
          const cells = Array.from({ length: rows }, (_, i) =>
            Array.from({ length: cols }, (_, j) => {
              values.set(`c${i}.${j}`, seed[i * 4 + j] ?? 0);
              return `c${i}.${j}`;
            }),
          );
          const lines = gridLines({
            cells,
            rowTotals: cells.map((_, i) => `r${i}`),
            colTotals: Array.from({ length: cols }, (_, j) => `k${j}`),
            grand: 'g',
          });
          for (const line of lines) {
            values.set(
              line.total,
              line.members.reduce((s, m) => s + (values.get(m) ?? 0), 0),
            );
          }
          const countOf = (k: string) => values.get(k) ?? 0;
          const keys = [...values.keys()].sort();
          // Every small figure withheld, as the protection does, and some others.
          const unknown = new Set(
            keys.filter((k, i) => isSmall(countOf(k)) || (withhold[i] && countOf(k) >= 5)),
          );
          const small = (k: string) => isSmall(countOf(k));
          if (pinnedAlong(lines, unknown, countOf, boundsOf(countOf), small)) {
            expect(
              boundsAudit(lines, unknown, countOf, small, boundsOf(countOf), solver, new Set()),
            ).not.toEqual([]);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
