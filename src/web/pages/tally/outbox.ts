// The tally's outbox: events wait here until POST /api/events has them. One request at a time; what
// is added meanwhile goes in the next batch. A failed send keeps every event and tries again later;
// the queue is kept in the browser's storage too, so a reload or a lost session loses no press.
import { type EventOutcome, type PasoEvent, parseEvent } from '../../../api/events';
import type { ApiResult } from '../../api/client';
import type { ApiProblem } from '../../api/problem';

// The server takes up to 1000 events a request.
const BATCH = 1000;
// Waits before sending again after a failure, growing to the last.
const RETRY_MS = [2_000, 5_000, 10_000, 30_000] as const;

export interface Refused {
  readonly event: PasoEvent;
  readonly outcome: EventOutcome;
}

export interface OutboxState {
  /** Events not yet accepted by the server, in the order they were made (those in flight included). */
  readonly pending: readonly PasoEvent[];
  readonly sending: boolean;
  /** Why the last send failed; null once a send succeeds. */
  readonly problem: ApiProblem | null;
  /** Events the server read and refused: sending them again would not help. */
  readonly refused: readonly Refused[];
}

export const EMPTY_OUTBOX: OutboxState = { pending: [], sending: false, problem: null, refused: [] };

export interface OutboxOptions {
  readonly send: (events: readonly PasoEvent[]) => Promise<ApiResult<readonly EventOutcome[]>>;
  readonly storage: Pick<Storage, 'getItem' | 'setItem'> | null;
  readonly key: string;
  readonly onChange: (state: OutboxState) => void;
  /** Runs `run` after `ms`; answers a function that cancels it. */
  readonly schedule: (run: () => void, ms: number) => () => void;
}

export interface Outbox {
  add(event: PasoEvent): void;
  /** Sends now whatever waits (a retry the user asked for, or the first send after a reload). */
  flush(): void;
  /** Stops for good: no more sends, saves or changes (the page went away). */
  stop(): void;
}

/** The events kept in storage, each read again with the event schema; unreadable ones are left out. */
function readStored(storage: OutboxOptions['storage'], key: string): PasoEvent[] {
  const text = storage?.getItem(key) ?? null;
  if (text === null) return [];
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    // Storage written by something else under our key: nothing of ours to recover.
    return [];
  }
  if (!Array.isArray(value)) return [];
  return value.flatMap((item) => {
    const parsed = parseEvent(item);
    return parsed.ok ? [parsed.value] : [];
  });
}

export function createOutbox(options: OutboxOptions): Outbox {
  const queue = readStored(options.storage, options.key);
  let state: OutboxState = { ...EMPTY_OUTBOX, pending: [...queue] };
  let sending = false;
  let failures = 0;
  let cancelRetry: (() => void) | null = null;
  let stopped = false;

  const publish = (patch: Partial<OutboxState>) => {
    if (stopped) return;
    state = { ...state, ...patch, pending: [...queue], sending };
    options.onChange(state);
  };
  const save = () => {
    if (stopped) return;
    try {
      options.storage?.setItem(options.key, JSON.stringify(queue));
    } catch (error) {
      // Storage full or refused (a private window): the queue still lives in memory and is sent.
      console.warn('the tally outbox could not be kept in storage', error);
    }
  };

  async function flush(): Promise<void> {
    if (stopped || sending || queue.length === 0) return;
    cancelRetry?.();
    cancelRetry = null;
    const batch = queue.slice(0, BATCH);
    sending = true;
    publish({});
    const result = await options.send(batch);
    sending = false;
    if (stopped) return;
    if (!result.ok) {
      const wait = RETRY_MS[Math.min(failures, RETRY_MS.length - 1)] ?? 30_000;
      failures += 1;
      cancelRetry = options.schedule(() => void flush(), wait);
      publish({ problem: result.error });
      return;
    }
    failures = 0;
    queue.splice(0, batch.length);
    save();
    const refused = result.value.flatMap((outcome) => {
      const event = batch[outcome.index];
      return outcome.status === 'problem' && event !== undefined ? [{ event, outcome }] : [];
    });
    publish({
      problem: null,
      refused: refused.length === 0 ? state.refused : [...state.refused, ...refused],
    });
    if (queue.length > 0) await flush();
  }

  return {
    add(event) {
      if (stopped) return;
      queue.push(event);
      save();
      publish({});
      void flush();
    },
    flush() {
      void flush();
    },
    stop() {
      stopped = true;
      cancelRetry?.();
    },
  };
}
