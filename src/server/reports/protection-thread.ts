// Dates are protected in a worker thread of the process's own, never on the thread that serves the
// booths. Protecting a busy date takes from a tenth of a second to seconds (the bounds rounds' linear
// programs, src/domain/reports/suppression.ts), and the partners' dashboard, the situation report,
// the totals since a declaration and the export all ask for it; on the serving thread every booth's
// request waited meanwhile. Protection is a function of the date's counts alone, so one thread serves
// every server of the process (a test process starts many) and is started at the first request. It
// answers in the order it is asked; a request the thread could not answer (it died) fails, and the
// next request starts another thread.
import {
  type DateCounts,
  type ProtectedDate,
  type ProtectedDateData,
  protectedDateOf,
} from '../../domain/reports';
import { type Protocol, startWorker, type WorkerHandle } from '../jobs/worker';

export interface ProtectionProtocol extends Protocol {
  readonly input: null;
  readonly toMain:
    | { readonly type: 'protected'; readonly id: number; readonly days: ProtectedDateData[] }
    | { readonly type: 'failed'; readonly id: number; readonly message: string };
  readonly toWorker: { readonly id: number; readonly counts: readonly DateCounts[] };
}

/** Protects dates, each from its counts, in the order given. */
export type ProtectDates = (counts: readonly DateCounts[]) => Promise<ProtectedDate[]>;

const PROTECTION_WORKER = new URL('./protection-worker.ts', import.meta.url);

interface Waiting {
  resolve(days: ProtectedDate[]): void;
  reject(error: Error): void;
}

let thread: {
  readonly worker: WorkerHandle<ProtectionProtocol>;
  readonly waiting: Map<number, Waiting>;
} | null = null;
let nextId = 0;

function started() {
  if (thread !== null) return thread;
  const waiting = new Map<number, Waiting>();
  const worker = startWorker<ProtectionProtocol>(PROTECTION_WORKER, null, {
    message(m) {
      const asked = waiting.get(m.id);
      if (asked === undefined) return;
      waiting.delete(m.id);
      // An idle thread keeps no process alive: a command ends once its answers are in.
      if (waiting.size === 0) worker.keepAlive(false);
      if (m.type === 'protected') asked.resolve(m.days.map(protectedDateOf));
      else asked.reject(new Error(`protecting dates failed: ${m.message}`));
    },
    ended(error) {
      if (thread?.worker === worker) thread = null;
      const why = error ?? new Error('the protection thread ended');
      for (const asked of waiting.values()) asked.reject(why);
      waiting.clear();
    },
  });
  thread = { worker, waiting };
  return thread;
}

/** The dates of `counts` protected, in their order, by the process's protection thread. */
export const protectDates: ProtectDates = (counts) => {
  if (counts.length === 0) return Promise.resolve([]);
  const { worker, waiting } = started();
  const id = nextId++;
  return new Promise((resolve, reject) => {
    waiting.set(id, { resolve, reject });
    worker.keepAlive(true);
    worker.post({ id, counts });
  });
};

/** Stops the protection thread (what it was asked and has not answered fails); the next request starts one. */
export async function stopProtectionThread(): Promise<void> {
  const stopping = thread;
  thread = null;
  await stopping?.worker.stop();
}
