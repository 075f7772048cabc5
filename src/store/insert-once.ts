// Writes that are idempotent by key: a row whose key is stored already (a resend, or another writer
// that won the race) is left as it is, and the caller is told so rather than given an error.
import type { Insertable } from 'kysely';
import type { Executor } from './executor';
import type { Database } from './schema';

/** Inserts the row unless one with the same `key` is stored; true when this call inserted it. */
export async function insertOnce<T extends keyof Database & string>(
  db: Executor,
  table: T,
  key: keyof Database[T] & string,
  row: Insertable<Database[T]>,
): Promise<boolean> {
  const result = await db
    .insertInto(table)
    .values(row as never)
    .onConflict((oc) => oc.column(key as never).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}
