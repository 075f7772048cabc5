// One protection per local date: the figures every published product shows about the date — the
// situation report and the partners' dashboard of each checkpoint and of all of them, and the
// partners' export — are suppressed together, once. A figure two products show is one figure, the
// sums a reader can check between products and between a checkpoint and all of them are lines like
// any other, so what one product withholds no other gives away, whichever a reader puts side by side.
import { DIMENSIONS, type Dimension, type FigureRow } from '../crossings';
import type { LinearSolver } from './bounds-audit';
import {
  DIRECTIONS,
  EXPORT_GROUPS,
  figureKey,
  type NeedRow,
  type ScopeFigures,
  type ScopeLayout,
  scopeFigures,
} from './date-figures';
import { type Line, type Published, publishedFigures } from './suppression';

/** The dimensions a date's figures are read by, for every product at once: all but the date. */
export const DATE_DIMENSIONS = DIMENSIONS.filter((d): d is Exclude<Dimension, 'date'> => d !== 'date');

export interface DateCounts {
  /** The local date (counting rule 4: each checkpoint's own). */
  readonly date: string;
  /** The date's figures by DATE_DIMENSIONS, at every checkpoint. */
  readonly rows: readonly FigureRow[];
  /** The date's registered crossings by checkpoint, protection need and direction. */
  readonly needs: readonly (NeedRow & { readonly checkpoint: string })[];
}

/** The figures of one date as published, for each checkpoint and for all of them (scope null). */
export interface ProtectedDate {
  readonly date: string;
  /** A figure as published; `key` as figureKey makes it. A scope without crossings publishes zeros. */
  figure(scope: string | null, key: string): Published;
  /** How the products lay the scope's figures out (its named nationalities, its tables). */
  layout(scope: string | null): ScopeLayout;
  /** The checkpoints with anything counted on the date, by code. */
  readonly checkpoints: readonly string[];
  /** Whether anything was counted in the scope: crossed, refused or held. */
  hasData(scope: string | null): boolean;
}

const ALL = '*';
const scoped = (scope: string | null, key: string) => `${scope ?? ALL}/${key}`;

// The figures a page leads with, the day's entries and exits, refused and held: when a line needs one
// more figure withheld, these go last, after the line's other members and its total.
const LEADING = [
  ...['entry', 'exit'].map((direction) => figureKey('crossed', { direction })),
  figureKey('refused'),
  figureKey('held'),
];

/**
 * Every figure of the date in every scope, by its scope and key; every sum a reader can check
 * between them, within a product, between products and between a checkpoint and all of them; and how
 * long each figure is kept (the headlines longest).
 */
export function dateSums(counts: DateCounts) {
  const codes = [
    ...new Set([
      ...counts.rows.map((r) => r.dims.checkpoint ?? 'unknown'),
      ...counts.needs.map((r) => r.checkpoint),
    ]),
  ].sort();
  const scopes = new Map<string | null, ScopeFigures>([[null, scopeFigures(counts.rows, counts.needs)]]);
  for (const code of codes) {
    const rows = counts.rows.filter((r) => (r.dims.checkpoint ?? 'unknown') === code);
    scopes.set(
      code,
      scopeFigures(
        rows,
        counts.needs.filter((r) => r.checkpoint === code),
      ),
    );
  }
  const values = new Map<string, number>();
  const lines: Line[] = [];
  const keep = new Map<string, number>();
  // Figures that add up over the checkpoints: all but the "other nationalities", whose set each
  // scope chooses by its own ranking.
  const additive = new Set<string>();
  // Figures above 0 that no product prints: a reader knows them only as far as the sums give them away.
  const unprinted = new Set<string>();
  for (const [scope, f] of scopes) {
    const printed = printedOf(f, scope);
    for (const [k, v] of f.values) {
      values.set(scoped(scope, k), v);
      if (!k.includes('nationality=others')) additive.add(k);
      if (v !== 0 && !printed.has(k)) unprinted.add(scoped(scope, k));
    }
    for (const line of f.lines) {
      lines.push({ total: scoped(scope, line.total), members: line.members.map((m) => scoped(scope, m)) });
    }
    // All checkpoints' headline is kept longest: where a checkpoint's few refusals would show by
    // subtraction, another checkpoint's refusals go before the refusals at all of them.
    for (const k of LEADING) keep.set(scoped(scope, k), scope === null ? 2 : 1);
  }
  // A checkpoint's figures add up, over the checkpoints, to the figure of all of them.
  for (const k of additive) lines.push({ total: scoped(null, k), members: codes.map((c) => scoped(c, k)) });
  return { codes, scopes, values, lines, keep, unprinted };
}

/**
 * The figures of a scope that a product prints: every figure of the report's tables, the dashboard's
 * nationalities and its tallies (decision `unknown`), and a checkpoint's rows of the export. Nothing
 * prints the export's totals by sex and age group, nor its rows for all checkpoints together.
 */
export function printedOf(f: ScopeFigures, scope: string | null): Set<string> {
  const printed = new Set<string>();
  for (const { grid } of Object.values(f.layout.sitrep)) {
    for (const k of grid.cells.flat()) printed.add(k);
    for (const k of [...(grid.rowTotals ?? []), ...(grid.colTotals ?? [])]) printed.add(k);
    if (grid.grand !== undefined) printed.add(grid.grand);
  }
  for (const nationality of f.layout.dashboardNationalities)
    printed.add(figureKey('crossed', { nationality }));
  printed.add(figureKey('crossed', { decision: 'unknown' }));
  if (scope === null) return printed;
  for (const direction of DIRECTIONS) {
    for (const nationality of f.layout.nationalitiesBy[direction] ?? []) {
      printed.add(figureKey('crossed', { direction, nationality }));
      for (const group of EXPORT_GROUPS) printed.add(figureKey('crossed', { direction, nationality, group }));
    }
  }
  return printed;
}

/**
 * A date's protection as plain data, which structured clone keeps whole: what a worker thread that
 * protects dates sends back (src/server/reports/protection-thread.ts). `protectedDateOf` reads it.
 */
export interface ProtectedDateData {
  readonly date: string;
  readonly checkpoints: readonly string[];
  /** Every published figure that is not the number 0, by its scoped key (`*` for all checkpoints). */
  readonly figures: ReadonlyMap<string, Published>;
  /** Each scope's layout, by its code (`*` for all checkpoints). */
  readonly layouts: ReadonlyMap<string, ScopeLayout>;
  /** The scopes with anything counted: crossed, refused or held (`*` for all checkpoints). */
  readonly withData: readonly string[];
}

/**
 * Protects every figure of the date, in every scope, at once, against a reader who also reasons with
 * bounds, with `solver`'s linear programs (suppression.ts).
 */
export function protectDate(counts: DateCounts, solver: LinearSolver): ProtectedDate {
  return protectedDateOf(protectDateData(counts, solver));
}

/** protectDate's work, as data (ProtectedDateData). */
export function protectDateData(counts: DateCounts, solver: LinearSolver): ProtectedDateData {
  const { codes, scopes, values, lines, keep, unprinted } = dateSums(counts);
  const figures = new Map<string, Published>();
  for (const [key, shown] of publishedFigures(values, lines, keep, solver, unprinted)) {
    if (shown !== 0) figures.set(key, shown);
  }
  const hasData = (scope: string | null) =>
    ['crossed', 'refused', 'held'].some((m) => (values.get(scoped(scope, figureKey(m))) ?? 0) > 0);
  return {
    date: counts.date,
    checkpoints: codes,
    figures,
    layouts: new Map([...scopes].map(([scope, f]) => [scope ?? ALL, f.layout])),
    withData: [...scopes.keys()].filter(hasData).map((scope) => scope ?? ALL),
  };
}

const EMPTY_LAYOUT = scopeFigures([], []).layout;

/** The protection a ProtectedDateData holds. */
export function protectedDateOf(data: ProtectedDateData): ProtectedDate {
  return {
    date: data.date,
    checkpoints: data.checkpoints,
    figure: (scope, key) => data.figures.get(scoped(scope, key)) ?? 0,
    layout: (scope) => data.layouts.get(scope ?? ALL) ?? EMPTY_LAYOUT,
    hasData: (scope) => data.withData.includes(scope ?? ALL),
  };
}
