import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { linearSolver } from '../../server/reports/linear-solver';
import type { FigureRow } from '../crossings';
import { addDays } from '../shared';
import { dashboardKey, dashboardRowsOf, HEADLINE, publishDashboard } from './dashboard-figures';
import { type DateCounts, type ProtectedDate, protectDate } from './date-protection';
import { publishedSum } from './since-declared';
import { sinceDeclared } from './sitrep';
import type { Published } from './suppression';
import { drawnRow } from './test-reader';

const solver = await linearSolver();
const FIRST = '2026-12-02';
const CHECKPOINTS = ['PE-SANTA-ROSA', 'CL-CHACALLUTA'];

const arbitraryRow = fc
  .record({
    checkpoint: fc.constantFrom(...CHECKPOINTS),
    hour: fc.constantFrom('00', '09'),
    direction: fc.constantFrom('entry', 'exit'),
    nationality: fc.constantFrom('VEN', 'CHL'),
    sex: fc.constantFrom('F', 'M'),
    age: fc.constantFrom(['adult', '18-59'], ['child', '5-11']),
    kind: fc.constantFrom('admitted', 'refused', 'tallied'),
    n: fc.oneof(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 40 })),
  })
  .map(drawnRow);

/** The days since the declaration (the first is its first day), each with rows or none. */
const arbitraryDays = fc.array(fc.array(arbitraryRow, { maxLength: 5 }), { minLength: 1, maxLength: 4 });

/**
 * What a reader works out of each withheld figure of a sum whose total and parts are published:
 * the least and the most each `<5` part can be (a `<5` is 1 to 4, an `x` at least 5).
 */
function pinnedParts(total: number, parts: readonly Published[]): number[] {
  const rest = total - parts.reduce<number>((s, p) => s + (typeof p === 'number' ? p : 0), 0);
  const low = (p: Published) => (p === 'small' ? 1 : 5);
  const high = (p: Published) => (p === 'small' ? 4 : Number.POSITIVE_INFINITY);
  const pinned: number[] = [];
  parts.forEach((p, i) => {
    if (p !== 'small') return;
    const others = parts.filter((q, j): q is 'small' | 'withheld' => j !== i && typeof q !== 'number');
    const least = Math.max(1, rest - others.reduce((s, q) => s + high(q), 0));
    const most = Math.min(4, rest - others.reduce((s, q) => s + low(q), 0));
    if (least === most) pinned.push(i);
  });
  return pinned;
}

const totalsOf = (counts: readonly DateCounts[], checkpoint: string): FigureRow[] =>
  ['entry', 'exit'].map((direction) => {
    const rows = counts.flatMap((c) =>
      c.rows.filter((r) => r.dims.checkpoint === checkpoint && r.dims.direction === direction),
    );
    const add = (m: 'crossed' | 'refused' | 'held') => rows.reduce((s, r) => s + r[m], 0);
    return { dims: { direction }, crossed: add('crossed'), refused: add('refused'), held: add('held') };
  });

describe('the totals since an emergency was declared', () => {
  it('give no withheld day of the dashboard away beside the days it adds up (property)', () => {
    fc.assert(
      fc.property(arbitraryDays, fc.constantFrom(null, 'PE-SANTA-ROSA'), (drawn, scope) => {
        const counts = drawn.map((rows, i) => ({ date: addDays(FIRST, i), rows, needs: [] }));
        const date = counts.at(-1)?.date ?? FIRST;
        const days = new Map<string, ProtectedDate>(counts.map((c) => [c.date, protectDate(c, solver)]));
        const rows = {
          ...dashboardRowsOf(counts, date, scope),
          people: [],
          // A decree of Peru's: Santa Rosa only, whichever scope is shown.
          emergencies: [
            { since: FIRST, checkpoints: ['PE-SANTA-ROSA'], totals: totalsOf(counts, 'PE-SANTA-ROSA') },
          ],
        };
        const published = publishDashboard(rows, days, scope);
        // Each day's entries, exits, refused and held at Santa Rosa as that day publishes them.
        for (const figure of HEADLINE) {
          const total = published[dashboardKey.emergency(0, figure)] ?? 0;
          if (typeof total !== 'number') continue;
          const key = { entries: 'crossed|direction=entry', exits: 'crossed|direction=exit' }[
            figure as string
          ];
          const parts = counts.map((c) => days.get(c.date)?.figure('PE-SANTA-ROSA', key ?? figure) ?? 0);
          expect(pinnedParts(total, parts), `${figure} ${total} of ${parts.join(' + ')}`).toEqual([]);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('publish the exact sum where every day is a number, else what the days marks imply', () => {
    expect(publishedSum([0, 248, 229, 219], 696)).toBe(696);
    expect(publishedSum([0, 248, 229, 219, 'small'], 697)).toBe('withheld');
    expect(publishedSum([0, 'small', 0], 3)).toBe('small');
    expect(publishedSum(['small', 'small'], 3)).toBe('small');
    expect(publishedSum(['small', 'small'], 6)).toBe('withheld');
    expect(publishedSum([], 0)).toBe(0);
  });

  it('are published in the report as the days since publish them', () => {
    const entries = (n: number, date: string): DateCounts => ({
      date,
      rows:
        n === 0
          ? []
          : [
              drawnRow({
                checkpoint: 'PE-SANTA-ROSA',
                hour: '09',
                direction: 'entry',
                nationality: 'VEN',
                sex: 'F',
                age: ['adult', '18-59'],
                kind: 'admitted',
                n,
              }),
            ],
      needs: [],
    });
    const counts = [entries(248, '2026-12-04'), entries(1, '2026-12-05')];
    const days = new Map(counts.map((c) => [c.date, protectDate(c, solver)]));
    const totals = totalsOf(counts, 'PE-SANTA-ROSA');
    const line = sinceDeclared('D.S. 135', '2026-12-04', ['PE-SANTA-ROSA'], totals, days, '2026-12-05');
    expect(line).toMatchObject({ entries: 'withheld', exits: 0, total: 'withheld', refused: 0, held: 0 });
    const before = sinceDeclared(
      'D.S. 135',
      '2026-12-04',
      ['PE-SANTA-ROSA'],
      totalsOf(counts.slice(0, 1), 'PE-SANTA-ROSA'),
      days,
      '2026-12-04',
    );
    expect(before).toMatchObject({ entries: 248, total: 248 });
  });
});
