// A crossing's travel group (`group`, as sent or as last corrected) in a column of its own, kept with
// the event's other state, and indexed where set. Care finds a family's members by it: they were found
// by reading the text of every crossing stored for the group's id, once for each family shown (about a
// second each with a million events, while every booth's request waited). The groups of the crossings
// stored before are read from their JSON here.
import { type Kysely, sql } from 'kysely';
import type { Dialect } from './index';

export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  await db.schema.alterTable('crossing_event').addColumn('group_id', 'text').execute();
  // The fields after corrections when corrected, else the event as sent; a group is a text.
  const current = sql`CASE WHEN fields IS NOT NULL AND fields <> '' THEN fields ELSE body END`;
  const group =
    dialect === 'sqlite'
      ? sql`CASE WHEN json_type(${current}, '$.group') = 'text' THEN json_extract(${current}, '$.group') END`
      : sql`CASE WHEN jsonb_typeof((${current})::jsonb -> 'group') = 'string'
          THEN (${current})::jsonb ->> 'group' END`;
  await sql`UPDATE crossing_event SET group_id = ${group}
    WHERE kind = 'crossing' AND (body LIKE '%"group"%' OR fields LIKE '%"group"%')`.execute(db);
  await db.schema
    .createIndex('crossing_event_group')
    .on('crossing_event')
    .column('group_id')
    .where(sql.ref('group_id'), 'is not', null)
    .execute();
}
