// Two indexes that only ever look up the rows where their column is set: a correction's target
// (corrections are a few in a hundred events) and the person a record was merged into (a merge is a
// reviewer's decision, rare). Indexed only where set, they stop taking an entry for every crossing
// stored, which an import of a million events and every booth's crossing paid. Both lookups ask for
// values (`corrects IN (…)`, `merged_into = …`), which both databases know cannot be null, so each
// still uses its index.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('crossing_event_corrects').execute();
  await db.schema
    .createIndex('crossing_event_corrects')
    .on('crossing_event')
    .column('corrects')
    .where(sql.ref('corrects'), 'is not', null)
    .execute();
  await db.schema.dropIndex('person_merged_into').execute();
  await db.schema
    .createIndex('person_merged_into')
    .on('person')
    .column('merged_into')
    .where(sql.ref('merged_into'), 'is not', null)
    .execute();
}
