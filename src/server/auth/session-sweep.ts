// Deletes the sessions past their expiry, which no request can use any more (src/store/accounts
// finds only live ones): when the server starts and every quarter of an hour after, a few hundred a
// statement, each statement its own short transaction, so that a booth's write waits at most for one of
// them (SQLite has one writer), and the audit chain's lock is never taken. Servers sharing a PostgreSQL
// database each sweep; one skips the rows another is deleting at that moment.
import { setImmediate as nextTurn } from 'node:timers/promises';
import { deleteExpiredSessions } from '../../store/accounts';
import type { Executor } from '../../store/executor';

/** The part of the server's logger (pino) that sweeps report to. */
export interface SweepLog {
  info(object: { readonly sessions: number }, message: string): void;
  warn(object: { readonly err: unknown }, message: string): void;
}

export interface SessionSweeps {
  /** Deletes every session expired now, a batch at a time; says how many. One sweep at a time. */
  sweep(): Promise<number>;
  /** No more sweeps; waits for the one under way to end after its current batch. */
  stop(): Promise<void>;
}

export const SWEEP_EVERY_MS = 15 * 60_000;
export const SWEEP_BATCH = 500;

/** Sweeps at once (in the background) and then every `everyMs`. */
export function startSessionSweeps(
  db: Executor,
  log: SweepLog,
  now: () => Date,
  options: { readonly everyMs?: number; readonly batch?: number } = {},
): SessionSweeps {
  const batch = options.batch ?? SWEEP_BATCH;
  let stopped = false;
  let underWay: Promise<number> | null = null;

  const sweepAll = async (): Promise<number> => {
    const at = now();
    let deleted = 0;
    for (;;) {
      const n = await deleteExpiredSessions(db, at, batch);
      deleted += n;
      if (n < batch || stopped) break;
      // Whatever waits for the database goes first: a request is not held up by the sweep's batches.
      await nextTurn();
    }
    if (deleted > 0) log.info({ sessions: deleted }, 'expired sessions deleted');
    return deleted;
  };
  const sweep = (): Promise<number> => {
    underWay ??= sweepAll().finally(() => {
      underWay = null;
    });
    return underWay;
  };
  // A sweep that fails (the database away for a moment) is said, and the next one tries again.
  const sweepInBackground = () =>
    void sweep().catch((error: unknown) => log.warn({ err: error }, 'expired sessions not deleted'));

  sweepInBackground();
  const timer = setInterval(sweepInBackground, options.everyMs ?? SWEEP_EVERY_MS);
  // The sweeps alone do not keep the process alive.
  timer.unref();
  return {
    sweep,
    async stop() {
      stopped = true;
      clearInterval(timer);
      await underWay?.catch(() => undefined);
    },
  };
}
