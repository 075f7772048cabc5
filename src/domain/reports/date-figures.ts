// Every figure the products published about one local date show (the situation report, the partners'
// export and the partners' dashboard), for one scope (a checkpoint, or all of them), by one key per
// figure, with every sum a reader can check between them. date-protection.ts puts the scopes of a
// date together and protects them once, so that no product gives away what another withholds.
import type { FigureRow } from '../crossings';
import { VULNERABILITIES } from '../people';
import { type Grid, gridLines, type Line } from './suppression';

export const DIRECTIONS = ['entry', 'exit'] as const;
export const SOURCES = ['registered', 'tallied'] as const;
export const HOURS = Array.from({ length: 24 }, (_, h) => String(h).padStart(2, '0'));
export const AGE_ROWS = ['0-4', '5-11', '12-17', 'child', '18-59', '60+', 'adult', 'unknown'] as const;
export const SEXES = ['F', 'M', 'X', 'unknown'] as const;
export const REGISTERED_CROSSED = ['admitted', 'admitted-transit', 'referred-protection'] as const;
export const DECISION_ROWS = [...REGISTERED_CROSSED, 'refused', 'held'] as const;
/** The export's columns of people: women, girls, men, boys, and the rest. */
export const EXPORT_GROUPS = ['f_adults', 'f_children', 'm_adults', 'm_children', 'other'] as const;
/** The situation report names the six largest nationalities, the dashboard eight: the rest are one row. */
export const SITREP_NATIONALITIES = 6;
export const DASHBOARD_NATIONALITIES = 8;
export const OTHER_NATIONALITIES = 'others';

/** A figure's key: what it counts and the values it is limited to, in a fixed order. */
export function figureKey(measure: string, filters: Readonly<Record<string, string>> = {}): string {
  const names = Object.keys(filters).sort();
  let key = measure;
  for (const name of names) key += `|${name}=${filters[name]}`;
  return key;
}

/**
 * The nationalities a product that names `count` of them names: the largest first (ties by code),
 * all of them when only one would be left over, since a list of one "other" would name it anyway.
 */
export function namedNationalities(crossed: ReadonlyMap<string, number>, count: number): string[] {
  const ranked = [...crossed.entries()]
    .filter(([, n]) => n > 0)
    .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))
    .map(([code]) => code);
  return ranked.length <= count + 1 ? ranked : ranked.slice(0, count);
}

/** The "other nationalities" of a product that names `named` of them: a set of its own. */
export const othersOf = (named: number): string => `${OTHER_NATIONALITIES}-${named}`;

/** Registered crossings by protection need and direction, whatever was decided. */
export interface NeedRow {
  readonly vulnerability: string;
  readonly direction: string;
  readonly crossed: number;
  readonly refused: number;
  readonly held: number;
}

/** A table: its rows and columns named, and its figures' keys. */
export interface TableLayout {
  readonly rows: readonly string[];
  readonly cols: readonly string[];
  readonly grid: Grid;
}

/** How one scope's products lay their figures out: the report's tables and the named nationalities. */
export interface ScopeLayout {
  readonly sitrep: {
    readonly crossings: TableLayout;
    readonly hourly: TableLayout;
    readonly nationalities: TableLayout;
    readonly ageSex: TableLayout;
    readonly decisions: TableLayout;
    readonly needs: TableLayout;
  };
  /** The nationalities the dashboard names, the largest first; the rest are `othersOf(8)`. */
  readonly dashboardNationalities: readonly string[];
  /** Every nationality with someone crossing, by direction (the export's rows). */
  readonly nationalitiesBy: Readonly<Record<string, readonly string[]>>;
}

/** The figures of a scope, keyed as `figureKey` does, and the sums between them. */
export interface ScopeFigures {
  readonly values: ReadonlyMap<string, number>;
  readonly lines: readonly Line[];
  readonly layout: ScopeLayout;
}

/** The row of the age table a person falls in: a band, or the group when the age is not known. */
export function ageRowOf(group: string, band: string): string {
  if (band !== 'unknown') return band;
  return group === 'child' || group === 'adult' ? group : 'unknown';
}

/** The export's column of a person: by sex and age group, the rest "other". */
export function groupOf(sex: string, ageGroup: string): (typeof EXPORT_GROUPS)[number] {
  if (sex !== 'F' && sex !== 'M') return 'other';
  if (ageGroup === 'adult') return sex === 'F' ? 'f_adults' : 'm_adults';
  if (ageGroup === 'child') return sex === 'F' ? 'f_children' : 'm_children';
  return 'other';
}

const GROUP_OF_ROW: Readonly<Record<string, string>> = {
  '0-4': 'child',
  '5-11': 'child',
  '12-17': 'child',
  child: 'child',
  '18-59': 'adult',
  '60+': 'adult',
  adult: 'adult',
  unknown: 'unknown',
};

/** A figure in all and by direction: the filters to add to its own. */
const WHOLE_AND_BY_DIRECTION: readonly Record<string, string>[] = [
  {},
  ...DIRECTIONS.map((direction) => ({ direction })),
];

const grid = (rows: readonly string[], cols: readonly string[], g: Grid): TableLayout => ({
  rows,
  cols,
  grid: g,
});

/**
 * Rows by direction, with row totals, where a row's figure is keyed its own way (`keyOf` is given the
 * row and, for a cell, its direction; for the row total, no direction).
 */
const byDirection = (rows: readonly string[], keyOf: (row: string, d?: { direction: string }) => string) =>
  grid(rows, DIRECTIONS, {
    cells: rows.map((r) => DIRECTIONS.map((direction) => keyOf(r, { direction }))),
    rowTotals: rows.map((r) => keyOf(r)),
  });

/** One dimension down and another across, with both totals and the grand total. */
const crossed2 = (rowDim: string, rows: readonly string[], colDim: string, cols: readonly string[]) =>
  grid(rows, cols, {
    cells: rows.map((r) => cols.map((c) => figureKey('crossed', { [rowDim]: r, [colDim]: c }))),
    rowTotals: rows.map((r) => figureKey('crossed', { [rowDim]: r })),
    colTotals: cols.map((c) => figureKey('crossed', { [colDim]: c })),
    grand: figureKey('crossed'),
  });

/** What a row counts, as the products break it down. */
interface RowFields {
  readonly direction: string;
  readonly source: string;
  readonly hour: string;
  readonly nationality: string;
  readonly group: string;
  readonly age: string;
  readonly sex: string;
  readonly decision: string;
}

function rowFields(d: FigureRow['dims']): RowFields {
  const sex = d.sex ?? 'unknown';
  return {
    direction: d.direction ?? 'unknown',
    source: d.source ?? 'unknown',
    hour: d.hour ?? '',
    nationality: d.nationality ?? 'unknown',
    group: groupOf(sex, d.age_group ?? 'unknown'),
    age: ageRowOf(d.age_group ?? 'unknown', d.age_band ?? 'unknown'),
    sex,
    decision: d.decision ?? 'unknown',
  };
}

/** Every breakdown of what crossed the products show; the last, by decision, of registered crossings only. */
const BREAKDOWNS: readonly (readonly (keyof RowFields)[])[] = [
  [],
  ['direction'],
  ['source'],
  ['direction', 'source'],
  ['direction', 'hour'],
  ['nationality'],
  ['direction', 'nationality'],
  ['direction', 'group', 'nationality'],
  ['group'],
  ['direction', 'group'],
  ['age'],
  ['sex'],
  ['age', 'sex'],
  ['decision'],
  ['decision', 'direction'],
];
const WHOLE = 0;
const BY_DIRECTION = 1;
const REGISTERED_DECISIONS = BREAKDOWNS.length - 1;

/**
 * The figures of one scope from its rows (by hour, direction, nationality, sex, age_group, age_band,
 * source and decision) and its protection needs. Every figure is worked out here, sums included.
 */
export function scopeFigures(rows: readonly FigureRow[], needs: readonly NeedRow[]): ScopeFigures {
  const values = new Map<string, number>();
  const add = (measure: string, filters: Record<string, string>, n: number) => {
    const k = figureKey(measure, filters);
    if (n !== 0) values.set(k, (values.get(k) ?? 0) + n);
  };
  const byNationality = new Map<string, number>();
  const nationalitiesBy: Record<string, Set<string>> = { entry: new Set(), exit: new Set() };
  // Summed by each breakdown first, under a short key, and keyed as figures once per breakdown's value.
  const sums = new Map<
    string,
    { readonly measure: string; readonly filters: Record<string, string>; n: number }
  >();
  const sum = (measure: string, i: number, fields: RowFields, n: number) => {
    if (n === 0) return;
    const breakdown = BREAKDOWNS[i] ?? [];
    let short = `${measure}${i}`;
    for (const field of breakdown) short += `\t${fields[field]}`;
    const known = sums.get(short);
    if (known !== undefined) known.n += n;
    else sums.set(short, { measure, filters: Object.fromEntries(breakdown.map((f) => [f, fields[f]])), n });
  };
  for (const r of rows) {
    const d = r.dims;
    const fields = rowFields(d);
    if (r.crossed > 0) {
      byNationality.set(fields.nationality, (byNationality.get(fields.nationality) ?? 0) + r.crossed);
      nationalitiesBy[fields.direction]?.add(fields.nationality);
      for (let i = 0; i < REGISTERED_DECISIONS; i += 1) sum('crossed', i, fields, r.crossed);
      if (fields.source === 'registered') sum('crossed', REGISTERED_DECISIONS, fields, r.crossed);
    }
    for (const measure of ['refused', 'held'] as const) {
      sum(measure, WHOLE, fields, r[measure]);
      sum(measure, BY_DIRECTION, fields, r[measure]);
    }
  }
  for (const { measure, filters, n } of sums.values()) add(measure, filters, n);
  for (const r of needs) {
    const n = r.crossed + r.refused + r.held;
    add('needs', { vulnerability: r.vulnerability, direction: r.direction }, n);
    add('needs', { vulnerability: r.vulnerability }, n);
  }

  const ranked = namedNationalities(byNationality, Number.POSITIVE_INFINITY);
  const lines: Line[] = [];
  // A product that names some nationalities puts the rest in one figure of its own, by direction too.
  const named = (count: number) => {
    const shown = namedNationalities(byNationality, count);
    const rest = ranked.slice(shown.length);
    if (rest.length === 0) return shown;
    const other = othersOf(count);
    for (const f of WHOLE_AND_BY_DIRECTION) {
      const members = rest.map((nationality) => figureKey('crossed', { ...f, nationality }));
      const total = figureKey('crossed', { ...f, nationality: other });
      values.set(
        total,
        members.reduce((s, m) => s + (values.get(m) ?? 0), 0),
      );
      lines.push({ total, members });
    }
    return [...shown, other];
  };
  const sitrepNationalities = named(SITREP_NATIONALITIES);
  const dashboardNationalities = named(DASHBOARD_NATIONALITIES);

  const sitrep = {
    crossings: crossed2('direction', DIRECTIONS, 'source', SOURCES),
    hourly: grid(HOURS, DIRECTIONS, {
      cells: HOURS.map((hour) => DIRECTIONS.map((direction) => figureKey('crossed', { direction, hour }))),
      colTotals: DIRECTIONS.map((direction) => figureKey('crossed', { direction })),
      grand: figureKey('crossed'),
    }),
    nationalities: crossed2('nationality', sitrepNationalities, 'direction', DIRECTIONS),
    ageSex: crossed2('age', AGE_ROWS, 'sex', SEXES),
    decisions: byDirection(DECISION_ROWS, (decision, direction) =>
      decision === 'refused' || decision === 'held'
        ? figureKey(decision, direction)
        : figureKey('crossed', { decision, ...direction }),
    ),
    needs: byDirection(VULNERABILITIES, (vulnerability, direction) =>
      figureKey('needs', { vulnerability, ...direction }),
    ),
  };
  for (const table of Object.values(sitrep)) lines.push(...gridLines(table.grid));

  // Registered crossings by decision add up to the registered crossings of the headline table; all
  // crossings by decision (tallies have none: "unknown") to what crossed, as the dashboard shows them.
  for (const f of WHOLE_AND_BY_DIRECTION) {
    lines.push({
      members: REGISTERED_CROSSED.map((decision) => figureKey('crossed', { decision, ...f })),
      total: figureKey('crossed', { ...f, source: 'registered' }),
    });
  }
  lines.push({
    members: [...REGISTERED_CROSSED, 'unknown'].map((decision) => figureKey('crossed', { decision })),
    total: figureKey('crossed'),
  });
  // The dashboard's nationalities add up to what crossed.
  lines.push({
    members: dashboardNationalities.map((nationality) => figureKey('crossed', { nationality })),
    total: figureKey('crossed'),
  });
  // Each nationality's entries and exits add up to its total, whether a product names it or not.
  for (const nationality of ranked) {
    lines.push({
      members: DIRECTIONS.map((direction) => figureKey('crossed', { direction, nationality })),
      total: figureKey('crossed', { nationality }),
    });
  }
  // The export: each direction a table of nationalities by group, with its margins; each group's two
  // directions add up to it, and it is the sum of the age and sex cells it is made of.
  const sorted = ranked.slice().sort();
  for (const direction of DIRECTIONS) {
    const nats = sorted.filter((n) => nationalitiesBy[direction]?.has(n));
    lines.push(
      ...gridLines({
        cells: nats.map((nationality) =>
          EXPORT_GROUPS.map((group) => figureKey('crossed', { direction, nationality, group })),
        ),
        rowTotals: nats.map((nationality) => figureKey('crossed', { direction, nationality })),
        colTotals: EXPORT_GROUPS.map((group) => figureKey('crossed', { direction, group })),
        grand: figureKey('crossed', { direction }),
      }),
    );
  }
  for (const group of EXPORT_GROUPS) {
    lines.push({
      members: DIRECTIONS.map((direction) => figureKey('crossed', { direction, group })),
      total: figureKey('crossed', { group }),
    });
    lines.push({
      members: AGE_ROWS.flatMap((age) =>
        SEXES.filter((sex) => groupOf(sex, GROUP_OF_ROW[age] ?? 'unknown') === group).map((sex) =>
          figureKey('crossed', { age, sex }),
        ),
      ),
      total: figureKey('crossed', { group }),
    });
  }
  return {
    values,
    lines,
    layout: {
      sitrep,
      dashboardNationalities,
      nationalitiesBy: Object.fromEntries(
        DIRECTIONS.map((d) => [d, sorted.filter((n) => nationalitiesBy[d]?.has(n))]),
      ),
    },
  };
}
