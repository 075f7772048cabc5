// Every figure the situation dashboard shows, by key, worked out from its rows once for the server and
// the browser alike, with the sums a reader can check between them. Partners (roles without exact
// figures) are sent these figures as published (small cells suppressed, suppression.ts), never the rows.
import { type Dimension, type FigureRow, sumBy } from '../crossings';
import { ageRowOf, DASHBOARD_NATIONALITIES, figureKey, namedNationalities, othersOf } from './date-figures';
import type { DateCounts, ProtectedDate } from './date-protection';
import { sinceDeclaredFigures } from './since-declared';
import { type Published, suppress } from './suppression';

export interface DashboardRows {
  /** The local date shown: its day in `days` is the headline's day. */
  readonly date: string;
  readonly hours: readonly FigureRow[];
  readonly days: readonly FigureRow[];
  readonly decisions: readonly FigureRow[];
  readonly nationalities: readonly FigureRow[];
  readonly ageSex: readonly FigureRow[];
  readonly vulnerabilities: readonly {
    readonly vulnerability: string;
    readonly crossed: number;
    readonly refused: number;
    readonly held: number;
  }[];
  readonly people: readonly {
    readonly direction: string;
    readonly people: number;
    readonly crossings: number;
  }[];
  readonly emergencies: readonly {
    readonly totals: readonly FigureRow[];
    /** The declaration's first day and the checkpoints counted: for partners, its days' sum. */
    readonly since?: string;
    readonly checkpoints?: readonly string[];
  }[];
}

export const DASHBOARD_DIRECTIONS = ['entry', 'exit'] as const;

/** The dimensions each chart's rows are read by. */
export const DASHBOARD_BREAKDOWNS = {
  hours: ['hour', 'direction', 'source'],
  days: ['date', 'direction'],
  decisions: ['decision', 'direction'],
  nationalities: ['nationality', 'direction'],
  ageSex: ['age_group', 'age_band', 'sex'],
} as const satisfies Record<string, readonly Dimension[]>;

/**
 * The dashboard's rows of `scope` (a checkpoint's code, or null for all) from the counts its dates'
 * protections are made of (`days`, the shown date among them), so that what partners are sent is
 * one snapshot: the distinct people and the emergencies' totals are read on their own.
 */
export function dashboardRowsOf(
  days: readonly DateCounts[],
  date: string,
  scope: string | null,
): Omit<DashboardRows, 'people' | 'emergencies'> {
  const inScope = (checkpoint: string | undefined) => scope === null || checkpoint === scope;
  const of = (d: DateCounts) => d.rows.filter((r) => inScope(r.dims.checkpoint));
  const shown = days.find((d) => d.date === date);
  const rows = shown === undefined ? [] : of(shown);
  const b = DASHBOARD_BREAKDOWNS;
  const needs = new Map<string, { crossed: number; refused: number; held: number }>();
  for (const r of shown?.needs ?? []) {
    if (!inScope(r.checkpoint)) continue;
    const n = needs.get(r.vulnerability) ?? { crossed: 0, refused: 0, held: 0 };
    needs.set(r.vulnerability, {
      crossed: n.crossed + r.crossed,
      refused: n.refused + r.refused,
      held: n.held + r.held,
    });
  }
  return {
    date,
    hours: sumBy(rows, b.hours),
    days: days.flatMap((d) =>
      sumBy(of(d), ['direction']).map((r) => ({ ...r, dims: { date: d.date, ...r.dims } })),
    ),
    decisions: sumBy(rows, b.decisions),
    nationalities: sumBy(rows, b.nationalities),
    ageSex: sumBy(rows, b.ageSex),
    vulnerabilities: [...needs]
      .filter(([, n]) => n.crossed + n.refused + n.held > 0)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([vulnerability, n]) => ({ vulnerability, ...n })),
  };
}

/** The four figures a day's headline (and each emergency's) leads with. */
export const HEADLINE = ['entries', 'exits', 'refused', 'held'] as const;
export type Headline = (typeof HEADLINE)[number];

/** The keys of the dashboard's figures: one figure two panels show has one key. */
export const dashboardKey = {
  crossedOf: (direction: string): Headline => (direction === 'entry' ? 'entries' : 'exits'),
  hour: (hour: string, direction: string) => `hour:${hour}:${direction}`,
  day: (date: string, direction: string, shown: string) =>
    date === shown ? dashboardKey.crossedOf(direction) : `day:${date}:${direction}`,
  decision: (decision: string) =>
    decision === 'refused' || decision === 'held' ? decision : `decision:${decision}`,
  nationality: (code: string) => `nationality:${code}`,
  otherNationalities: 'nationalities:other',
  age: (group: string, band: string, sex: string) => `age:${group}:${band}:${sex}`,
  vulnerability: (name: string) => `vulnerability:${name}`,
  people: (direction: string) => `people:${direction}`,
  peopleCrossings: (direction: string) => `people-crossings:${direction}`,
  emergency: (index: number, figure: Headline) => `emergency:${index}:${figure}`,
} as const;

/** Where a dashboard figure is published from: a figure of a date's protection, by figureKey. */
export interface FigureSource {
  readonly date: string;
  readonly key: string;
}

export interface DashboardFigureValues {
  readonly values: ReadonlyMap<string, number>;
  /**
   * The figure of a date each key shows, as the date's protection keys it; the keys it lacks (distinct
   * people, the crossings since an emergency) are the dashboard's own, in no sum with another figure.
   */
  readonly sources: ReadonlyMap<string, FigureSource>;
}

export function dashboardFigures(rows: DashboardRows): DashboardFigureValues {
  const values = new Map<string, number>();
  const sources = new Map<string, FigureSource>();
  const add = (key: string, n: number, source?: string, date = rows.date) => {
    values.set(key, (values.get(key) ?? 0) + n);
    if (source !== undefined) sources.set(key, { date, key: source });
  };
  const crossed = (filters: Record<string, string>) => figureKey('crossed', filters);
  for (const direction of DASHBOARD_DIRECTIONS)
    add(dashboardKey.crossedOf(direction), 0, crossed({ direction }));
  add('refused', 0, figureKey('refused'));
  add('held', 0, figureKey('held'));

  for (const r of rows.hours) {
    const direction = r.dims.direction ?? '';
    const hour = r.dims.hour ?? '';
    add(dashboardKey.hour(hour, direction), r.crossed, crossed({ direction, hour }));
    add(dashboardKey.crossedOf(direction), r.crossed);
    add('refused', r.refused);
    add('held', r.held);
  }
  for (const r of rows.days) {
    const date = r.dims.date ?? '';
    const direction = r.dims.direction ?? '';
    if (date !== rows.date)
      add(dashboardKey.day(date, direction, rows.date), r.crossed, crossed({ direction }), date);
  }
  for (const r of rows.decisions) {
    const decision = r.dims.decision ?? 'unknown';
    const key = dashboardKey.decision(decision);
    if (key === decision) continue; // refused and held: the headline's own figures
    add(key, r.crossed + r.refused + r.held, crossed({ decision }));
  }
  nationalityFigures(rows.nationalities, add);
  for (const r of rows.ageSex) {
    const { age_group: group = 'unknown', age_band: band = 'unknown', sex = 'unknown' } = r.dims;
    add(dashboardKey.age(group, band, sex), r.crossed, crossed({ age: ageRowOf(group, band), sex }));
  }
  for (const r of rows.vulnerabilities) {
    add(
      dashboardKey.vulnerability(r.vulnerability),
      r.crossed + r.refused + r.held,
      figureKey('needs', { vulnerability: r.vulnerability }),
    );
  }
  for (const p of rows.people) {
    add(dashboardKey.people(p.direction), p.people);
    add(
      dashboardKey.peopleCrossings(p.direction),
      p.crossings,
      crossed({ direction: p.direction, source: 'registered' }),
    );
  }
  rows.emergencies.forEach((e, i) => {
    for (const figure of HEADLINE) add(dashboardKey.emergency(i, figure), 0);
    for (const r of e.totals) {
      const direction = r.dims.direction ?? '';
      if (direction === 'entry' || direction === 'exit') {
        add(dashboardKey.emergency(i, dashboardKey.crossedOf(direction)), r.crossed);
      }
      add(dashboardKey.emergency(i, 'refused'), r.refused);
      add(dashboardKey.emergency(i, 'held'), r.held);
    }
  });
  return { values, sources };
}

/**
 * The figures as published, for `scope` (a checkpoint's code, or null for all of them): each as the
 * protection of its date publishes it (`dates` by date: the shown date, the days before, and every
 * day since each emergency was declared), so that the dashboard withholds what the situation report
 * and the export withhold. The totals since an emergency are sums over its days, published from what
 * those days publish (since-declared.ts); the distinct people are in no sum a reader can check.
 *
 * Only figures above 0 are sent (the page reads a figure it is not sent as 0): a key sent with 0
 * would say that a row was there all the same, one of people refused or held only, and with it the
 * hour, the day or the age and sex of a refusal. A figure above 0 is never published as 0, so which
 * keys are sent says nothing the figures do not.
 */
export function publishDashboard(
  rows: DashboardRows,
  dates: ReadonlyMap<string, ProtectedDate>,
  scope: string | null,
): Record<string, Published> {
  const { values, sources } = dashboardFigures(rows);
  const own = suppress(values, []);
  const published = new Map<string, Published>();
  for (const [key, n] of values) {
    if (n === 0) continue;
    const source = sources.get(key);
    const date = source && dates.get(source.date);
    published.set(key, source && date ? date.figure(scope, source.key) : (own.get(key) ?? 0));
  }
  rows.emergencies.forEach((e, i) => {
    const n = (figure: Headline) => values.get(dashboardKey.emergency(i, figure)) ?? 0;
    // Without its first day (the server always gives it), only each figure's own mark.
    const known = e.since === undefined ? new Map<string, ProtectedDate>() : dates;
    const since = sinceDeclaredFigures(known, e.since ?? rows.date, rows.date, e.checkpoints ?? [], {
      entries: n('entries'),
      exits: n('exits'),
      total: n('entries') + n('exits'),
      refused: n('refused'),
      held: n('held'),
    });
    for (const figure of HEADLINE)
      if (n(figure) > 0) published.set(dashboardKey.emergency(i, figure), since[figure]);
  });
  // Distinct people are at most the registered crossings they made: beside those withheld, a number
  // of people would bound them from below and, with the day's sums, could pin a small figure down
  // (34 exits, 1 to 4 of them tallied, 33 people: 33 registered, 1 tallied). So where the registered
  // crossings are withheld, the people are too, as `small` or withheld by their own size.
  for (const direction of DASHBOARD_DIRECTIONS) {
    const people = dashboardKey.people(direction);
    const n = values.get(people) ?? 0;
    if (n > 0 && typeof published.get(dashboardKey.peopleCrossings(direction)) !== 'number')
      published.set(people, n <= 4 ? 'small' : 'withheld');
  }
  return Object.fromEntries(published);
}

// The nationalities named (the largest first, as the date's protection names them), the rest as one figure.
function nationalityFigures(
  rows: readonly FigureRow[],
  add: (key: string, n: number, source?: string) => void,
): void {
  const byCode = new Map<string, number>();
  for (const r of rows) {
    const code = r.dims.nationality ?? 'unknown';
    byCode.set(code, (byCode.get(code) ?? 0) + r.crossed);
  }
  const named = namedNationalities(byCode, DASHBOARD_NATIONALITIES);
  for (const code of named) {
    add(dashboardKey.nationality(code), byCode.get(code) ?? 0, figureKey('crossed', { nationality: code }));
  }
  const other = figureKey('crossed', { nationality: othersOf(DASHBOARD_NATIONALITIES) });
  for (const [code, n] of byCode) {
    if (n > 0 && !named.includes(code)) add(dashboardKey.otherNationalities, n, other);
  }
}
