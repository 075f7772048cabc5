// Group commit: the writes that arrive while a transaction is committing wait, and then go together
// in the next one, written by one set of statements, so a busy checkpoint pays one disk flush and one
// round of inserts for many requests instead of one each. Each write still learns its own result, and
// a batch that fails is retried one write at a time so that one bad write cannot sink the others.
import type { Executor } from '../../store/executor';

export interface Batcher<U, R> {
  submit(unit: U): Promise<R>;
}

type Queued<U, R> = { unit: U; resolve: (value: R) => void; reject: (error: unknown) => void };

/**
 * `run` writes a batch of units in the transaction it is given and answers one result per unit.
 * `maxUnits` 1 gives each write its own transaction: the baseline the benchmark compares with.
 */
export function createBatcher<U, R>(
  db: Executor,
  run: (tx: Executor, units: readonly U[]) => Promise<R[]>,
  maxUnits = 256,
): Batcher<U, R> {
  let queue: Queued<U, R>[] = [];
  let running = false;

  async function settle(batch: readonly Queued<U, R>[]): Promise<void> {
    try {
      const results = await db.transaction().execute((tx) =>
        run(
          tx,
          batch.map((q) => q.unit),
        ),
      );
      for (const [i, q] of batch.entries()) q.resolve(results[i] as R);
    } catch (error) {
      if (batch.length === 1) {
        batch[0]?.reject(error);
        return;
      }
      for (const q of batch) await settle([q]);
    }
  }

  // A commit on SQLite holds the event loop for its disk flush; the requests that arrived meanwhile are
  // read only after it. Waiting one turn of the event loop before each batch lets them join it.
  const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

  async function drain(): Promise<void> {
    running = true;
    while (queue.length > 0) {
      if (maxUnits > 1) await nextTurn();
      const batch = queue.slice(0, maxUnits);
      queue = queue.slice(batch.length);
      await settle(batch);
    }
    running = false;
  }

  return {
    submit(unit: U): Promise<R> {
      return new Promise<R>((resolve, reject) => {
        queue.push({ unit, resolve, reject });
        if (!running) void drain();
      });
    },
  };
}
