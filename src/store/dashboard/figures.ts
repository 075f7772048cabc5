// The dashboard's figures, read from the maintained rollups (crossing_count, vulnerability_count) and
// the events' current state: one function per chart, and readDashboard for all of them at once.
import type { Dimension, FigureRow } from '../../domain/crossings';
import { DASHBOARD_BREAKDOWNS } from '../../domain/reports';
import { addDays } from '../../domain/shared';
import { loadPlaces, readFigures } from '../crossings';
import type { Executor } from '../executor';

export interface DashboardQuery {
  /** The local date shown (YYYY-MM-DD). */
  readonly date: string;
  /** How many days the comparison covers, the date included (1–31). */
  readonly days: number;
  readonly checkpoint?: string | undefined;
}

export interface VulnerabilityRow {
  readonly vulnerability: string;
  readonly direction: string;
  readonly crossed: number;
  readonly refused: number;
  readonly held: number;
}

export interface PeopleRow {
  readonly direction: string;
  /** Distinct persons after confirmed duplicate merges: never added to crossings. */
  readonly people: number;
  /** The registered crossings those people made (counted as crossed). */
  readonly crossings: number;
}

export interface Dashboard {
  readonly date: string;
  readonly from: string;
  readonly hours: FigureRow[];
  readonly days: FigureRow[];
  readonly decisions: FigureRow[];
  readonly nationalities: FigureRow[];
  readonly ageSex: FigureRow[];
  readonly vulnerabilities: VulnerabilityRow[];
  readonly people: PeopleRow[];
}

export const {
  hours: HOURS_BY,
  days: DAYS_BY,
  decisions: DECISIONS_BY,
  nationalities: NATIONALITIES_BY,
  ageSex: AGE_SEX_BY,
} = DASHBOARD_BREAKDOWNS;

/** The first date of the comparison: `days` days ending on `date`. */
export const firstDay = (date: string, days: number): string => addDays(date, 1 - days);

const onDay = (q: DashboardQuery, by: readonly Dimension[]) => ({
  from: q.date,
  to: q.date,
  checkpoint: q.checkpoint,
  by,
});

export const readHours = (db: Executor, q: DashboardQuery) => readFigures(db, onDay(q, HOURS_BY));
export const readDecisions = (db: Executor, q: DashboardQuery) => readFigures(db, onDay(q, DECISIONS_BY));
export const readNationalities = (db: Executor, q: DashboardQuery) =>
  readFigures(db, onDay(q, NATIONALITIES_BY));
export const readAgeSex = (db: Executor, q: DashboardQuery) => readFigures(db, onDay(q, AGE_SEX_BY));
export const readDays = (db: Executor, q: DashboardQuery) =>
  readFigures(db, { from: firstDay(q.date, q.days), to: q.date, checkpoint: q.checkpoint, by: DAYS_BY });

export async function readVulnerabilities(db: Executor, q: DashboardQuery): Promise<VulnerabilityRow[]> {
  let query = db
    .selectFrom('vulnerability_count')
    .select((eb) => [
      'vulnerability',
      'direction',
      eb.fn.sum<number>('crossed').as('crossed'),
      eb.fn.sum<number>('refused').as('refused'),
      eb.fn.sum<number>('held').as('held'),
    ])
    .where('date', '=', q.date)
    .groupBy(['vulnerability', 'direction']);
  if (q.checkpoint !== undefined) query = query.where('checkpoint', '=', q.checkpoint);
  const rows = await query.execute();
  return sortVulnerabilities(
    rows.map((r) => ({
      vulnerability: r.vulnerability,
      direction: r.direction,
      crossed: Number(r.crossed),
      refused: Number(r.refused),
      held: Number(r.held),
    })),
  );
}

export const sortVulnerabilities = (rows: VulnerabilityRow[]): VulnerabilityRow[] =>
  rows
    .filter((r) => r.crossed !== 0 || r.refused !== 0 || r.held !== 0)
    .sort((a, b) =>
      a.vulnerability === b.vulnerability
        ? a.direction.localeCompare(b.direction)
        : a.vulnerability < b.vulnerability
          ? -1
          : 1,
    );

/**
 * Distinct people among the registered crossings that count as crossed on the date, by direction:
 * each person counted once, a merged duplicate under the person it was merged into (person_day,
 * maintained with the events and rebuilt by merges).
 */
export async function readPeople(db: Executor, q: DashboardQuery): Promise<PeopleRow[]> {
  const places = await loadPlaces(db);
  const codes = [...places.byCode.keys()].filter(
    (code) => q.checkpoint === undefined || code === q.checkpoint,
  );
  if (codes.length === 0) return [];
  const rows = await db
    .selectFrom('person_day')
    .select((eb) => [
      'direction',
      eb.fn.count<number>('person').distinct().as('people'),
      eb.fn.sum<number>('crossings').as('crossings'),
    ])
    .where('checkpoint', 'in', codes)
    .where('date', '=', q.date)
    .where('crossings', '>', 0)
    .groupBy('direction')
    .execute();
  return sortPeople(
    rows.map((r) => ({
      direction: r.direction,
      people: Number(r.people),
      crossings: Number(r.crossings),
    })),
  );
}

export const sortPeople = (rows: PeopleRow[]): PeopleRow[] =>
  rows.filter((r) => r.people > 0).sort((a, b) => a.direction.localeCompare(b.direction));

export async function readDashboard(db: Executor, q: DashboardQuery): Promise<Dashboard> {
  const [hours, days, decisions, nationalities, ageSex, vulnerabilities, people] = await Promise.all([
    readHours(db, q),
    readDays(db, q),
    readDecisions(db, q),
    readNationalities(db, q),
    readAgeSex(db, q),
    readVulnerabilities(db, q),
    readPeople(db, q),
  ]);
  return {
    date: q.date,
    from: firstDay(q.date, q.days),
    hours,
    days,
    decisions,
    nationalities,
    ageSex,
    vulnerabilities,
    people,
  };
}
