// Serialises one kind of write among the Paso servers that share a PostgreSQL database: a
// transaction-scoped advisory lock, held until the transaction commits or rolls back. SQLite already
// runs one write transaction at a time, so there it does nothing.
import { type Kysely, PostgresAdapter, sql, type Transaction } from 'kysely';
import type { Executor } from './executor';
import type { Database } from './schema';

/** Waits for, then holds until the end of `tx`, the lock named by `key` (any constant, the same on every server). */
export async function lockForTransaction(tx: Executor, key: number): Promise<void> {
  if (tx.getExecutor().adapter instanceof PostgresAdapter) {
    await sql`SELECT pg_advisory_xact_lock(${key})`.execute(tx);
  }
}

// Any constant will do; it only has to be the same for every Paso server on one database.
const CHAIN_AND_FIGURES_LOCK_KEY = 7_410_2025;

/**
 * The lock of the audit chain's appends and of the events, their states and the figures kept from
 * them. A transaction that changes the figures reads an event's state, then writes it and the
 * difference: taken before that read, a second server's transaction waits and then sees the first
 * one's work. One lock for both, so that a transaction that counts and then audits, and one that
 * audits alone, never wait for each other in opposite orders. A transaction may take it again.
 */
export const lockChainAndFigures = (tx: Executor): Promise<void> =>
  lockForTransaction(tx, CHAIN_AND_FIGURES_LOCK_KEY);

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
