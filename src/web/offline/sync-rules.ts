// The sync loop's rules as plain functions: which records go in the next batch, what leaves the outbox
// after the server's answer, how long to wait after a failed send, and when a record dated after the
// server's clock goes again.
import { type EventOutcome, FUTURE_TOLERANCE_MS, type PasoEvent } from '../../api/events';

/** Events per request; the server takes up to 1000, a smaller batch answers sooner on a slow link. */
export const BATCH_SIZE = 250;

/** Waits before sending again after failed sends, growing to the last (then staying there). */
export const RETRY_MS = [1_000, 2_000, 5_000, 10_000, 30_000, 60_000] as const;

/**
 * How long a send may go unanswered before it is given up, as if no server answered: a link that takes
 * the request and never answers would otherwise hold the loop, and every record after it, for good.
 * Long enough for a full batch on a slow link.
 */
export const SEND_TIMEOUT_MS = 60_000;

/** Why the server refused a record, as it said it: kept with the record until it is corrected. */
export type Refusal = NonNullable<EventOutcome['problem']>;

export type OutboxRecord = {
  readonly id: string;
  /** Order of making: batches go out oldest first. */
  readonly seq: number;
  readonly event: PasoEvent;
  /** Null while the record waits to be sent; the server's reason once it refused it. */
  readonly refusal: Refusal | null;
};

/** A refused record the officer set aside after reading why; still on the device. */
export type SetAsideRecord = OutboxRecord & { readonly setAsideAt: string };

/**
 * The refusal that is no fault of the record: dated more than 5 minutes after the server's clock, as the
 * device's clock ran ahead when it was made (the server answers it as a `validation` problem whose one
 * error is this). Such a record is not refused for good: it waits on the device, unchanged (the booth
 * does not move times it cannot know), and goes again once the server's clock has reached it. An
 * officer's work is never lost to a clock.
 */
export const AHEAD_CODE = 'event.in-future';

/** Whether a refusal is only that the record is dated after the server's clock. */
export const isAheadRefusal = (refusal: Refusal | null | undefined): boolean =>
  refusal !== null &&
  refusal !== undefined &&
  (refusal.errors.length === 0
    ? refusal.code === AHEAD_CODE
    : refusal.errors.every((e) => e.code === AHEAD_CODE));

/** Whether the server refused the record only because it is dated after its clock. */
export const isAhead = (record: Pick<OutboxRecord, 'refusal'>): boolean => isAheadRefusal(record.refusal);

/** Whether an answer refused its record only because it is dated after the server's clock. */
export const isAheadOutcome = (outcome: EventOutcome): boolean =>
  outcome.status === 'problem' && isAheadRefusal(outcome.problem);

// Past the server's tolerance, a minute more: its clock is known to the second (the Date header) and
// the record takes a moment on the way.
const AHEAD_MARGIN_MS = 60_000;

/** When, on the server's clock (ms), the server takes a record it refused as dated after its clock. */
export function acceptedFrom(event: Pick<PasoEvent, 'at'>): number {
  return Date.parse(event.at) - FUTURE_TOLERANCE_MS + AHEAD_MARGIN_MS;
}

/**
 * The bounds of the wait before the records dated ahead go again: at least a minute (a clock learnt
 * wrong must not send them in a loop), at most an hour (a timer cannot wait for ever, and the wait is
 * worked out again from the clock as then known).
 */
export const AHEAD_WAIT_MS = { min: 60_000, max: 3_600_000 } as const;

/**
 * How long to wait before sending again the records dated ahead, given the server's clock now (ms):
 * until the first of them is taken, within AHEAD_WAIT_MS; null when there is none.
 */
export function aheadDelay(records: readonly OutboxRecord[], serverNow: number): number | null {
  let first = Number.POSITIVE_INFINITY;
  for (const record of records) if (isAhead(record)) first = Math.min(first, acceptedFrom(record.event));
  if (first === Number.POSITIVE_INFINITY) return null;
  return Math.min(AHEAD_WAIT_MS.max, Math.max(AHEAD_WAIT_MS.min, first - serverNow));
}

/**
 * The oldest records still to send: refused ones wait for the officer, not for the network; those
 * dated ahead of the server's clock go too when `withAhead` (a try the server's clock may now allow).
 */
export function nextBatch(
  records: readonly OutboxRecord[],
  size: number = BATCH_SIZE,
  withAhead = false,
): OutboxRecord[] {
  return records
    .filter((r) => r.refusal === null || (withAhead && isAhead(r)))
    .sort((a, b) => a.seq - b.seq)
    .slice(0, size);
}

export type Settlement = {
  /** Records the server has (applied now or before): they leave the outbox. */
  readonly done: readonly string[];
  /** Records the server read and refused: they stay, with the reason, for the officer. */
  readonly refused: ReadonlyArray<{ readonly id: string; readonly refusal: Refusal }>;
  /** Records the answer did not speak of: they stay and go again in a later batch. */
  readonly unanswered: readonly string[];
};

const UNEXPLAINED: Refusal = { code: 'event.refused', title: 'Refused', detail: '', errors: [] };

/**
 * What the server's outcomes mean for a batch. An outcome counts for a record only when both its index
 * and its id match the record: an answer that does not line up with the batch leaves the record in.
 */
export function settle(batch: readonly OutboxRecord[], outcomes: readonly EventOutcome[]): Settlement {
  const done: string[] = [];
  const refused: { id: string; refusal: Refusal }[] = [];
  const unanswered: string[] = [];
  batch.forEach((record, index) => {
    const outcome = outcomes.find((o) => o.index === index && o.id === record.id);
    if (outcome === undefined) {
      unanswered.push(record.id);
      return;
    }
    switch (outcome.status) {
      case 'applied':
      case 'duplicate':
        done.push(record.id);
        return;
      case 'problem':
        refused.push({ id: record.id, refusal: outcome.problem ?? UNEXPLAINED });
        return;
      default: {
        const unknown: never = outcome.status;
        throw new Error(`unknown outcome status ${String(unknown)}`);
      }
    }
  });
  return { done, refused, unanswered };
}

/** How long to wait after `failures` failed sends in a row (1 for the first). */
export function retryDelay(failures: number): number {
  const step = Math.max(0, Math.min(failures, RETRY_MS.length) - 1);
  return RETRY_MS[step] ?? 60_000;
}
