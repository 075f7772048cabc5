// Observations of the line, kept as entered (append-only): the history of a checkpoint's queues, and
// the latest value of each kind per checkpoint and side, which is what the picture shows.
import { sql } from 'kysely';
import {
  type CheckedObservation,
  OBSERVATION_KINDS,
  type ObservationKind,
  type ObservationValues,
  type Side,
} from '../../domain/situation';
import type { Executor } from '../executor';
import { insertOnce } from '../insert-once';
import { CHECKPOINT_COLUMNS, type PlaceRef, placeOf, type UserRef, userOf } from './refs';

const COLUMN = {
  peopleWaiting: 'people_waiting',
  vehiclesQueued: 'vehicles_queued',
  trucksQueued: 'trucks_queued',
  queueKm: 'queue_km',
  waitMinutes: 'wait_minutes',
} as const satisfies Record<ObservationKind, string>;

export interface NewObservation extends CheckedObservation {
  readonly id: string;
  readonly checkpointId: string;
  readonly observerId: string | null;
  readonly recordedAt: string;
  readonly note: string | null;
  readonly demo?: boolean;
}

export interface ObservationRecord {
  readonly id: string;
  readonly checkpoint: PlaceRef;
  readonly side: Side;
  readonly observedAt: string;
  readonly recordedAt: string;
  readonly observer: UserRef | null;
  readonly values: ObservationValues;
  readonly note: string | null;
}

/** The latest value of one kind at a checkpoint and side, and the observation it comes from. */
export interface LatestObservation {
  readonly checkpoint: PlaceRef;
  readonly side: Side;
  readonly kind: ObservationKind;
  readonly value: number;
  readonly observedAt: string;
  readonly observationId: string;
  readonly observerName: string | null;
}

const asSide = (text: string): Side => (text === 'exit' ? 'exit' : 'entry');
// PostgreSQL may answer double precision as text through some drivers; numbers stay numbers.
const num = (value: unknown): number => Number(value);

function selectObservations(db: Executor) {
  return db
    .selectFrom('situation_observation as o')
    .innerJoin('checkpoint as c', 'c.id', 'o.checkpoint_id')
    .leftJoin('app_user as u', 'u.id', 'o.observer_id')
    .selectAll('o')
    .select([...CHECKPOINT_COLUMNS, 'u.display_name as observer_name']);
}

type Row = Awaited<ReturnType<ReturnType<typeof selectObservations>['execute']>>[number];

function valuesOf(row: Row): ObservationValues {
  const values: Partial<Record<ObservationKind, number>> = {};
  for (const kind of OBSERVATION_KINDS) {
    const value = row[COLUMN[kind]];
    if (value !== null) values[kind] = num(value);
  }
  return values;
}

function recordOf(row: Row): ObservationRecord {
  return {
    id: row.id,
    checkpoint: placeOf(row.checkpoint_id, row),
    side: asSide(row.side),
    observedAt: row.observed_at,
    recordedAt: row.recorded_at,
    observer: userOf(row.observer_id, row.observer_name),
    values: valuesOf(row),
    note: row.note,
  };
}

const sameContent = (a: ObservationRecord, b: NewObservation): boolean =>
  a.checkpoint.id === b.checkpointId &&
  a.side === b.side &&
  a.observedAt === b.observedAt &&
  a.note === b.note &&
  OBSERVATION_KINDS.every((k) => a.values[k] === b.values[k]);

/**
 * Keeps an observation. Idempotent by id: a resend of the same observation is `exists`, a different
 * one under a used id is `conflict` and changes nothing.
 */
export async function insertObservation(
  db: Executor,
  o: NewObservation,
): Promise<{ readonly outcome: 'created' | 'exists' | 'conflict'; readonly observation: ObservationRecord }> {
  const created = await insertOnce(db, 'situation_observation', 'id', {
    id: o.id,
    checkpoint_id: o.checkpointId,
    side: o.side,
    observed_at: o.observedAt,
    recorded_at: o.recordedAt,
    observer_id: o.observerId,
    people_waiting: o.values.peopleWaiting ?? null,
    vehicles_queued: o.values.vehiclesQueued ?? null,
    trucks_queued: o.values.trucksQueued ?? null,
    queue_km: o.values.queueKm ?? null,
    wait_minutes: o.values.waitMinutes ?? null,
    note: o.note,
    demo: o.demo ? 1 : 0,
  });
  const stored = await findObservation(db, o.id);
  if (!stored) throw new Error(`observation ${o.id} was neither stored nor found`);
  if (created) return { outcome: 'created', observation: stored };
  return { outcome: sameContent(stored, o) ? 'exists' : 'conflict', observation: stored };
}

export async function findObservation(db: Executor, id: string): Promise<ObservationRecord | null> {
  const row = await selectObservations(db).where('o.id', '=', id).executeTakeFirst();
  return row ? recordOf(row) : null;
}

export interface ObservationQuery {
  readonly checkpointId?: string | undefined;
  /** Only those observed before this instant (paging back through the history). */
  readonly before?: string | undefined;
  readonly limit: number;
}

/** The history, newest observation first. */
export async function listObservations(db: Executor, q: ObservationQuery): Promise<ObservationRecord[]> {
  let query = selectObservations(db);
  if (q.checkpointId !== undefined) query = query.where('o.checkpoint_id', '=', q.checkpointId);
  if (q.before !== undefined) query = query.where('o.observed_at', '<', q.before);
  const rows = await query
    .orderBy('o.observed_at', 'desc')
    .orderBy('o.recorded_at', 'desc')
    .orderBy('o.id', 'desc')
    .limit(q.limit)
    .execute();
  return rows.map(recordOf);
}

/**
 * Per checkpoint, side and kind, the value of the latest observation that gave one (a later
 * observation of only the trucks leaves the people waiting as last counted). Of two observations of
 * one minute, the one recorded later is the latest (a figure corrected within the minute); ties on both
 * go to the greater id, so the answer does not depend on the database.
 */
export async function latestObservations(db: Executor): Promise<LatestObservation[]> {
  const out: LatestObservation[] = [];
  for (const kind of OBSERVATION_KINDS) {
    const column = COLUMN[kind];
    const rows = await selectObservations(db)
      .where(`o.${column}`, 'is not', null)
      .where(({ not, exists, selectFrom }) =>
        not(
          exists(
            selectFrom('situation_observation as p')
              .select(sql`1`.as('one'))
              .whereRef('p.checkpoint_id', '=', 'o.checkpoint_id')
              .whereRef('p.side', '=', 'o.side')
              .where(`p.${column}`, 'is not', null)
              .where((eb) =>
                eb.or([
                  eb('p.observed_at', '>', eb.ref('o.observed_at')),
                  eb.and([
                    eb('p.observed_at', '=', eb.ref('o.observed_at')),
                    eb('p.recorded_at', '>', eb.ref('o.recorded_at')),
                  ]),
                  eb.and([
                    eb('p.observed_at', '=', eb.ref('o.observed_at')),
                    eb('p.recorded_at', '=', eb.ref('o.recorded_at')),
                    eb('p.id', '>', eb.ref('o.id')),
                  ]),
                ]),
              ),
          ),
        ),
      )
      .execute();
    for (const row of rows) {
      const record = recordOf(row);
      const value = record.values[kind];
      if (value === undefined) continue;
      out.push({
        checkpoint: record.checkpoint,
        side: record.side,
        kind,
        value,
        observedAt: record.observedAt,
        observationId: record.id,
        observerName: record.observer?.displayName ?? null,
      });
    }
  }
  return out.sort(
    (a, b) =>
      a.checkpoint.code.localeCompare(b.checkpoint.code) ||
      a.side.localeCompare(b.side) ||
      OBSERVATION_KINDS.indexOf(a.kind) - OBSERVATION_KINDS.indexOf(b.kind),
  );
}
