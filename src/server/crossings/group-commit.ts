// Group commit: writes that arrive while a transaction is committing wait and then share the next one,
// so that a busy checkpoint pays one disk flush for many requests instead of one each. Each write
// still learns its own result, and a write that fails is retried alone so it cannot sink the others.
import type { Executor } from '../../store/executor';

export type Work<T> = (tx: Executor) => Promise<T>;

export interface Committer {
  submit<T>(work: Work<T>): Promise<T>;
}

type Queued = { work: Work<unknown>; resolve: (value: unknown) => void; reject: (error: unknown) => void };

/** Commits each write in its own transaction: the baseline the benchmark compares with. */
export function perRequestCommitter(db: Executor): Committer {
  return { submit: (work) => db.transaction().execute(work) };
}

export function groupCommitter(db: Executor, maxBatch = 256): Committer {
  let queue: Queued[] = [];
  let running = false;

  async function runAlone(item: Queued): Promise<void> {
    try {
      item.resolve(await db.transaction().execute(item.work));
    } catch (error) {
      item.reject(error);
    }
  }

  async function drain(): Promise<void> {
    running = true;
    while (queue.length > 0) {
      const batch = queue.slice(0, maxBatch);
      queue = queue.slice(batch.length);
      if (batch.length === 1 && batch[0]) {
        await runAlone(batch[0]);
        continue;
      }
      let results: unknown[] | null = null;
      try {
        results = await db.transaction().execute(async (tx) => {
          const out: unknown[] = [];
          for (const item of batch) out.push(await item.work(tx));
          return out;
        });
      } catch {
        // One write failed and rolled the batch back: give each its own transaction and answer.
        for (const item of batch) await runAlone(item);
      }
      if (results) {
        for (const [i, item] of batch.entries()) item.resolve(results[i]);
      }
    }
    running = false;
  }

  return {
    submit<T>(work: Work<T>): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        queue.push({ work, resolve: resolve as (value: unknown) => void, reject });
        if (!running) void drain();
      });
    },
  };
}
