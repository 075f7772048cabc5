// The last round of a date's protection (show-again.ts) shows an `x` again where a partner who reads
// only what the products print can do nothing with it. `printedOf` says what they print: if a product
// printed a figure it does not list, that round would reason about a reader who knows less than the
// real one. This test reads every product of random dates and records each figure they ask for.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dashboardRowsOf, publishDashboard } from './dashboard-figures';
import { type DateCounts, dateSums, type ProtectedDate, printedOf } from './date-protection';
import { exportRows } from './export';
import { sitrepFigures } from './sitrep';
import { drawnRow } from './test-reader';

const arbitraryRow = fc
  .record({
    checkpoint: fc.constantFrom('CL-CHACALLUTA', 'PE-SANTA-ROSA'),
    hour: fc.constantFrom('00', '07', '13', '19', '23'),
    direction: fc.constantFrom('entry', 'exit'),
    nationality: fc.constantFrom(
      'VEN',
      'CHL',
      'PER',
      'HTI',
      'COL',
      'BOL',
      'ARG',
      'ECU',
      'CUB',
      'BRA',
      'unknown',
    ),
    sex: fc.constantFrom('F', 'M', 'X', 'unknown'),
    age: fc.constantFrom(
      ['adult', '18-59'],
      ['adult', '60+'],
      ['child', '0-4'],
      ['child', '12-17'],
      ['unknown', 'unknown'],
    ),
    kind: fc.constantFrom('admitted', 'referred-protection', 'refused', 'held', 'tallied'),
    n: fc.integer({ min: 1, max: 40 }),
  })
  .map(drawnRow);

const arbitraryNeed = fc.record({
  checkpoint: fc.constantFrom('CL-CHACALLUTA', 'PE-SANTA-ROSA'),
  vulnerability: fc.constantFrom('unaccompanied-minor', 'pregnant', 'disability'),
  direction: fc.constantFrom('entry', 'exit'),
  crossed: fc.integer({ min: 0, max: 9 }),
  refused: fc.integer({ min: 0, max: 2 }),
  held: fc.integer({ min: 0, max: 2 }),
});

/** A date published as it was counted, which records every figure a product asks it for, by scope. */
function recording(counts: DateCounts, asked: Map<string | null, Set<string>>): ProtectedDate {
  const { scopes, values, codes } = dateSums(counts);
  return {
    date: counts.date,
    checkpoints: codes,
    figure: (scope, key) => {
      const seen = asked.get(scope) ?? new Set<string>();
      asked.set(scope, seen.add(key));
      return values.get(`${scope ?? '*'}/${key}`) ?? 0;
    },
    layout: (scope) => {
      const f = scopes.get(scope);
      if (f === undefined) throw new Error(`no scope ${scope}`);
      return f.layout;
    },
    hasData: () => true,
  };
}

describe('what the products print of a date', () => {
  it('is every figure the report, the dashboard and the export read from its protection', () => {
    fc.assert(
      fc.property(
        fc.array(arbitraryRow, { minLength: 1, maxLength: 30 }),
        fc.array(arbitraryNeed, { maxLength: 4 }),
        (rows, needs) => {
          const counts: DateCounts = { date: '2025-11-26', rows, needs };
          const asked = new Map<string | null, Set<string>>();
          const day = recording(counts, asked);
          const scopes = [null, ...day.checkpoints];
          for (const scope of scopes) {
            sitrepFigures(day, [], scope);
            const dashboard = dashboardRowsOf([counts], counts.date, scope);
            publishDashboard(
              { ...dashboard, people: [], emergencies: [] },
              new Map([[counts.date, day]]),
              scope,
            );
          }
          exportRows([day], new Map(), null);
          for (const code of day.checkpoints) exportRows([day], new Map(), code);
          const { scopes: figures } = dateSums(counts);
          for (const scope of scopes) {
            const f = figures.get(scope);
            if (f === undefined) throw new Error(`no scope ${scope}`);
            const printed = printedOf(f, scope);
            const read = [...(asked.get(scope) ?? [])];
            expect(read.length).toBeGreaterThan(0);
            expect(read.filter((key) => !printed.has(key))).toEqual([]);
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
