import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { workedOut } from './linear-audit';
import { normalForms } from './normal-forms';
import { gridLines } from './suppression';

// Two tables with all their margins, sharing their grand total, and a random set of figures unknown
// (withheld), some of them small.
const arbitraryCase = fc
  .record({
    rows: fc.integer({ min: 1, max: 4 }),
    cols: fc.integer({ min: 1, max: 4 }),
    unknown: fc.array(fc.boolean(), { minLength: 60, maxLength: 60 }),
    small: fc.array(fc.boolean(), { minLength: 60, maxLength: 60 }),
    order: fc.array(fc.nat(), { minLength: 6, maxLength: 6 }),
  })
  .map(({ rows, cols, unknown, small, order }) => {
    const grid = (t: string) => ({
      cells: Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => `${t}${i}.${j}`)),
      rowTotals: Array.from({ length: rows }, (_, i) => `${t}r${i}`),
      colTotals: Array.from({ length: cols }, (_, j) => `${t}k${j}`),
      grand: 'g',
    });
    const lines = [...gridLines(grid('a')), ...gridLines(grid('b'))];
    const keys = [...new Set(lines.flatMap((l) => [l.total, ...l.members]))].sort();
    return {
      lines,
      unknown: new Set(keys.filter((_, i) => unknown[i])),
      small: new Set(keys.filter((_, i) => small[i])),
      order,
    };
  });

describe('normalForms', () => {
  it('says a figure shown gives a small one away exactly when the whole elimination says so, figure after figure', () => {
    fc.assert(
      fc.property(arbitraryCase, ({ lines, unknown, small, order }) => {
        const forms = normalForms(lines, unknown);
        const left = new Set(unknown);
        for (const pick of order) {
          const before = workedOut(lines, left);
          const matters = (k: string) => small.has(k) && !before.has(k);
          for (const k of left) {
            const rest = new Set([...left].filter((u) => u !== k));
            expect([k, forms.givesAway(k, matters)]).toEqual([k, [...workedOut(lines, rest)].some(matters)]);
          }
          const shown = [...left][pick % Math.max(left.size, 1)];
          if (shown === undefined) break;
          forms.show(shown);
          left.delete(shown);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('finds a small figure given away by a total shown beside it', () => {
    // t = a + b: with a withheld as x and b as <5, showing t gives b away (b = t − a, a unknown: no).
    // With t and a both shown, b is their difference.
    const lines = [{ total: 't', members: ['a', 'b'] }];
    const forms = normalForms(lines, new Set(['t', 'a', 'b']));
    const small = (k: string) => k === 'b';
    expect(forms.givesAway('t', small)).toBe(false);
    forms.show('t');
    expect(forms.givesAway('a', small)).toBe(true);
    expect(forms.around('a')).toEqual(['b']);
  });
});
