// A long import on SQLite: its commits need not each wait for the disk. Each batch still commits
// whole (a crash loses no half batch, and re-running the import applies only what is missing);
// what changes is when the log reaches the disk: at the end, once, before the import reports.
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
