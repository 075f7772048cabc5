// Every figure the situation dashboard shows, by key, worked out from its rows once for the server and
// the browser alike, with the sums a reader can check between them. Partners (roles without exact
// figures) are sent these figures as published (small cells suppressed, suppression.ts), never the rows.
import type { FigureRow } from '../crossings';
import { type Line, type Published, publishFigures } from './suppression';

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
  readonly emergencies: readonly { readonly totals: readonly FigureRow[] }[];
}

export const DASHBOARD_DIRECTIONS = ['entry', 'exit'] as const;

/** The four figures a day's headline (and each emergency's) leads with. */
export const HEADLINE = ['entries', 'exits', 'refused', 'held'] as const;
export type Headline = (typeof HEADLINE)[number];

// How many nationalities the chart names; the rest are one bar.
const NATIONALITIES_NAMED = 8;

const CROSSED_DECISIONS = ['admitted', 'admitted-transit', 'referred-protection', 'unknown'];

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

// Entries and exits together: shown nowhere, but any reader can add the two.
const CROSSED = 'crossed';

export interface DashboardFigureValues {
  readonly values: ReadonlyMap<string, number>;
  /** The sums a reader can check between figures shown (or worked out from them). */
  readonly lines: readonly Line[];
}

export function dashboardFigures(rows: DashboardRows): DashboardFigureValues {
  const values = new Map<string, number>();
  const add = (key: string, n: number) => values.set(key, (values.get(key) ?? 0) + n);
  for (const figure of HEADLINE) add(figure, 0);

  const byHour: Record<string, string[]> = { entries: [], exits: [] };
  for (const r of rows.hours) {
    const total = dashboardKey.crossedOf(r.dims.direction ?? '');
    const key = dashboardKey.hour(r.dims.hour ?? '', r.dims.direction ?? '');
    if (!values.has(key)) byHour[total]?.push(key);
    add(key, r.crossed);
    add(total, r.crossed);
    add('refused', r.refused);
    add('held', r.held);
  }
  for (const r of rows.days) {
    const date = r.dims.date ?? '';
    if (date !== rows.date) add(dashboardKey.day(date, r.dims.direction ?? '', rows.date), r.crossed);
  }
  const crossedByDecision = new Set<string>();
  for (const r of rows.decisions) {
    const decision = r.dims.decision ?? 'unknown';
    const key = dashboardKey.decision(decision);
    if (key === decision) continue; // refused and held: the headline's own figures
    add(key, r.crossed + r.refused + r.held);
    if (CROSSED_DECISIONS.includes(decision)) crossedByDecision.add(key);
  }
  const byNationality = nationalityFigures(rows.nationalities, values);
  const byAge = new Set<string>();
  for (const r of rows.ageSex) {
    const { age_group: group, age_band: band, sex } = r.dims;
    const key = dashboardKey.age(group ?? 'unknown', band ?? 'unknown', sex ?? 'unknown');
    add(key, r.crossed);
    byAge.add(key);
  }
  for (const r of rows.vulnerabilities) {
    add(dashboardKey.vulnerability(r.vulnerability), r.crossed + r.refused + r.held);
  }
  for (const p of rows.people) {
    add(dashboardKey.people(p.direction), p.people);
    add(dashboardKey.peopleCrossings(p.direction), p.crossings);
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

  // Today's hours add up to its entries and its exits, the two to what crossed, and each breakdown of
  // what crossed (by decision, nationality, age and sex) to the same.
  const lines: Line[] = [
    { total: CROSSED, members: ['entries', 'exits'] },
    { total: 'entries', members: byHour.entries ?? [] },
    { total: 'exits', members: byHour.exits ?? [] },
    { total: CROSSED, members: [...crossedByDecision] },
    { total: CROSSED, members: byNationality },
    { total: CROSSED, members: [...byAge] },
  ];
  return { values, lines: lines.filter((l) => l.members.length > 0) };
}

/** The figures as published: 1 to 4 people `small`, and those that would give one away `withheld`. */
export function publishDashboard(rows: DashboardRows): Record<string, Published> {
  const { values, lines } = dashboardFigures(rows);
  // The headline is what the page leads with: a breakdown gives up its own figures, and entries and
  // exits their sum (shown nowhere), before those.
  const published = publishFigures(values, lines, new Set(HEADLINE));
  return Object.fromEntries([...values.keys()].map((key) => [key, published(key)]));
}

// The nationalities named (the largest first) and the rest as one figure; gives the keys set.
function nationalityFigures(rows: readonly FigureRow[], values: Map<string, number>): string[] {
  const byCode = new Map<string, number>();
  for (const r of rows) {
    const code = r.dims.nationality ?? 'unknown';
    byCode.set(code, (byCode.get(code) ?? 0) + r.crossed);
  }
  const sorted = [...byCode]
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const keys: string[] = [];
  for (const [code, n] of sorted.slice(0, NATIONALITIES_NAMED)) {
    const key = dashboardKey.nationality(code);
    values.set(key, n);
    keys.push(key);
  }
  const rest = sorted.slice(NATIONALITIES_NAMED).reduce((n, [, v]) => n + v, 0);
  if (rest > 0) {
    values.set(dashboardKey.otherNationalities, rest);
    keys.push(dashboardKey.otherNationalities);
  }
  return keys;
}
