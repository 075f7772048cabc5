// The sync loop's rules as plain functions: which records go in the next batch, what leaves the outbox
// after the server's answer, and how long to wait after a failed send.
import type { EventOutcome, PasoEvent } from '../../api/events';

/** Events per request; the server takes up to 1000, a smaller batch answers sooner on a slow link. */
export const BATCH_SIZE = 250;

/** Waits before sending again after failed sends, growing to the last (then staying there). */
export const RETRY_MS = [1_000, 2_000, 5_000, 10_000, 30_000, 60_000] as const;

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

/** The oldest records still to send: refused ones wait for the officer, not for the network. */
export function nextBatch(records: readonly OutboxRecord[], size: number = BATCH_SIZE): OutboxRecord[] {
  return records
    .filter((r) => r.refusal === null)
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
