// The daily situation report's content, language-free: the figures of one local date as tables,
// protected together (a figure two tables share is one figure), the decree in force and the open
// incidents as their providers give them. The renderer only lays this out.
import type { FigureRow } from '../crossings';
import { VULNERABILITIES } from '../people';
import { addDays } from '../shared';
import { type Grid, gridLines, type Line, type Published, publishFigures } from './suppression';

/** The decree in force on the report's date, as the decree register gives it. */
export interface DecreeLine {
  readonly title: string;
  /** Local dates, YYYY-MM-DD; `inForceTo` null while it has no end. */
  readonly inForceFrom: string;
  readonly inForceTo: string | null;
  readonly measures: readonly string[];
  /** Crossings since the emergency was declared, to the report's date, suppressed as every figure. */
  readonly sinceDeclared?: SinceDeclared | undefined;
}

export interface SinceDeclared {
  /** The declaration's number and first day (YYYY-MM-DD); extensions carry the same emergency on. */
  readonly declaration: string;
  readonly since: string;
  /** The codes of the checkpoints counted: those the emergency covers, which may be fewer than the report's. */
  readonly checkpoints: readonly string[];
  readonly entries: Published;
  readonly exits: Published;
  readonly total: Published;
  readonly refused: Published;
  readonly held: Published;
}

/** An incident open at the end of the report's date. */
export interface IncidentLine {
  /** road-blockade, crowd, medical, security, weather, other (others are shown as given). */
  readonly kind: string;
  /** low, medium, high, critical (others are shown as given). */
  readonly severity: string;
  /** UTC, ISO 8601. */
  readonly openedAt: string;
  readonly checkpoint: string | null;
  /** The checkpoint's time zone, for the opening time on its own clock; null: shown in UTC. */
  readonly timeZone: string | null;
  readonly summary: string;
}

export interface PublishedTable {
  readonly rows: readonly string[];
  readonly cols: readonly string[];
  readonly cells: readonly (readonly Published[])[];
  readonly rowTotals: readonly Published[] | null;
  readonly colTotals: readonly Published[] | null;
  readonly grand: Published | null;
}

export interface SitrepFigures {
  /** Whether anything was counted on the date: a report without data says so. */
  readonly hasData: boolean;
  /** Crossed by direction (rows) and registered or tallied (columns). */
  readonly crossings: PublishedTable;
  readonly hourly: PublishedTable;
  readonly nationalities: PublishedTable;
  readonly ageSex: PublishedTable;
  readonly decisions: PublishedTable;
  /**
   * Registered people with each protection need (VULNERABILITIES, in that order) by direction, whatever
   * the decision: one person may have several, so the rows do not add up.
   */
  readonly needs: PublishedTable;
  /** The seven days up to the report's date, crossed by direction. */
  readonly days: PublishedTable;
}

export interface SitrepData {
  readonly date: string;
  /** UTC, ISO 8601. */
  readonly generatedAt: string;
  /**
   * Whether the date was over when the report was made at every checkpoint covered ('over'), had
   * begun at one at least ('under-way': the figures are the day's so far), or had not ('to-come').
   */
  readonly day?: 'over' | 'under-way' | 'to-come';
  /** The checkpoint reported on; null for all of them. */
  readonly checkpoint: { readonly code: string; readonly name: string } | null;
  readonly checkpoints: readonly { readonly code: string; readonly name: string }[];
  /** False when this installation has no decree register wired in: the report says so. */
  readonly decreeAvailable: boolean;
  readonly decree: DecreeLine | null;
  readonly incidentsAvailable: boolean;
  readonly incidents: readonly IncidentLine[];
  readonly figures: SitrepFigures;
}

export const DIRECTIONS = ['entry', 'exit'] as const;
const SOURCES = ['registered', 'tallied'] as const;
const HOURS = Array.from({ length: 24 }, (_, h) => String(h).padStart(2, '0'));
export const AGE_ROWS = ['0-4', '5-11', '12-17', 'child', '18-59', '60+', 'adult', 'unknown'] as const;
export const SEXES = ['F', 'M', 'X', 'unknown'] as const;
const REGISTERED_CROSSED = ['admitted', 'admitted-transit', 'referred-protection'] as const;
const DECISION_ROWS = [...REGISTERED_CROSSED, 'refused', 'held'] as const;
const TOP_NATIONALITIES = 6;
export const OTHER_NATIONALITIES = 'others';

/** A figure's key: what it counts and the values it is limited to, in a fixed order. */
const key = (measure: string, filters: Readonly<Record<string, string>> = {}): string =>
  [
    measure,
    ...Object.entries(filters)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([k, v]) => `${k}=${v}`),
  ].join('|');

/** The people who crossed by one dimension down and another across, with both totals. */
const crossedGrid = <R extends string, C extends string>(
  rowDim: string,
  rows: readonly R[],
  colDim: string,
  cols: readonly C[],
) => ({
  rows,
  cols,
  grid: {
    cells: rows.map((r) => cols.map((c) => key('crossed', { [rowDim]: r, [colDim]: c }))),
    rowTotals: rows.map((r) => key('crossed', { [rowDim]: r })),
    colTotals: cols.map((c) => key('crossed', { [colDim]: c })),
    grand: key('crossed'),
  },
});

/**
 * Rows by direction, with row totals, where a row's figure is keyed its own way (`keyOf` is given the
 * row and, for a cell, its direction; for the row total, no direction).
 */
const byDirectionGrid = <R extends string>(
  rows: readonly R[],
  keyOf: (row: R, direction?: { direction: string }) => string,
) => ({
  rows,
  cols: DIRECTIONS,
  grid: {
    cells: rows.map((r) => DIRECTIONS.map((direction) => keyOf(r, { direction }))),
    rowTotals: rows.map((r) => keyOf(r)),
  },
});

/** The row of the age table a person falls in: a band, or the group when the age is not known. */
function ageRowOf(r: FigureRow): string {
  const band = r.dims.age_band ?? 'unknown';
  if (band !== 'unknown') return band;
  const group = r.dims.age_group ?? 'unknown';
  return group === 'child' || group === 'adult' ? group : 'unknown';
}

export interface SitrepCounts {
  readonly date: string;
  /** The report date's figures by hour, direction, nationality, sex, age_group, age_band, source, decision. */
  readonly day: readonly FigureRow[];
  /** The six days before it, by date and direction. */
  readonly before: readonly FigureRow[];
  /** The report date's registered crossings by protection need and direction (the maintained figures). */
  readonly needs?: readonly NeedRow[];
}

export interface NeedRow {
  readonly vulnerability: string;
  readonly direction: string;
  readonly crossed: number;
  readonly refused: number;
  readonly held: number;
}

// The figures the report leads with, the day's entries and exits: when a line needs one more figure
// withheld, these go last, after the other cells and the line's total.
const LEADING: ReadonlySet<string> = new Set(DIRECTIONS.map((direction) => key('crossed', { direction })));

/** Builds the report's tables from the figures and withholds what must not leave Paso. */
export function sitrepFigures(counts: SitrepCounts): SitrepFigures {
  const values = new Map<string, number>();
  const add = (k: string, n: number) => {
    if (n !== 0) values.set(k, (values.get(k) ?? 0) + n);
  };
  const byNationality = new Map<string, number>();
  for (const r of counts.day)
    byNationality.set(
      r.dims.nationality ?? 'unknown',
      (byNationality.get(r.dims.nationality ?? 'unknown') ?? 0) + r.crossed,
    );
  const ranked = [...byNationality.entries()]
    .filter(([, n]) => n > 0)
    .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))
    .map(([code]) => code);
  // A list of one "others" would name that nationality anyway: show it under its own code.
  const shown = ranked.length <= TOP_NATIONALITIES + 1 ? ranked : ranked.slice(0, TOP_NATIONALITIES);
  const nationalityRow = (code: string) => (shown.includes(code) ? code : OTHER_NATIONALITIES);
  const nationalityRows = ranked.length > shown.length ? [...shown, OTHER_NATIONALITIES] : shown;

  for (const r of counts.day) {
    const direction = r.dims.direction ?? 'unknown';
    const source = r.dims.source ?? 'unknown';
    add(key('crossed', { direction, source }), r.crossed);
    add(key('crossed', { direction, hour: r.dims.hour ?? '' }), r.crossed);
    add(
      key('crossed', { direction, nationality: nationalityRow(r.dims.nationality ?? 'unknown') }),
      r.crossed,
    );
    add(key('crossed', { age: ageRowOf(r), sex: r.dims.sex ?? 'unknown' }), r.crossed);
    if (source === 'registered')
      add(key('crossed', { decision: r.dims.decision ?? '', direction }), r.crossed);
    add(key('refused', { direction }), r.refused);
    add(key('held', { direction }), r.held);
  }
  // A person with a need counts whatever was decided: a child refused at the line needs protection too.
  for (const r of counts.needs ?? [])
    add(
      key('needs', { direction: r.direction, vulnerability: r.vulnerability }),
      r.crossed + r.refused + r.held,
    );
  const dates = Array.from({ length: 7 }, (_, i) => addDays(counts.date, i - 6));
  for (const r of counts.before) {
    if (r.dims.date === counts.date) continue;
    add(key('crossed', { date: r.dims.date ?? '', direction: r.dims.direction ?? '' }), r.crossed);
  }

  const grids = {
    crossings: crossedGrid('direction', DIRECTIONS, 'source', SOURCES),
    hourly: {
      rows: HOURS,
      cols: DIRECTIONS,
      grid: {
        cells: HOURS.map((hour) => DIRECTIONS.map((direction) => key('crossed', { direction, hour }))),
        colTotals: DIRECTIONS.map((direction) => key('crossed', { direction })),
        grand: key('crossed'),
      },
    },
    nationalities: crossedGrid('nationality', nationalityRows, 'direction', DIRECTIONS),
    ageSex: crossedGrid('age', AGE_ROWS, 'sex', SEXES),
    decisions: byDirectionGrid(DECISION_ROWS, (decision, direction) =>
      decision === 'refused' || decision === 'held'
        ? key(decision, direction)
        : key('crossed', { decision, ...direction }),
    ),
    needs: byDirectionGrid(VULNERABILITIES, (vulnerability, direction) =>
      key('needs', { vulnerability, ...direction }),
    ),
    // The report's own date is the same figure as the headline's: one key, protected once.
    days: byDirectionGrid(dates, (date, direction) =>
      date === counts.date ? key('crossed', direction) : key('crossed', { date, ...direction }),
    ),
  } satisfies Record<
    keyof Omit<SitrepFigures, 'hasData'>,
    { rows: readonly string[]; cols: readonly string[]; grid: Grid }
  >;

  const lines: Line[] = Object.values(grids).flatMap((g) => gridLines(g.grid));
  // Registered crossings by decision add up to the registered crossings of the headline table.
  for (const direction of DIRECTIONS) {
    lines.push({
      members: REGISTERED_CROSSED.map((decision) => key('crossed', { decision, direction })),
      total: key('crossed', { direction, source: 'registered' }),
    });
  }
  lines.push({
    members: REGISTERED_CROSSED.map((decision) => key('crossed', { decision })),
    total: key('crossed', { source: 'registered' }),
  });
  const show = publishFigures(values, lines, LEADING);
  const table = (t: { rows: readonly string[]; cols: readonly string[]; grid: Grid }): PublishedTable => ({
    rows: t.rows,
    cols: t.cols,
    cells: t.grid.cells.map((row) => row.map(show)),
    rowTotals: t.grid.rowTotals?.map(show) ?? null,
    colTotals: t.grid.colTotals?.map(show) ?? null,
    grand: t.grid.grand === undefined ? null : show(t.grid.grand),
  });
  const hasData = counts.day.some((r) => r.crossed + r.refused + r.held > 0);
  return {
    hasData,
    crossings: table(grids.crossings),
    hourly: table(grids.hourly),
    nationalities: table(grids.nationalities),
    ageSex: table(grids.ageSex),
    decisions: table(grids.decisions),
    needs: table(grids.needs),
    days: table(grids.days),
  };
}

/**
 * Crossings since an emergency was declared (`totals` by direction), published as every figure that
 * leaves Paso: 1 to 4 shown "<5", and the total withheld where it would give one direction away.
 */
const SINCE_KEPT: ReadonlySet<string> = new Set(['entries', 'exits']);

export function sinceDeclared(
  declaration: string,
  since: string,
  checkpoints: readonly string[],
  totals: readonly FigureRow[],
): SinceDeclared {
  const sum = (count: 'crossed' | 'refused' | 'held', direction?: string) =>
    totals
      .filter((r) => direction === undefined || r.dims.direction === direction)
      .reduce((n, r) => n + r[count], 0);
  const values = new Map([
    ['entries', sum('crossed', 'entry')],
    ['exits', sum('crossed', 'exit')],
    ['total', sum('crossed')],
    ['refused', sum('refused')],
    ['held', sum('held')],
  ]);
  // Where the exits (or entries) are few, the sum goes, not the other direction: a reader keeps the
  // entries and learns the total within four.
  const of = publishFigures(values, [{ total: 'total', members: ['entries', 'exits'] }], SINCE_KEPT);
  return {
    declaration,
    since,
    checkpoints,
    entries: of('entries'),
    exits: of('exits'),
    total: of('total'),
    refused: of('refused'),
    held: of('held'),
  };
}
