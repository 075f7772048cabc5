// Setting up a crossing: checkpoints made and changed, booths opened, renamed and retired. The one
// path the API and `paso checkpoint` share, so both apply the same rules and audit the same way.
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type {
  CreateBoothBody,
  CreateCheckpointBody,
  UpdateBoothBody,
  UpdateCheckpointBody,
} from '../../api/reference';
import { countCheckpointEvents, recountCheckpoint, startRecount } from '../../store/crossings';
import type { Executor } from '../../store/executor';
import {
  type Booth,
  type Checkpoint,
  findCheckpoint,
  insertBooth,
  insertCheckpoint,
  updateBooth,
  updateCheckpoint,
} from '../../store/reference';
import type { Database } from '../../store/schema';
import { writeTransaction } from '../../store/transaction-lock';
import type { AuditWriter } from '../audit/record';
import { Problem } from '../problems';

type Made<T> = { readonly value: T; readonly created: boolean };

async function existing(tx: Executor, code: string): Promise<Checkpoint> {
  const found = await findCheckpoint(tx, code);
  if (!found) throw new Problem('checkpoint.not-found', `No checkpoint has the code ${code}.`);
  return found;
}

/**
 * Makes a checkpoint with its first booths, or answers the one a resend (same id, same code) made.
 * Throws checkpoint.exists when another has the code.
 */
export async function createCheckpoint(
  db: Kysely<Database>,
  body: z.output<typeof CreateCheckpointBody>,
  ctx: { readonly now: Date; readonly newId: () => string; readonly audit: AuditWriter },
): Promise<Made<Checkpoint>> {
  return lostRaceAs(db, body.code, undefined, () => makeCheckpoint(db, body, ctx));
}

/**
 * Runs a write that checks a code is free before it takes it. Two requests for one code at the same
 * instant (several servers on one PostgreSQL) can both find it free; the database's unique index then
 * refuses the second, which is answered as the check would have: the code is taken.
 */
async function lostRaceAs<T>(
  db: Kysely<Database>,
  code: string,
  booth: string | undefined,
  write: () => Promise<T>,
): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof Problem) throw error;
    const now = await findCheckpoint(db, code);
    if (booth === undefined && now) throw new Problem('checkpoint.exists', `The code ${code} is taken.`);
    if (booth !== undefined && now?.booths.some((b) => b.code === booth)) {
      throw new Problem('booth.exists', `${code} already has a booth ${booth}.`);
    }
    throw error;
  }
}

async function makeCheckpoint(
  db: Kysely<Database>,
  body: z.output<typeof CreateCheckpointBody>,
  ctx: { readonly now: Date; readonly newId: () => string; readonly audit: AuditWriter },
): Promise<Made<Checkpoint>> {
  return writeTransaction(db, async (tx) => {
    const taken = await findCheckpoint(tx, body.code);
    if (taken && body.id !== undefined && taken.id === body.id) return { value: taken, created: false };
    if (taken) throw new Problem('checkpoint.exists', `The code ${body.code} is taken.`);
    const codes = body.booths.map((b) => b.code);
    const twice = codes.find((c, i) => codes.indexOf(c) !== i);
    if (twice !== undefined) throw new Problem('booth.exists', `The booth ${twice} is given twice.`);
    const id = body.id ?? ctx.newId();
    const booths = body.booths.map((b) => ({ id: b.id ?? ctx.newId(), code: b.code, name: b.name }));
    await insertCheckpoint(tx, { ...body, id, booths }, ctx.now.toISOString());
    await ctx.audit(tx, {
      action: 'checkpoint.create',
      entityType: 'checkpoint',
      entityId: id,
      detail: {
        code: body.code,
        name: body.name,
        country: body.country,
        latitude: body.latitude,
        longitude: body.longitude,
        timeZone: body.timeZone,
        booths: codes,
      },
    });
    return { value: await existing(tx, body.code), created: true };
  });
}

// Counting a checkpoint's events again takes about half a millisecond an event, all of it holding the
// database's write lock: up to this many (a few seconds) it is done in the request that changes the
// zone; more are counted again in the background, a step at a time (./recounts.ts).
export const RECOUNT_IN_REQUEST = 10_000;

/**
 * Changes a checkpoint's name, country, place or zone; its code stays. A new zone recounts the
 * checkpoint's events under it: in the same transaction when there are at most `recountUpTo`,
 * otherwise in the background from the next step of ./recounts.ts (the answer's `recount` says how
 * far); a zone changed again while that runs starts it again under the newest. Throws
 * checkpoint.not-found.
 */
export async function changeCheckpoint(
  db: Kysely<Database>,
  code: string,
  change: z.output<typeof UpdateCheckpointBody>,
  audit: AuditWriter,
  recountUpTo = RECOUNT_IN_REQUEST,
): Promise<Checkpoint> {
  return writeTransaction(db, async (tx) => {
    const before = await existing(tx, code);
    // Hours and dates are the checkpoint's own (counting rule 4): a corrected zone moves what was counted.
    const rezoned = change.timeZone !== undefined && change.timeZone !== before.timeZone;
    const events = rezoned ? await countCheckpointEvents(tx, before.id) : 0;
    await updateCheckpoint(tx, before.id, change);
    const inRequest = events <= recountUpTo;
    if (rezoned && inRequest) await recountCheckpoint(tx, before.id, new Date().toISOString());
    // A recount under way starts again from the first event, under the newest zone.
    if (rezoned && !inRequest) await startRecount(tx, before.id, events);
    await audit(tx, {
      action: 'checkpoint.update',
      entityType: 'checkpoint',
      entityId: before.id,
      detail: {
        code,
        before: {
          name: before.name,
          country: before.country,
          latitude: before.latitude,
          longitude: before.longitude,
          timeZone: before.timeZone,
        },
        change,
        ...(rezoned && inRequest && { eventsRecounted: events }),
        ...(rezoned && !inRequest && { eventsToRecount: events }),
      },
    });
    return existing(tx, code);
  });
}

/** Opens a booth at a checkpoint. Throws checkpoint.not-found, or booth.exists when the code is taken there. */
export async function addBooth(
  db: Kysely<Database>,
  code: string,
  body: z.output<typeof CreateBoothBody>,
  ctx: { readonly newId: () => string; readonly audit: AuditWriter },
): Promise<Made<Booth>> {
  return lostRaceAs(db, code, body.code, () =>
    writeTransaction(db, async (tx) => {
      const checkpoint = await existing(tx, code);
      const taken = checkpoint.booths.find((b) => b.code === body.code);
      if (taken && body.id !== undefined && taken.id === body.id) return { value: taken, created: false };
      if (taken) throw new Problem('booth.exists', `${code} already has a booth ${body.code}.`);
      const booth = { id: body.id ?? ctx.newId(), code: body.code, name: body.name };
      await insertBooth(tx, checkpoint.id, booth);
      await ctx.audit(tx, {
        action: 'booth.create',
        entityType: 'checkpoint',
        entityId: checkpoint.id,
        detail: { checkpoint: code, booth: body.code, name: body.name },
      });
      return { value: { ...booth, retired: false }, created: true };
    }),
  );
}

/**
 * Renames a booth, retires it or puts it back in use. A retired booth is never deleted: the events
 * recorded at it keep their place. Throws checkpoint.not-found or booth.not-found.
 */
export async function changeBooth(
  db: Kysely<Database>,
  code: string,
  boothCode: string,
  change: z.output<typeof UpdateBoothBody>,
  ctx: { readonly now: Date; readonly audit: AuditWriter },
): Promise<Booth> {
  return writeTransaction(db, async (tx) => {
    const checkpoint = await existing(tx, code);
    const before = checkpoint.booths.find((b) => b.code === boothCode);
    if (!before) throw new Problem('booth.not-found', `${code} has no booth ${boothCode}.`);
    const retiring = change.retired !== undefined && change.retired !== before.retired;
    await updateBooth(
      tx,
      before.id,
      { name: change.name, ...(retiring && { retired: change.retired }) },
      ctx.now.toISOString(),
    );
    await ctx.audit(tx, {
      action: retiring ? (change.retired ? 'booth.retire' : 'booth.reinstate') : 'booth.update',
      entityType: 'checkpoint',
      entityId: checkpoint.id,
      detail: {
        checkpoint: code,
        booth: boothCode,
        before: { name: before.name, retired: before.retired },
        change,
      },
    });
    const after = (await existing(tx, code)).booths.find((b) => b.id === before.id);
    return after ?? before;
  });
}
