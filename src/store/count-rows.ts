// How many rows a table holds.
import type { Executor } from './executor';
import type { Database } from './schema';

export async function countRows(db: Executor, table: keyof Database): Promise<number> {
  const row = await db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
