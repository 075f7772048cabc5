// A checkpoint's events counted again under its clock as it is now, after its time zone was corrected:
// each event's state is worked out again and its figures move from the old hour and date to the new,
// as a correction moves them. A small history in the transaction that changes the zone; a large one
// in steps, each its own transaction, with the place reached kept on the checkpoint's row so that a
// restarted server goes on from there.
import type { Executor } from '../executor';
import { pagesById } from '../pages-by-id';
import { loadPlaces } from './figures';
import { refreshEvents } from './state';

const STEP = 2000;

// The next events of a checkpoint after `after` (ids in order), corrections left out: they count
// through the events they correct.
const eventsAfter = (tx: Executor, checkpointId: string, after: string, limit: number) =>
  tx
    .selectFrom('crossing_event')
    .select('id')
    .where('checkpoint_id', '=', checkpointId)
    .where('kind', '!=', 'correction')
    .where('id', '>', after)
    .orderBy('id')
    .limit(limit)
    .execute();

/** Counts every event of the checkpoint again, in this transaction; how many. */
export async function recountCheckpoint(tx: Executor, checkpointId: string, now: string): Promise<number> {
  const { byId } = await loadPlaces(tx);
  let moved = 0;
  for await (const rows of pagesById((after, limit) => eventsAfter(tx, checkpointId, after, limit), STEP)) {
    const ids = rows.map((r) => r.id);
    await refreshEvents(tx, ids, byId, now);
    moved += ids.length;
  }
  return moved;
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
    .set({ recount_after: '', recount_done: 0, recount_total: total })
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
    .select(['id', 'code', 'recount_after', 'recount_done', 'recount_total'])
    .where('recount_after', 'is not', null)
    .orderBy('code')
    .limit(1)
    .executeTakeFirst();
  if (mark === undefined || mark.recount_after === null) return undefined;
  const ids = (await eventsAfter(tx, mark.id, mark.recount_after, limit)).map((r) => r.id);
  if (ids.length > 0) await refreshEvents(tx, ids, (await loadPlaces(tx)).byId, now);
  const done = mark.recount_done + ids.length;
  // Events recorded since the start are counted too: the total grows to what was done.
  const total = Math.max(mark.recount_total, done);
  const finished = ids.length < limit;
  await tx
    .updateTable('checkpoint')
    .set(
      finished
        ? { recount_after: null, recount_done: 0, recount_total: 0 }
        : { recount_after: ids.at(-1) ?? mark.recount_after, recount_done: done, recount_total: total },
    )
    .where('id', '=', mark.id)
    .execute();
  return { checkpointId: mark.id, code: mark.code, done, total, finished };
}
