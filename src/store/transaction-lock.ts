// Serialises one kind of write among the Paso servers that share a PostgreSQL database: a
// transaction-scoped advisory lock, held until the transaction commits or rolls back. SQLite already
// runs one write transaction at a time, so there it does nothing.
import { PostgresAdapter, sql } from 'kysely';
import type { Executor } from './executor';

/** Waits for, then holds until the end of `tx`, the lock named by `key` (any constant, the same on every server). */
export async function lockForTransaction(tx: Executor, key: number): Promise<void> {
  if (tx.getExecutor().adapter instanceof PostgresAdapter) {
    await sql`SELECT pg_advisory_xact_lock(${key})`.execute(tx);
  }
}
