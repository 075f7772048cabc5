// Read queries behind the crossings' views: a checkpoint by its code, recent tallies, who recorded
// what at which booth, held cases and today's maintained figures (protection referrals: referrals.ts).
import { sql } from 'kysely';
import type { Executor } from '../executor';
import { type EventFields, readFields } from './event-fields';
import { type HoldFacts, holdFacts } from './held';

export interface CheckpointRef {
  readonly id: string;
  readonly code: string;
  readonly name: string;
  readonly timeZone: string;
}

export type { EventFields };

// PostgreSQL answers sums as bigint text; SQLite as numbers.
const num = (value: unknown): number => Number(value ?? 0);

export async function findCheckpointByCode(db: Executor, code: string): Promise<CheckpointRef | null> {
  const row = await db
    .selectFrom('checkpoint')
    .select(['id', 'code', 'name', 'time_zone'])
    .where('code', '=', code)
    .executeTakeFirst();
  return row ? { id: row.id, code: row.code, name: row.name, timeZone: row.time_zone } : null;
}

// Events as they count now (event_state), with their body and the booth they were recorded at: what
// the tallies and the held cases list.
function eventsAtBooths(db: Executor) {
  return db
    .selectFrom('event_state as es')
    .innerJoin('crossing_event as ce', 'ce.id', 'es.event_id')
    .leftJoin('booth as b', 'b.id', 'ce.booth_id')
    .select(['es.event_id', 'es.at', 'es.direction', 'es.fields', 'ce.body', 'b.code as booth_code']);
}

type EventAtBoothRow = Awaited<ReturnType<ReturnType<typeof eventsAtBooths>['execute']>>[number];

const atBooth = (r: EventAtBoothRow) => ({
  at: r.at,
  direction: r.direction,
  fields: readFields(r.fields, r.body, r.event_id),
  boothCode: r.booth_code,
});

export interface TallyRecord {
  readonly id: string;
  readonly at: string;
  readonly direction: string | null;
  readonly fields: EventFields;
  readonly boothCode: string | null;
}

/** Un-voided tallies at a checkpoint since an instant, newest first. */
export async function recentTallies(
  db: Executor,
  checkpointId: string,
  since: string,
  direction: string | undefined,
): Promise<TallyRecord[]> {
  let query = eventsAtBooths(db)
    .where('es.kind', '=', 'tally')
    .where('es.voided', '=', 0)
    .where('es.checkpoint_id', '=', checkpointId)
    .where('es.at', '>=', since);
  if (direction !== undefined) query = query.where('es.direction', '=', direction);
  const rows = await query.orderBy('es.at', 'desc').orderBy('es.event_id', 'desc').execute();
  return rows.map((r) => ({ id: r.event_id, ...atBooth(r) }));
}

export interface OfficerActivity {
  readonly boothId: string | null;
  readonly userId: string;
  readonly displayName: string;
  readonly lastAt: string;
}

/** Who recorded events at each booth of a checkpoint since an instant, and when they last did. */
export async function officersAtBooths(
  db: Executor,
  checkpointId: string,
  since: string,
): Promise<OfficerActivity[]> {
  const rows = await db
    .selectFrom('crossing_event as ce')
    .innerJoin('app_user as u', 'u.id', 'ce.recorded_by')
    .select(['ce.booth_id', 'u.id', 'u.display_name', sql<string>`max(ce.at)`.as('last_at')])
    .where('ce.checkpoint_id', '=', checkpointId)
    .where('ce.at', '>=', since)
    .groupBy(['ce.booth_id', 'u.id', 'u.display_name'])
    .orderBy('u.display_name')
    .execute();
  return rows.map((r) => ({
    boothId: r.booth_id,
    userId: r.id,
    displayName: r.display_name,
    lastAt: r.last_at,
  }));
}

export interface ActivityRecord {
  readonly boothId: string | null;
  readonly at: string;
  readonly kind: string;
  readonly crossed: number;
  readonly refused: number;
  readonly held: number;
}

/** What each counted event at a checkpoint since an instant adds to the figures, with its booth. */
export async function recentActivity(
  db: Executor,
  checkpointId: string,
  since: string,
): Promise<ActivityRecord[]> {
  const rows = await db
    .selectFrom('event_state as es')
    .innerJoin('crossing_event as ce', 'ce.id', 'es.event_id')
    .select(['ce.booth_id', 'es.at', 'es.kind', 'es.crossed', 'es.refused', 'es.held'])
    .where('es.checkpoint_id', '=', checkpointId)
    .where('es.at', '>=', since)
    .where('es.voided', '=', 0)
    .execute();
  return rows.map((r) => ({
    boothId: r.booth_id,
    at: r.at,
    kind: r.kind,
    crossed: num(r.crossed),
    refused: num(r.refused),
    held: num(r.held),
  }));
}

export interface FigureTotal {
  readonly source: string;
  readonly decision: string;
  readonly crossed: number;
  readonly refused: number;
  readonly held: number;
}

/** The maintained figures of a checkpoint (by code) on one local date, by source and decision. */
export async function figuresOn(db: Executor, checkpointCode: string, date: string): Promise<FigureTotal[]> {
  const rows = await db
    .selectFrom('crossing_count')
    .select([
      'source',
      'decision',
      sql<number>`sum(crossed)`.as('crossed'),
      sql<number>`sum(refused)`.as('refused'),
      sql<number>`sum(held)`.as('held'),
    ])
    .where('checkpoint', '=', checkpointCode)
    .where('date', '=', date)
    .groupBy(['source', 'decision'])
    .execute();
  return rows.map((r) => ({
    source: r.source,
    decision: r.decision,
    crossed: num(r.crossed),
    refused: num(r.refused),
    held: num(r.held),
  }));
}

export interface HeldRecord {
  readonly eventId: string;
  readonly at: string;
  readonly direction: string | null;
  readonly fields: EventFields;
  readonly boothCode: string | null;
  readonly recordedBy: string | null;
  /** What set the hold and where the person's watchlist matches stand. */
  readonly hold: HoldFacts;
}

// The held crossings of a checkpoint, oldest first, read from their own index (0023): `held` is
// written into the query, not bound, so that SQLite knows the index covers it. Through the
// checkpoint's (checkpoint, time) index, SQLite read every crossing of the checkpoint to find the
// few held (0.9 s with a million events, in the supervisor's view that reloads every 30 s).
export const heldQuery = (db: Executor, checkpointId: string, limit: number) =>
  eventsAtBooths(db)
    .leftJoin('app_user as u', 'u.id', 'ce.recorded_by')
    .select('u.display_name')
    .where('es.checkpoint_id', '=', checkpointId)
    .where('es.kind', '=', 'crossing')
    .where('es.decision', '=', sql.lit('held'))
    .where('es.voided', '=', 0)
    .orderBy('es.at')
    .orderBy('es.event_id')
    .limit(limit);

/** How many crossings at a checkpoint are still held: the people waiting there for a supervisor. */
export async function countHeld(db: Executor, checkpointId: string): Promise<number> {
  // The filters of heldQuery, so that the count is of the cases the view lists, through the same index.
  const row = await db
    .selectFrom('event_state as es')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('es.checkpoint_id', '=', checkpointId)
    .where('es.kind', '=', 'crossing')
    .where('es.decision', '=', sql.lit('held'))
    .where('es.voided', '=', 0)
    .executeTakeFirst();
  return num(row?.n);
}

/** Crossings at a checkpoint whose decision is still "held", oldest first. */
export async function heldCrossings(
  db: Executor,
  checkpointId: string,
  limit: number,
): Promise<HeldRecord[]> {
  const rows = await heldQuery(db, checkpointId, limit).execute();
  const facts = await holdFacts(
    db,
    rows.map((r) => ({ eventId: r.event_id, checkpointId })),
  );
  return rows.flatMap((r) => {
    const hold = facts.get(r.event_id);
    return hold ? [{ eventId: r.event_id, ...atBooth(r), recordedBy: r.display_name, hold }] : [];
  });
}
