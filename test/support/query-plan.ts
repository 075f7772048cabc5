// SQLite's plan of a query, for the tests that a read takes its index (and does not sort the history):
// one line a step, as EXPLAIN QUERY PLAN gives them.
import { type Compilable, CompiledQuery, type Kysely } from 'kysely';
import type { Database } from '../../src/store/schema';

export async function sqlitePlan(db: Kysely<Database>, query: Compilable): Promise<string> {
  const compiled = query.compile();
  const plan = await db.executeQuery<{ detail: string }>(
    CompiledQuery.raw(`EXPLAIN QUERY PLAN ${compiled.sql}`, [...compiled.parameters]),
  );
  return plan.rows.map((r) => r.detail).join('\n');
}
