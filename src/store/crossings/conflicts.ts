// The corrections in conflict at a checkpoint: events with two or more corrections, read whole, and
// the pairs the conflict rule names (src/domain/crossings/conflicts.ts). Nothing is stored for this:
// the rule is applied to the corrections as received, so a late sync shows up at the next read.
import { type CorrectionConflict, type CorrectionSeen, conflictingCorrections } from '../../domain/crossings';
import type { Executor } from '../executor';
import { readStoredObject } from '../stored-json';
import { chunks } from './state';

export interface ConflictCorrection extends CorrectionSeen {
  readonly boothCode: string | null;
  readonly recordedBy: string | null;
  readonly offline: boolean;
  readonly note: string | null;
}

export interface ConflictRecord {
  readonly eventId: string;
  readonly eventKind: string;
  readonly eventAt: string;
  /** Every correction of the event, in the order the counting rules apply them. */
  readonly corrections: readonly ConflictCorrection[];
  readonly pairs: readonly CorrectionConflict[];
  /** The event's fields as they count now, after every correction. */
  readonly current: Readonly<Record<string, unknown>>;
}

const objectOrNull = (value: unknown): Readonly<Record<string, unknown>> | null =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;

const seenOf = (body: Readonly<Record<string, unknown>>): string | null | undefined => {
  if (!('seen' in body)) return undefined;
  return typeof body.seen === 'string' ? body.seen : null;
};

// Rule 2's order: time, then id (src/domain/crossings/counting.ts).
const byTimeThenId = (a: CorrectionSeen, b: CorrectionSeen): number =>
  Date.parse(a.at) - Date.parse(b.at) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Every correction of these events, as the conflict rule and the supervisor's view read them. */
async function correctionsOf(
  db: Executor,
  eventIds: readonly string[],
): Promise<(ConflictCorrection & { readonly corrects: string })[]> {
  const rows = await db
    .selectFrom('crossing_event as c')
    .leftJoin('booth as b', 'b.id', 'c.booth_id')
    .leftJoin('app_user as u', 'u.id', 'c.recorded_by')
    .select([
      'c.id',
      'c.at',
      'c.corrects',
      'c.body',
      'c.received_at',
      'c.offline',
      'b.code',
      'u.display_name',
    ])
    .where('c.kind', '=', 'correction')
    .where('c.corrects', 'in', eventIds)
    .execute();
  return rows.map((r) => {
    const body = readStoredObject(r.body, { table: 'crossing_event', column: 'body', key: r.id });
    return {
      id: r.id,
      corrects: r.corrects ?? '',
      at: r.at,
      receivedAt: r.received_at,
      void: body.void === true,
      set: objectOrNull(body.set),
      seen: seenOf(body),
      boothCode: r.code,
      recordedBy: r.display_name,
      offline: r.offline === 1,
      note: typeof body.note === 'string' ? body.note : null,
    };
  });
}

/**
 * Which of these corrections are in conflict now with another correction of the same event (made
 * without seeing each other, and disagreeing): the booth that sent one is told so in its answer.
 */
export async function disputedCorrections(
  db: Executor,
  corrections: readonly { readonly id: string; readonly corrects: string }[],
): Promise<ReadonlySet<string>> {
  const disputed = new Set<string>();
  const asked = new Set(corrections.map((c) => c.id));
  for (const part of chunks([...new Set(corrections.map((c) => c.corrects))], 200)) {
    const rows = await correctionsOf(db, part);
    for (const id of part) {
      for (const pair of conflictingCorrections(rows.filter((c) => c.corrects === id))) {
        for (const side of [pair.a, pair.b]) if (asked.has(side)) disputed.add(side);
      }
    }
  }
  return disputed;
}

/** Events of the checkpoint whose corrections conflict, most recently corrected first. */
export async function correctionConflicts(
  db: Executor,
  checkpointId: string,
  limit: number,
): Promise<ConflictRecord[]> {
  const targets = await db
    .selectFrom('crossing_event')
    .select((eb) => ['corrects', eb.fn.max('received_at').as('last')])
    .where('kind', '=', 'correction')
    .where('checkpoint_id', '=', checkpointId)
    .where('corrects', 'is not', null)
    .groupBy('corrects')
    .having((eb) => eb.fn.countAll(), '>', 1)
    .execute();
  const ids = targets
    .sort((a, b) => (String(a.last) < String(b.last) ? 1 : -1))
    .flatMap((t) => (t.corrects === null ? [] : [t.corrects]));
  const out: ConflictRecord[] = [];
  for (const part of chunks(ids, 200)) {
    const rows = await correctionsOf(db, part);
    const states = await db
      .selectFrom('event_state as s')
      .innerJoin('crossing_event as e', 'e.id', 's.event_id')
      .select(['s.event_id', 's.kind', 's.at', 's.fields', 's.voided', 'e.body'])
      .where('s.event_id', 'in', part)
      .execute();
    const stateOf = new Map(states.map((s) => [s.event_id, s]));
    for (const id of part) {
      const corrections = rows.filter((c) => c.corrects === id).sort(byTimeThenId);
      const pairs = conflictingCorrections(corrections);
      const state = stateOf.get(id);
      // A conflict over an event not yet arrived is listed once the event is there to be judged.
      if (pairs.length === 0 || state === undefined) continue;
      const fields = state.fields
        ? readStoredObject(state.fields, { table: 'event_state', column: 'fields', key: id })
        : readStoredObject(state.body, { table: 'crossing_event', column: 'body', key: id });
      out.push({
        eventId: id,
        eventKind: state.kind,
        eventAt: state.at,
        corrections,
        pairs,
        current: { ...fields, void: state.voided === 1 },
      });
      if (out.length >= limit) return out;
    }
  }
  return out;
}
