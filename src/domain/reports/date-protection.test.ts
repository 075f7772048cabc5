import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { linearSolver } from '../../server/reports/linear-solver';
import { DECISIONS, type FigureRow, sumBy } from '../crossings';
import { dashboardKey, publishDashboard } from './dashboard-figures';
import { type DateCounts, protectDate } from './date-protection';
import { exportRows } from './export';
import { type PublishedTable, sitrepFigures } from './sitrep';
import type { Line, Published } from './suppression';
import { derive, drawnRow, solveAll } from './test-reader';

const solver = await linearSolver();

const DATE = '2025-11-26';
const CHECKPOINTS = ['CL-CHACALLUTA', 'PE-SANTA-ROSA', 'PE-TUMBES'];

const arbitraryRow = fc
  .record({
    checkpoint: fc.constantFrom(...CHECKPOINTS),
    hour: fc.constantFrom('07', '08', '23'),
    direction: fc.constantFrom('entry', 'exit'),
    nationality: fc.constantFrom('VEN', 'COL', 'PER', 'HTI', 'BOL', 'CHL', 'ECU', 'CUB', 'ARG', 'unknown'),
    sex: fc.constantFrom('F', 'M', 'X', 'unknown'),
    age: fc.constantFrom(
      ['adult', '18-59'],
      ['adult', '60+'],
      ['child', '0-4'],
      ['child', '12-17'],
      ['child', 'unknown'],
      ['adult', 'unknown'],
      ['unknown', 'unknown'],
    ),
    kind: fc.constantFrom(...DECISIONS, 'tallied'),
    n: fc.oneof(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 30 })),
  })
  .map(drawnRow);

const arbitraryNeed = fc.record({
  checkpoint: fc.constantFrom(...CHECKPOINTS),
  vulnerability: fc.constantFrom('unaccompanied-minor', 'pregnant', 'asylum-seeker'),
  direction: fc.constantFrom('entry', 'exit'),
  crossed: fc.integer({ min: 0, max: 12 }),
  refused: fc.constantFrom(0, 1),
  held: fc.constantFrom(0, 2),
});

const SCOPES = [null, ...CHECKPOINTS];
const GROUP_CELLS: Readonly<Record<string, (age: string, sex: string) => boolean>> = {
  f_adults: (age, sex) => sex === 'F' && ['18-59', '60+', 'adult'].includes(age),
  f_children: (age, sex) => sex === 'F' && ['0-4', '5-11', '12-17', 'child'].includes(age),
  m_adults: (age, sex) => sex === 'M' && ['18-59', '60+', 'adult'].includes(age),
  m_children: (age, sex) => sex === 'M' && ['0-4', '5-11', '12-17', 'child'].includes(age),
  other: (age, sex) => (sex !== 'F' && sex !== 'M') || age === 'unknown',
};
const AGES = ['0-4', '5-11', '12-17', 'child', '18-59', '60+', 'adult', 'unknown'];
const SEXES = ['F', 'M', 'X', 'unknown'];

/**
 * A reader of every product published about one date — the situation report and the dashboard of
 * each checkpoint and of all of them, and the export — who names each figure by what it counts, knows
 * how the products' figures add up (as their documentation says), and solves every sum with one
 * unknown, again and again.
 */
function reader() {
  const seen = new Map<string, Published[]>();
  const lines: Line[] = [];
  const name = (scope: string | null, what: string) => `${scope ?? 'all'}:${what}`;
  const see = (key: string, value: Published) => seen.set(key, [...(seen.get(key) ?? []), value]);
  const sum = (scope: string | null, total: string, members: readonly string[]) =>
    lines.push({ total: name(scope, total), members: members.map((m) => name(scope, m)) });
  const table = (scope: string | null, t: PublishedTable, cell: (row: string, col: string) => string) => {
    const rowTotal = (row: string) => cell(row, '*');
    const colTotal = (col: string) => cell('*', col);
    t.rows.forEach((row, i) => {
      t.cols.forEach((col, j) => void see(name(scope, cell(row, col)), t.cells[i]?.[j] ?? 0));
      if (t.rowTotals) {
        see(name(scope, rowTotal(row)), t.rowTotals[i] ?? 0);
        sum(
          scope,
          rowTotal(row),
          t.cols.map((col) => cell(row, col)),
        );
      }
    });
    t.cols.forEach((col, j) => {
      if (!t.colTotals) return;
      see(name(scope, colTotal(col)), t.colTotals[j] ?? 0);
      sum(
        scope,
        colTotal(col),
        t.rows.map((row) => cell(row, col)),
      );
    });
    if (t.grand === null) return;
    see(name(scope, cell('*', '*')), t.grand);
    if (t.rowTotals) sum(scope, cell('*', '*'), t.rows.map(rowTotal));
    if (t.colTotals) sum(scope, cell('*', '*'), t.cols.map(colTotal));
  };
  return { seen, lines, name, see, sum, table };
}

const crossed = (parts: Record<string, string>) =>
  `crossed${Object.entries(parts)
    .filter(([, v]) => v !== '*')
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([k, v]) => ` ${k}=${v}`)
    .join('')}`;

function readEverything(counts: DateCounts) {
  const day = protectDate(counts, solver);
  const r = reader();
  const codesOf = new Map<string | null, Set<string>>(SCOPES.map((s) => [s, new Set()]));
  // The export: a row per checkpoint, direction and nationality, with the people by group.
  for (const row of exportRows([day], new Map(), null)) {
    const { checkpoint: scope, direction, nationality } = row;
    codesOf.get(scope)?.add(nationality);
    codesOf.get(null)?.add(nationality);
    const groups = Object.keys(GROUP_CELLS);
    groups.forEach(
      (group, i) => void r.see(r.name(scope, crossed({ direction, nationality, group })), row.groups[i] ?? 0),
    );
    r.see(r.name(scope, crossed({ direction, nationality })), row.total);
    r.sum(
      scope,
      crossed({ direction, nationality }),
      groups.map((group) => crossed({ direction, nationality, group })),
    );
  }
  // A nationality the export has no row for crossed nowhere in that direction there: a reader knows the zeros.
  const listed = new Set(
    exportRows([day], new Map(), null).map((x) => `${x.checkpoint} ${x.direction} ${x.nationality}`),
  );
  for (const scope of CHECKPOINTS)
    for (const nationality of codesOf.get(null) ?? [])
      for (const direction of ['entry', 'exit']) {
        if (listed.has(`${scope} ${direction} ${nationality}`)) continue;
        r.see(r.name(scope, crossed({ direction, nationality })), 0);
        for (const group of Object.keys(GROUP_CELLS))
          r.see(r.name(scope, crossed({ direction, nationality, group })), 0);
      }
  for (const scope of SCOPES) {
    const codes = [...(codesOf.get(scope) ?? [])];
    const f = sitrepFigures(day, [], scope);
    r.table(scope, f.crossings, (direction, source) => crossed({ direction, source }));
    r.table(scope, f.hourly, (hour, direction) => crossed({ hour, direction }));
    r.table(scope, f.nationalities, (n, direction) =>
      crossed({ nationality: n === 'others' ? 'others-in-the-report' : n, direction }),
    );
    r.table(scope, f.ageSex, (age, sex) => crossed({ age, sex }));
    r.table(scope, f.decisions, (decision, direction) =>
      decision === 'refused' || decision === 'held'
        ? `${decision}${direction === '*' ? '' : ` direction=${direction}`}`
        : crossed({ decision, direction }),
    );
    r.table(
      scope,
      f.needs,
      (vulnerability, direction) => `needs ${vulnerability}${direction === '*' ? '' : ` ${direction}`}`,
    );
    const named = f.nationalities.rows.filter((n) => n !== 'others');
    for (const direction of ['entry', 'exit', '*']) {
      const rest = codes
        .filter((c) => !named.includes(c))
        .map((nationality) => crossed({ nationality, direction }));
      if (f.nationalities.rows.includes('others'))
        r.sum(scope, crossed({ nationality: 'others-in-the-report', direction }), rest);
      // Registered crossings by decision, as the report says.
      r.sum(
        scope,
        crossed({ direction, source: 'registered' }),
        ['admitted', 'admitted-transit', 'referred-protection'].map((decision) =>
          crossed({ decision, direction }),
        ),
      );
      // The export's columns add up over the nationalities to the direction's people of each group.
      if (direction !== '*') {
        for (const group of Object.keys(GROUP_CELLS)) {
          r.sum(
            scope,
            crossed({ direction, group }),
            codes.map((nationality) => crossed({ direction, nationality, group })),
          );
        }
        r.sum(
          scope,
          crossed({ direction }),
          codes.map((nationality) => crossed({ direction, nationality })),
        );
      }
    }
    for (const nationality of codes) {
      r.sum(
        scope,
        crossed({ nationality }),
        ['entry', 'exit'].map((direction) => crossed({ nationality, direction })),
      );
    }
    for (const [group, isIn] of Object.entries(GROUP_CELLS)) {
      r.sum(
        scope,
        crossed({ group }),
        ['entry', 'exit'].map((direction) => crossed({ direction, group })),
      );
      r.sum(
        scope,
        crossed({ group }),
        AGES.flatMap((age) => SEXES.filter((sex) => isIn(age, sex)).map((sex) => crossed({ age, sex }))),
      );
    }
    // The dashboard of the scope, as the server reads its rows.
    const rows =
      day.checkpoints.length === 0
        ? []
        : counts.rows.filter((x) => scope === null || x.dims.checkpoint === scope);
    const published = publishDashboard(
      {
        date: DATE,
        hours: sumBy(rows, ['hour', 'direction', 'source']),
        days: [],
        decisions: sumBy(rows, ['decision', 'direction']),
        nationalities: sumBy(rows, ['nationality', 'direction']),
        ageSex: sumBy(rows, ['age_group', 'age_band', 'sex']),
        vulnerabilities: [],
        people: [],
        emergencies: [],
      },
      new Map([[DATE, day]]),
      scope,
    );
    const dashNamed: string[] = [];
    for (const [key, value] of Object.entries(published)) {
      const [kind, a = '', b = '', c = ''] = key.split(':');
      const what =
        key === 'entries' || key === 'exits'
          ? crossed({ direction: key === 'entries' ? 'entry' : 'exit' })
          : key === 'refused' || key === 'held'
            ? key
            : kind === 'hour'
              ? crossed({ hour: a, direction: b })
              : kind === 'decision'
                ? crossed({ decision: a })
                : kind === 'nationality'
                  ? crossed({ nationality: a })
                  : kind === 'nationalities'
                    ? crossed({ nationality: 'others-on-the-dashboard' })
                    : crossed({
                        age: b !== 'unknown' ? b : a === 'child' || a === 'adult' ? a : 'unknown',
                        sex: c,
                      });
      if (kind === 'nationality') dashNamed.push(a);
      r.see(r.name(scope, what), value);
    }
    r.sum(
      scope,
      crossed({}),
      ['admitted', 'admitted-transit', 'referred-protection', 'unknown'].map((decision) =>
        crossed({ decision }),
      ),
    );
    if (published[dashboardKey.otherNationalities] !== undefined) {
      r.sum(
        scope,
        crossed({ nationality: 'others-on-the-dashboard' }),
        codes.filter((c) => !dashNamed.includes(c)).map((nationality) => crossed({ nationality })),
      );
    }
  }
  // Each checkpoint's figure adds up to the figure of all of them.
  const names = new Set([...r.seen.keys(), ...r.lines.flatMap((l) => [l.total, ...l.members])]);
  for (const key of names) {
    const [scope, what = ''] = key.split(/:(.*)/s);
    if (scope !== 'all' || what.includes('others')) continue;
    r.lines.push({ total: key, members: CHECKPOINTS.map((c) => `${c}:${what}`) });
  }
  return r;
}

describe('one protection of a date over every product and scope', () => {
  it('lets no reader of all of them work out a figure any withholds, and shows each figure one way', () => {
    fc.assert(
      fc.property(
        fc.array(arbitraryRow, { maxLength: 40 }),
        fc.array(arbitraryNeed, { maxLength: 4 }),
        (rows, needs) => {
          const { seen, lines } = readEverything({ date: DATE, rows, needs });
          const known = new Map<string, Published>();
          for (const [key, values] of seen) {
            // A figure two products (or two tables) show is published the same way in each.
            expect([key, new Set(values).size]).toEqual([key, 1]);
            const value = values[0] ?? 0;
            known.set(key, value);
            if (typeof value === 'number') expect([key, value > 0 && value < 5]).toEqual([key, false]);
          }
          const derived = derive(known, lines);
          for (const [key, value] of known) {
            if (typeof value !== 'number') expect([key, derived.get(key)]).toEqual([key, undefined]);
          }
          // Nor does a reader who combines every sum at once work out a count of 1 to 4.
          const solved = solveAll(known, lines);
          for (const [key, value] of known) {
            if (value === 'small') expect([key, solved.get(key)]).toEqual([key, undefined]);
          }
          // Every sum of published figures holds: nothing published is made up.
          for (const line of lines) {
            const all = [line.total, ...line.members].map((k) => known.get(k) ?? derived.get(k));
            if (all.every((v) => typeof v === 'number')) {
              const [total = 0, ...members] = all as number[];
              expect([line.total, members.reduce((s, n) => s + n, 0)]).toEqual([line.total, total]);
            }
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('the headline of all checkpoints', () => {
  const refused = (checkpoint: string, n: number): FigureRow => ({
    dims: {
      checkpoint,
      hour: '08',
      direction: 'entry',
      nationality: 'VEN',
      sex: 'M',
      age_group: 'adult',
      age_band: '18-59',
      source: 'registered',
      decision: 'refused',
    },
    crossed: 0,
    refused: n,
    held: 0,
  });

  it("is kept where a checkpoint's few refusals would show by subtraction: the other checkpoint's go", () => {
    const day = protectDate(
      {
        date: DATE,
        rows: [refused('CL-CHACALLUTA', 3), refused('PE-SANTA-ROSA', 20), refused('PE-TUMBES', 9)],
        needs: [],
      },
      solver,
    );
    const of = (scope: string | null) => day.figure(scope, 'refused');
    expect([of(null), of('CL-CHACALLUTA'), of('PE-SANTA-ROSA'), of('PE-TUMBES')]).toEqual([
      32,
      'small',
      20,
      'withheld',
    ]);
  });
});

describe('a complement a partner can do nothing with', () => {
  // One Venezuelan child entered and eleven Colombian men left. The 1 must stay `<5`, so what crossed
  // in all (12) is withheld; the 11 exits show in nineteen figures (the headline, the hour, the
  // nationality, the export's men, the age and sex table…), all the same number, none of which
  // tells a reader anything about the one entry.
  it('is shown: the exits stay a number beside a single entry', () => {
    const row = (direction: string, nationality: string, sex: string, age: readonly string[], n: number) =>
      drawnRow({
        checkpoint: 'PE-SANTA-ROSA',
        hour: '07',
        direction,
        nationality,
        sex,
        age,
        kind: 'admitted',
        n,
      });
    const day = protectDate(
      {
        date: DATE,
        rows: [
          row('entry', 'VEN', 'unknown', ['child', '5-11'], 1),
          row('exit', 'COL', 'M', ['adult', '18-59'], 11),
        ],
        needs: [],
      },
      solver,
    );
    const of = (key: string) => day.figure(null, key);
    expect([of('crossed|direction=entry'), of('crossed|direction=exit'), of('crossed')]).toEqual([
      'small',
      11,
      'withheld',
    ]);
    expect(day.figure('PE-SANTA-ROSA', 'crossed|age=18-59|sex=M')).toBe(11);
  });
});
