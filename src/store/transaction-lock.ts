// Serialises writes among the transactions of one server's pool and of the Paso servers that share a
// PostgreSQL database: a transaction-scoped advisory lock, held until the transaction commits or
// rolls back. SQLite already runs one write transaction at a time (BEGIN IMMEDIATE, src/store/db.ts),
// so there it does nothing.
import { type Kysely, PostgresAdapter, sql, type Transaction } from 'kysely';
import type { Executor } from './executor';
import type { Database } from './schema';

// Any constant will do; it only has to be the same for every Paso server on one database.
const CHAIN_AND_FIGURES_LOCK_KEY = 7_410_2025;

/**
 * The lock of the audit chain's appends and of the events, their states and the figures kept from
 * them. A transaction that changes the figures reads an event's state, then writes it and the
 * difference: taken before that read, a second server's transaction waits and then sees the first
 * one's work. One lock for both, so that a transaction that counts and then audits, and one that
 * audits alone, never wait for each other in opposite orders. A transaction may take it again.
 */
export async function lockChainAndFigures(tx: Executor): Promise<void> {
  if (tx.getExecutor().adapter instanceof PostgresAdapter) {
    await sql`SELECT pg_advisory_xact_lock(${CHAIN_AND_FIGURES_LOCK_KEY})`.execute(tx);
  }
}

/**
 * A transaction that reads what it then changes (a hit still open, a link's state, a pass not yet
 * revoked, the policy's version): on PostgreSQL it first takes lockChainAndFigures, so that two such
 * transactions, from one server's pool or from two servers, run one after the other as on SQLite,
 * where the second then sees what the first committed. Its audit entry takes the same lock again.
 */
export function writeTransaction<T>(
  db: Kysely<Database>,
  work: (tx: Transaction<Database>) => Promise<T>,
): Promise<T> {
  return db.transaction().execute(async (tx) => {
    await lockChainAndFigures(tx);
    return work(tx);
  });
}

// Another constant: held through a whole start, whose own transactions take the lock above.
const START_LOCK_KEY = 7_410_2026;

/**
 * Runs what a server does to the database once at start, after migrating it (the demo's seed and
 * refresh, the first administrator), while one connection of its own holds a session-level advisory
 * lock on PostgreSQL: servers that start at once on one database do it one after the other, and each
 * later one finds what the first did. The work runs on the pool as usual. SQLite's file has one
 * server, and its transactions run one at a time: there it only runs the work.
 */
export async function oneStartAtATime<T>(db: Kysely<Database>, work: () => Promise<T>): Promise<T> {
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return work();
  return db.connection().execute(async (held) => {
    await sql`SELECT pg_advisory_lock(${START_LOCK_KEY})`.execute(held);
    try {
      return await work();
    } finally {
      await sql`SELECT pg_advisory_unlock(${START_LOCK_KEY})`.execute(held);
    }
  });
}
