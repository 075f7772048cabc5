// A long import on SQLite: its commits need not each wait for the disk. Each batch still commits
// whole (a crash loses no half batch, and re-running the import applies only what is missing);
// what changes is when the log reaches the disk: at the end, once, before the import reports.
import { setTimeout as sleep } from 'node:timers/promises';
import { SqliteAdapter, sql } from 'kysely';
import type { Executor } from './executor';

/** Starts bulk writes on this connection; the function returned makes everything durable and ends them. */
export async function beginBulkWrites(db: Executor): Promise<() => Promise<void>> {
  if (!(db.getExecutor().adapter instanceof SqliteAdapter)) return async () => undefined;
  // NORMAL: a commit goes to the write-ahead log without a flush. A checkpoint every 100,000 pages
  // (about 400 MB of log) instead of every 1,000 keeps the database file from being rewritten and
  // flushed at nearly every batch.
  await sql`PRAGMA synchronous = NORMAL`.execute(db);
  await sql`PRAGMA wal_autocheckpoint = 100000`.execute(db);
  return async () => {
    await sql`PRAGMA synchronous = FULL`.execute(db);
    await sql`PRAGMA wal_autocheckpoint = 1000`.execute(db);
    // A checkpoint flushes the log, then copies it into the database file and flushes that.
    await sql`PRAGMA wal_checkpoint(FULL)`.execute(db);
  };
}

// Long enough for a server asking for the lock every millisecond (db.ts) to take it; a million-event
// import makes 500 such pauses, about a second in all.
const PAUSE_MS = 2;

/**
 * Between two of a bulk writer's transactions on SQLite: a pause in which a server on the same file,
 * waiting for the write lock, takes it. Without it the import took the lock back within microseconds
 * of each commit, and the server's writes waited for the whole import. PostgreSQL locks rows, not
 * the database: nothing to wait for there.
 */
export async function letOthersWrite(db: Executor): Promise<void> {
  if (db.getExecutor().adapter instanceof SqliteAdapter) await sleep(PAUSE_MS);
}
