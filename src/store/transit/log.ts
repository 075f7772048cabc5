// The convoy's log: events appended in order, each checked against the picture of the log before it,
// and the maintained picture (each passenger's state, the convoy's status and stop) moved in the same
// transaction. The recount folds the log from the manifest and must always equal what is maintained.

import {
  appendToLog,
  type ConvoyEvent,
  ConvoyEventSchema,
  type ConvoyPicture,
  childrenLeftAlone,
  type LoggedEvent,
  type PassengerState,
  replayConvoy,
  type SequenceProblemCode,
} from '../../domain/transit';
import { canonical } from '../audit';
import type { Executor } from '../executor';
import { readStoredJson } from '../stored-json';
import { findConvoy } from './corridors';
import { readManifest } from './manifest';

export type AppendOutcome =
  | { readonly status: 'applied'; readonly picture: ConvoyPicture }
  | { readonly status: 'duplicate' }
  | { readonly status: 'conflict' }
  | { readonly status: 'not-found' }
  | { readonly status: 'problem'; readonly code: SequenceProblemCode; readonly detail: string };

const bodyOf = (event: LoggedEvent): string => {
  const { id: _id, at: _at, ...rest } = event;
  return canonical(rest);
};

export async function readLog(db: Executor, convoyId: string): Promise<LoggedEvent[]> {
  const rows = await db
    .selectFrom('convoy_event')
    .select(['id', 'at', 'body'])
    .where('convoy_id', '=', convoyId)
    .orderBy('seq')
    .execute();
  return rows.map((r) => {
    const event: ConvoyEvent = readStoredJson(r.body, ConvoyEventSchema, {
      table: 'convoy_event',
      column: 'body',
      key: r.id,
    });
    return { ...event, id: r.id, at: r.at };
  });
}

async function manifestIds(db: Executor, convoyId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('convoy_passenger')
    .select('person_id')
    .where('convoy_id', '=', convoyId)
    .orderBy('person_id')
    .execute();
  return rows.map((r) => r.person_id);
}

/** Appends one event to a convoy's log; a resend of the same event (same id and content) is applied once. */
export async function appendConvoyEvent(
  tx: Executor,
  convoyId: string,
  event: LoggedEvent,
  options: { readonly by: string | null; readonly now: string },
): Promise<AppendOutcome> {
  const body = bodyOf(event);
  const prior = await tx
    .selectFrom('convoy_event')
    .select(['convoy_id', 'body', 'at'])
    .where('id', '=', event.id)
    .executeTakeFirst();
  if (prior) {
    const same = prior.convoy_id === convoyId && prior.body === body && prior.at === event.at;
    return { status: same ? 'duplicate' : 'conflict' };
  }
  // Taking the convoy's row first serialises appends to one convoy (PostgreSQL locks the row).
  const locked = await tx
    .updateTable('convoy')
    .set((eb) => ({ event_count: eb.ref('event_count') }))
    .where('id', '=', convoyId)
    .executeTakeFirst();
  const convoy = locked.numUpdatedRows === 0n ? null : await findConvoy(tx, convoyId);
  if (!convoy) return { status: 'not-found' };
  const stops = convoy.corridor.stops;
  const log = await readLog(tx, convoyId);
  const manifest = await manifestIds(tx, convoyId);
  const before = replayConvoy(manifest, log, stops);
  if (!before.ok) throw new Error(`the log of convoy ${convoyId} does not replay: ${before.error.detail}`);
  const after = appendToLog(manifest, log, before.value, event, stops, options.now);
  if (!after.ok) return { status: 'problem', ...after.error };
  if (event.kind === 'departed') {
    const boarded = [...after.value.passengers].flatMap(([id, state]) => (state === 'boarded' ? [id] : []));
    const early = await departureBeforePasses(tx, convoyId, event.at, boarded);
    if (early) return { status: 'problem', ...early };
  }
  const alone = await childAloneRefusal(tx, convoyId, event, before.value, after.value);
  if (alone) return { status: 'problem', ...alone };
  await tx
    .insertInto('convoy_event')
    .values({
      id: event.id,
      convoy_id: convoyId,
      seq: log.length + 1,
      kind: event.kind,
      at: event.at,
      body,
      recorded_by: options.by,
      received_at: options.now,
    })
    .execute();
  await writePicture(tx, convoyId, before.value, after.value, log.length + 1);
  return { status: 'applied', picture: after.value };
}

// The passes of the convoy's passengers are signed with their window and read offline: a departure
// before the start of any pass still in force of someone on board would send them down the road with
// a pass every checkpoint reads as "not yet valid" (one pass valid earlier does not make up for the
// others). A pass that names nobody is counted in, since nobody can say it stays behind. Passes
// issued after a departure are valid from it (passWindow).
async function departureBeforePasses(
  tx: Executor,
  convoyId: string,
  at: string,
  boarded: readonly string[],
): Promise<{ readonly code: SequenceProblemCode; readonly detail: string } | null> {
  const last = await tx
    .selectFrom('travel_pass as p')
    .leftJoin('pass_revocation as r', 'r.pass_id', 'p.id')
    .select((eb) => eb.fn.max('p.valid_from').as('validFrom'))
    .where('p.convoy_id', '=', convoyId)
    .where('r.pass_id', 'is', null)
    .where((eb) =>
      boarded.length === 0
        ? eb('p.person_id', 'is', null)
        : eb.or([eb('p.person_id', 'is', null), eb('p.person_id', 'in', boarded)]),
    )
    .executeTakeFirst();
  const validFrom = last?.validFrom ?? null;
  if (validFrom === null || Date.parse(at) >= Date.parse(validFrom)) return null;
  return {
    code: 'sequence.departed-before-passes',
    detail: `Passes of people on board are valid from ${validFrom}: a departure at ${at} would leave them not yet valid on the road.`,
  };
}

// A departure without the adult who did not board, or an adult leaving while their child stays on
// board, leaves a child travelling without an adult of their family: recorded only with what was
// arranged for the child (childAloneReason), as the booth records why an officer decided otherwise.
// A correction can do the same (annulling a child's leaving after their adult left, or an arrival
// after an adult left on the way) and is held to the same rule.
async function childAloneRefusal(
  tx: Executor,
  convoyId: string,
  event: LoggedEvent,
  before: ConvoyPicture,
  after: ConvoyPicture,
): Promise<{ readonly code: SequenceProblemCode; readonly detail: string } | null> {
  if (event.kind !== 'departed' && event.kind !== 'left' && event.kind !== 'correction') return null;
  if (event.childAloneReason !== undefined) return null;
  // Ages on the step's local date where each rider was admitted (counting rule 5), not the UTC date:
  // late in the evening in Lima the UTC date is already the next day.
  const riders = await readManifest(tx, convoyId);
  const alone = childrenLeftAlone(riders, before, after, event.at);
  if (alone.length === 0) return null;
  return {
    code: 'sequence.child-alone',
    detail: `${alone.join(', ')} would travel on without an adult of their family: say what was arranged for them (childAloneReason).`,
  };
}

async function writePicture(
  tx: Executor,
  convoyId: string,
  before: ConvoyPicture,
  after: ConvoyPicture,
  eventCount: number,
): Promise<void> {
  const moved = new Map<PassengerState, string[]>();
  for (const [id, state] of after.passengers) {
    if (before.passengers.get(id) === state) continue;
    moved.set(state, [...(moved.get(state) ?? []), id]);
  }
  for (const [state, ids] of moved) {
    await tx
      .updateTable('convoy_passenger')
      .set({ status: state })
      .where('convoy_id', '=', convoyId)
      .where('person_id', 'in', ids)
      .execute();
  }
  await tx
    .updateTable('convoy')
    .set({ status: after.status, current_stop: after.atStop, event_count: eventCount })
    .where('id', '=', convoyId)
    .execute();
}

/** The convoy's picture as maintained, in the shape the recount gives. */
export interface PictureSummary {
  readonly status: string;
  readonly currentStop: string | null;
  readonly passengers: Readonly<Record<string, PassengerState | string>>;
}

export async function maintainedPicture(db: Executor, convoyId: string): Promise<PictureSummary | null> {
  const convoy = await db
    .selectFrom('convoy')
    .select(['status', 'current_stop'])
    .where('id', '=', convoyId)
    .executeTakeFirst();
  if (!convoy) return null;
  const rows = await db
    .selectFrom('convoy_passenger')
    .select(['person_id', 'status'])
    .where('convoy_id', '=', convoyId)
    .orderBy('person_id')
    .execute();
  return {
    status: convoy.status,
    currentStop: convoy.current_stop,
    passengers: Object.fromEntries(rows.map((r) => [r.person_id, r.status])),
  };
}

/** The picture folded anew from the manifest and the whole log, the same shape as the maintained one. */
export async function recountPicture(
  db: Executor,
  convoyId: string,
): Promise<{ summary: PictureSummary; picture: ConvoyPicture } | null> {
  const convoy = await findConvoy(db, convoyId);
  if (!convoy) return null;
  const picture = replayConvoy(
    await manifestIds(db, convoyId),
    await readLog(db, convoyId),
    convoy.corridor.stops,
  );
  if (!picture.ok) throw new Error(`the log of convoy ${convoyId} does not replay: ${picture.error.detail}`);
  return { summary: summaryOf(picture.value), picture: picture.value };
}

const summaryOf = (p: ConvoyPicture): PictureSummary => ({
  status: p.status,
  currentStop: p.atStop,
  passengers: Object.fromEntries([...p.passengers].sort(([a], [b]) => (a < b ? -1 : 1))),
});
