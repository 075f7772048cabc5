// When a person's record last followed a correction of their identity (a name, a birth date, a
// document corrected on their crossing), indexed where set. Another Paso server sharing the PostgreSQL
// database reads the people corrected since it last looked, as it reads the people registered since,
// and finds them by the corrected name at once: until now it did so only from its next start.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('person').addColumn('corrected_at', 'text').execute();
  await db.schema
    .createIndex('person_corrected')
    .on('person')
    .column('corrected_at')
    .where(sql.ref('corrected_at'), 'is not', null)
    .execute();
}
