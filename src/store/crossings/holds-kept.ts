// Only a supervisor decides on a held crossing, and says why (docs/counting.md). Online, an officer's
// correction of a held crossing, or a supervisor's without a note, is refused as it arrives. Offline
// devices and imports may send the correction before its crossing: it is kept, as every correction is,
// and when the held crossing arrives the server holds it again by a correction of its own, later than
// that one, so that the supervisor still decides, with a reason.
import { createHash } from 'node:crypto';
import { type CorrectionInput, decidesHold, lacksHoldReason } from '../../domain/crossings';
import type { Executor } from '../executor';
import { readStoredObject } from '../stored-json';
import { chunks } from './state';

// The roles whose corrections may release a hold: a supervisor, and an administrator's import.
const MAY_RELEASE: ReadonlySet<string> = new Set(['supervisor', 'admin']);

/** The id of the server's hold of a crossing that an earlier-arriving correction tried to release. */
export function keptHoldId(eventId: string): string {
  const h = createHash('sha256').update(`kept-hold:${eventId}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

// A stored correction's body as the rules on holds read it.
const asCorrection = (body: Readonly<Record<string, unknown>>) => ({
  void: body.void === true ? (true as const) : undefined,
  set: typeof body.set === 'object' && body.set !== null ? (body.set as Record<string, unknown>) : undefined,
  note: typeof body.note === 'string' ? body.note : undefined,
});

type CorrectionRow = {
  readonly id: string;
  readonly corrects: string | null;
  readonly at: string;
  readonly body: string;
  readonly recorded_by: string | null;
  readonly role: string | null;
};

/** The latest `at` (ms) of the corrections stored for each of these events that `counts` takes. */
async function latestCorrections(
  tx: Executor,
  ids: readonly string[],
  counts: (row: CorrectionRow) => boolean,
): Promise<Map<string, number>> {
  const latest = new Map<string, number>();
  for (const part of chunks(ids, 500)) {
    const rows = await tx
      .selectFrom('crossing_event as c')
      .leftJoin('app_user as u', 'u.id', 'c.recorded_by')
      .select(['c.id', 'c.corrects', 'c.at', 'c.body', 'c.recorded_by', 'u.role'])
      .where('c.kind', '=', 'correction')
      .where('c.corrects', 'in', part)
      .execute();
    for (const r of rows) {
      if (r.corrects === null || !counts(r)) continue;
      latest.set(r.corrects, Math.max(latest.get(r.corrects) ?? 0, Date.parse(r.at)));
    }
  }
  return latest;
}

// Later than the corrections before it even when a device's clock ran ahead of the server's.
const after = (now: string, last: number | undefined): string =>
  new Date(Math.max(Date.parse(now), (last ?? 0) + 1)).toISOString();

/**
 * The corrections that hold again crossings of this batch sent as held, which corrections stored
 * before them void or give another decision: from officers, who may not release a hold, or without
 * the note a decision on a hold needs (unless the crossing is another system's record, `asRecorded`).
 * Such a correction, had it come after its crossing, would have been refused whole: so the hold also
 * puts back, from the crossing as sent, every other field it set (its direction, the person), and the
 * figures are the same whichever came first.
 */
export async function holdsToKeep(
  tx: Executor,
  held: readonly {
    readonly id: string;
    readonly checkpoint: string;
    readonly fields: Readonly<Record<string, unknown>>;
  }[],
  now: string,
  asRecorded = false,
): Promise<CorrectionInput[]> {
  const crossingOf = new Map(held.map((h) => [h.id, h]));
  const setBy = new Map<string, Set<string>>();
  const latest = await latestCorrections(tx, [...crossingOf.keys()], (r) => {
    if (r.recorded_by === null || r.corrects === null) return false;
    const body = readStoredObject(r.body, { table: 'crossing_event', column: 'body', key: r.id });
    const correction = asCorrection(body);
    if (!decidesHold(correction)) return false;
    const mayRelease = MAY_RELEASE.has(r.role ?? '') && (asRecorded || !lacksHoldReason(correction));
    if (mayRelease) return false;
    const keys = setBy.get(r.corrects) ?? new Set<string>();
    const set = body.set;
    if (typeof set === 'object' && set !== null) for (const key of Object.keys(set)) keys.add(key);
    setBy.set(r.corrects, keys);
    return true;
  });
  return [...latest].map(([id, last]) => {
    const crossing = crossingOf.get(id);
    const restored = [...(setBy.get(id) ?? [])].flatMap((key) => {
      const value = crossing?.fields[key];
      return key === 'decision' || value === undefined ? [] : [[key, value] as const];
    });
    return {
      kind: 'correction',
      id: keptHoldId(id),
      at: after(now, last),
      checkpoint: crossing?.checkpoint ?? '',
      corrects: id,
      set: { ...Object.fromEntries(restored), decision: 'held' },
    };
  });
}

/**
 * When each of these crossings was last held by a correction (a supervisor's call, screening's hold,
 * the server's kept hold): a decision dated before it was made without knowing of that hold.
 */
export async function heldSince(tx: Executor, ids: readonly string[]): Promise<Map<string, string>> {
  const latest = await latestCorrections(tx, ids, (r) => {
    const set = readStoredObject(r.body, { table: 'crossing_event', column: 'body', key: r.id }).set;
    return typeof set === 'object' && set !== null && (set as Record<string, unknown>).decision === 'held';
  });
  return new Map([...latest].map(([id, at]) => [id, new Date(at).toISOString()]));
}

/**
 * When the hold screening makes of each of these crossings takes effect: now, or just after the
 * latest correction already stored for it, whoever made it. None was made knowing of the watchlist
 * hit, so none may release the hold by being dated after it (a device's clock a little ahead).
 */
export async function screeningHoldTimes(
  tx: Executor,
  ids: readonly string[],
  now: string,
): Promise<Map<string, string>> {
  const latest = await latestCorrections(tx, ids, () => true);
  return new Map(ids.map((id) => [id, after(now, latest.get(id))]));
}
