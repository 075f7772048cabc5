// The daily situation report's content, language-free: the figures of one local date as tables, as
// the date's one protection publishes them (date-protection.ts), the decree in force and the open
// incidents as their providers give them. The renderer only lays this out.
import type { FigureRow } from '../crossings';
import { addDays } from '../shared';
import {
  DIRECTIONS,
  figureKey,
  OTHER_NATIONALITIES,
  othersOf,
  SITREP_NATIONALITIES,
  type TableLayout,
} from './date-figures';
import type { ProtectedDate } from './date-protection';
import { sinceDeclaredFigures } from './since-declared';
import type { Published } from './suppression';

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
  /** road-blockade, crowd, medical-emergency, security, weather, other (others are shown as given). */
  readonly kind: string;
  /** low, medium, high, critical (others are shown as given). */
  readonly severity: string;
  /** When it began (not when it was typed in): UTC, ISO 8601. */
  readonly occurredAt: string;
  readonly checkpoint: string | null;
  /** The checkpoint's time zone, for when it began on its own clock; null: shown in UTC. */
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

/** The row of the nationalities table that holds the ones the report does not name. */
const SITREP_OTHERS = othersOf(SITREP_NATIONALITIES);

const table = (
  t: TableLayout,
  show: (key: string) => Published,
  rowName: (row: string) => string = (row) => row,
): PublishedTable => ({
  rows: t.rows.map(rowName),
  cols: t.cols,
  cells: t.grid.cells.map((row) => row.map(show)),
  rowTotals: t.grid.rowTotals?.map(show) ?? null,
  colTotals: t.grid.colTotals?.map(show) ?? null,
  grand: t.grid.grand === undefined ? null : show(t.grid.grand),
});

/**
 * The report's tables for `scope` (a checkpoint's code, or null for all of them): those of its date
 * as `day` publishes them, and the previous days' figures as each of those days publishes them.
 * `before` holds the six days before, in any order; a day it lacks is shown as nothing counted.
 */
export function sitrepFigures(
  day: ProtectedDate,
  before: readonly ProtectedDate[],
  scope: string | null,
): SitrepFigures {
  const show = (key: string) => day.figure(scope, key);
  const { sitrep } = day.layout(scope);
  const dates = Array.from({ length: 7 }, (_, i) => addDays(day.date, i - 6));
  const of = new Map([...before, day].map((d) => [d.date, d]));
  const daily = (date: string, direction?: { direction: string }) =>
    of.get(date)?.figure(scope, figureKey('crossed', direction)) ?? 0;
  return {
    hasData: day.hasData(scope),
    crossings: table(sitrep.crossings, show),
    hourly: table(sitrep.hourly, show),
    nationalities: table(sitrep.nationalities, show, (row) =>
      row === SITREP_OTHERS ? OTHER_NATIONALITIES : row,
    ),
    ageSex: table(sitrep.ageSex, show),
    decisions: table(sitrep.decisions, show),
    needs: table(sitrep.needs, show),
    days: {
      rows: dates,
      cols: DIRECTIONS,
      cells: dates.map((date) => DIRECTIONS.map((direction) => daily(date, { direction }))),
      rowTotals: dates.map((date) => daily(date)),
      colTotals: null,
      grand: null,
    },
  };
}

/**
 * Crossings since an emergency was declared (`totals` by direction, at `checkpoints`, from `since` to
 * `date`), published from the days' protections (`days` by date, each day since the declaration):
 * a sum over those days, so never a figure that one of them withholds by difference (since-declared.ts).
 */
export function sinceDeclared(
  declaration: string,
  since: string,
  checkpoints: readonly string[],
  totals: readonly FigureRow[],
  days: ReadonlyMap<string, ProtectedDate>,
  date: string,
): SinceDeclared {
  const sum = (count: 'crossed' | 'refused' | 'held', direction?: string) =>
    totals
      .filter((r) => direction === undefined || r.dims.direction === direction)
      .reduce((n, r) => n + r[count], 0);
  const of = sinceDeclaredFigures(days, since, date, checkpoints, {
    entries: sum('crossed', 'entry'),
    exits: sum('crossed', 'exit'),
    total: sum('crossed'),
    refused: sum('refused'),
    held: sum('held'),
  });
  return { declaration, since, checkpoints, ...of };
}
