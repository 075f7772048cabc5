// Multi-row inserts in a few fixed sizes (powers of two), so that each table and size is compiled once
// and its statement stays prepared, instead of a new statement for every batch length. The maintained
// figures use the same with an upsert: a row whose key is there already adds its counts to that row's.
import { CompiledQuery, type Insertable, type InsertQueryBuilder, type InsertResult, sql } from 'kysely';
import type { Executor } from './executor';
import type { Database } from './schema';

// Both databases allow well over 30,000 parameters a statement (SQLite 32,766; PostgreSQL 65,535).
const MAX_PARAMETERS = 30_000;
const MAX_ROWS = 512;

const compiled = new Map<string, string>();

/**
 * The rows' values in column order, or null when a row gives other columns, in another order, or
 * `undefined`. A for-in loop over each row: V8 reads its values through the row's own key list, where
 * a lookup by each column's name was the import's costliest line of JavaScript.
 */
function valuesOf(rows: readonly object[], columns: readonly string[]): unknown[] | null {
  const width = columns.length;
  const values = new Array<unknown>(rows.length * width);
  let at = 0;
  for (const row of rows) {
    let i = 0;
    for (const key in row) {
      if (key !== columns[i]) return null;
      const value = (row as Record<string, unknown>)[key];
      if (value === undefined) return null;
      values[at++] = value;
      i += 1;
    }
    if (i !== width) return null;
  }
  return values;
}

/** The sizes a batch is cut into: the largest power of two that fits, then the next, and so on. */
export function sizesOf(total: number, columns: number): number[] {
  let largest = 1;
  while (largest * 2 <= MAX_ROWS && largest * 2 * columns <= MAX_PARAMETERS) largest *= 2;
  const sizes: number[] = [];
  let left = total;
  for (let size = largest; left > 0; ) {
    if (size <= left) {
      sizes.push(size);
      left -= size;
    } else {
      size /= 2;
    }
  }
  return sizes;
}

/**
 * An upsert that adds: a row whose `key` columns match a stored row adds its `add` columns to that
 * row's. One row per key in a call: PostgreSQL's upsert cannot touch a row twice in one statement.
 */
export interface AddOnConflict {
  readonly key: readonly string[];
  readonly add: readonly string[];
}

function finished<T extends keyof Database & string>(
  query: InsertQueryBuilder<Database, T, InsertResult>,
  table: T,
  conflict: AddOnConflict | undefined,
): InsertQueryBuilder<Database, T, InsertResult> {
  if (conflict === undefined) return query;
  const sums = Object.fromEntries(
    conflict.add.map((c) => [c, sql`${sql.ref(`${table}.${c}`)} + ${sql.ref(`excluded.${c}`)}`]),
  );
  return query.onConflict((oc) => oc.columns(conflict.key as never).doUpdateSet(sums as never));
}

/**
 * Inserts rows that each give the same columns in the same order (as the store's row builders do).
 * Rows that do not, or hold `undefined`, go through Kysely's own insert, which handles both.
 */
export async function insertMany<T extends keyof Database & string>(
  tx: Executor,
  table: T,
  rows: readonly Insertable<Database[T]>[],
  conflict?: AddOnConflict,
): Promise<void> {
  const first = rows[0];
  if (first === undefined) return;
  const columns = Object.keys(first);
  const values = valuesOf(rows, columns);
  if (values === null) return insertPlain(tx, table, rows, conflict);
  const dialect = tx.getExecutor().adapter.constructor.name;
  let start = 0;
  for (const size of sizesOf(rows.length, columns.length)) {
    const upsert = conflict ? `${conflict.key.join(',')}+${conflict.add.join(',')}` : '';
    const key = `${dialect}|${table}|${columns.join(',')}|${size}|${upsert}`;
    const parameters = values.slice(start * columns.length, (start + size) * columns.length);
    let sql = compiled.get(key);
    if (sql === undefined) {
      const query = finished(
        tx.insertInto(table).values(rows.slice(start, start + size) as never),
        table,
        conflict,
      ).compile();
      // Kept only when Kysely binds exactly these values in this order, as it does for plain rows.
      const same =
        query.parameters.length === parameters.length &&
        query.parameters.every((p, i) => p === parameters[i]);
      if (same) compiled.set(key, query.sql);
      sql = query.sql;
      if (!same) {
        await tx.executeQuery(query);
        start += size;
        continue;
      }
    }
    await tx.executeQuery(CompiledQuery.raw(sql, parameters));
    start += size;
  }
}

async function insertPlain<T extends keyof Database & string>(
  tx: Executor,
  table: T,
  rows: readonly Insertable<Database[T]>[],
  conflict: AddOnConflict | undefined,
): Promise<void> {
  for (let i = 0; i < rows.length; i += MAX_ROWS) {
    await finished(
      tx.insertInto(table).values(rows.slice(i, i + MAX_ROWS) as never),
      table,
      conflict,
    ).execute();
  }
}
