// Two indexes that only ever look up the rows where their column is set: a correction's target
// (corrections are a few in a hundred events) and the person a record was merged into (a merge is a
// reviewer's decision, rare). Indexed only where set, they stop taking an entry for every crossing
// stored, which an import of a million events and every booth's crossing paid. Both lookups ask for
// values (`corrects IN (…)`, `merged_into = …`), which both databases know cannot be null, so each
// still uses its index.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await indexOnlyWhereSet(db, {
    index: 'crossing_event_corrects',
    table: 'crossing_event',
    column: 'corrects',
  });
  await indexOnlyWhereSet(db, { index: 'person_merged_into', table: 'person', column: 'merged_into' });
}

// Drops the index and makes it again, with the same name, over the rows where its column is set.
async function indexOnlyWhereSet(
  db: Kysely<unknown>,
  { index, table, column }: { readonly index: string; readonly table: string; readonly column: string },
): Promise<void> {
  await db.schema.dropIndex(index).execute();
  await db.schema
    .createIndex(index)
    .on(table)
    .column(column)
    .where(sql.ref(column), 'is not', null)
    .execute();
}
