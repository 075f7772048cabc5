// A checkpoint's events counted again under its clock as it is now, after its time zone was corrected:
// each event's state is worked out again and its figures move from the old hour and date to the new,
// as a correction moves them. A small history in the transaction that changes the zone; a large one
// in steps, each its own transaction, with the place reached kept on the checkpoint's row so that a
// restarted server goes on from there.
import type { Executor } from '../executor';
import { loadPlaces } from './figures';
import { refreshEvents } from './state';

const STEP = 2000;

/** A place in a checkpoint's events: after the event of this time and id (null: before the first). */
export type Place = { readonly at: string; readonly id: string } | null;

// The next events of a checkpoint after `after`, in the order of their time and id, corrections left
// out: they count through the events they correct. The (checkpoint, time) index gives that order
// (ties of time sorted by id among themselves), so a step reads its events alone however long the
// checkpoint's history: in the order of ids alone, each step sorted the whole history.
export const eventsAfterQuery = (tx: Executor, checkpointId: string, after: Place, limit: number) =>
  tx
    .selectFrom('crossing_event')
    .select(['id', 'at'])
    .where('checkpoint_id', '=', checkpointId)
    .where('kind', '!=', 'correction')
    .$if(after !== null, (q) =>
      q.where((eb) => eb(eb.refTuple('at', 'id'), '>', eb.tuple(after?.at ?? '', after?.id ?? ''))),
    )
    .orderBy('at')
    .orderBy('id')
    .limit(limit);
const eventsAfter = (tx: Executor, checkpointId: string, after: Place, limit: number) =>
  eventsAfterQuery(tx, checkpointId, after, limit).execute();

/** Counts every event of the checkpoint again, in this transaction; how many. */
export async function recountCheckpoint(tx: Executor, checkpointId: string, now: string): Promise<number> {
  const { byId } = await loadPlaces(tx);
  let moved = 0;
  let after: Place = null;
  for (;;) {
    const rows = await eventsAfter(tx, checkpointId, after, STEP);
    if (rows.length > 0)
      await refreshEvents(
        tx,
        rows.map((r) => r.id),
        byId,
        now,
      );
    moved += rows.length;
    const last = rows.at(-1);
    if (rows.length < STEP || last === undefined) return moved;
    after = last;
  }
}

/** How many events (crossings and tallies) a checkpoint has: what recountCheckpoint would count. */
export async function countCheckpointEvents(db: Executor, checkpointId: string): Promise<number> {
  const row = await db
    .selectFrom('crossing_event')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('checkpoint_id', '=', checkpointId)
    .where('kind', '!=', 'correction')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * Marks the checkpoint's events to be counted again in steps (recountStep), from the first: `total`
 * is how many there are now. Events recorded meanwhile are counted under the new zone as they come.
 */
export async function startRecount(tx: Executor, checkpointId: string, total: number): Promise<void> {
  await tx
    .updateTable('checkpoint')
    .set({ recount_after: '', recount_after_at: null, recount_done: 0, recount_total: total })
    .where('id', '=', checkpointId)
    .execute();
}

export interface RecountStep {
  readonly checkpointId: string;
  readonly code: string;
  readonly done: number;
  readonly total: number;
  /** The last step: every event is counted under the new zone and the checkpoint's mark is gone. */
  readonly finished: boolean;
}

/**
 * Counts the next `limit` events of a checkpoint whose recount is under way, and keeps the place
 * reached; undefined when none is. Call it in a transaction that holds lockChainAndFigures (as
 * writeTransaction takes it), so that two servers never count one step twice.
 */
export async function recountStep(tx: Executor, now: string, limit = STEP): Promise<RecountStep | undefined> {
  const mark = await tx
    .selectFrom('checkpoint')
    .select(['id', 'code', 'recount_after', 'recount_after_at', 'recount_done', 'recount_total'])
    .where('recount_after', 'is not', null)
    .orderBy('code')
    .limit(1)
    .executeTakeFirst();
  if (mark === undefined || mark.recount_after === null) return undefined;
  const after: Place =
    mark.recount_after_at === null ? null : { at: mark.recount_after_at, id: mark.recount_after };
  const rows = await eventsAfter(tx, mark.id, after, limit);
  const ids = rows.map((r) => r.id);
  const last = rows.at(-1);
  if (ids.length > 0) await refreshEvents(tx, ids, (await loadPlaces(tx)).byId, now);
  const done = mark.recount_done + ids.length;
  // Events recorded since the start are counted too: the total grows to what was done.
  const total = Math.max(mark.recount_total, done);
  const finished = ids.length < limit;
  await tx
    .updateTable('checkpoint')
    .set(
      finished
        ? { recount_after: null, recount_after_at: null, recount_done: 0, recount_total: 0 }
        : {
            recount_after: last?.id ?? mark.recount_after,
            recount_after_at: last?.at ?? mark.recount_after_at,
            recount_done: done,
            recount_total: total,
          },
    )
    .where('id', '=', mark.id)
    .execute();
  return { checkpointId: mark.id, code: mark.code, done, total, finished };
}
