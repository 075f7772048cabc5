// A checkpoint's events counted again under its corrected zone, in steps in the background, when it
// has more than a request recounts. `recount_after` is the id of the last event counted again (empty
// before the first step), null when no recount is under way; done and total say how far it is.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('checkpoint').addColumn('recount_after', 'text').execute();
  await db.schema
    .alterTable('checkpoint')
    .addColumn('recount_done', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .alterTable('checkpoint')
    .addColumn('recount_total', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
}
