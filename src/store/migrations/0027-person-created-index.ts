// On PostgreSQL, the people by the time their record was made. Each Paso server sharing the database
// reads, once a second, the people another server registered since it last looked (decision 0002),
// and at start the newest such time: without an index both read every person (a million of them in
// the crossings benchmark's data). SQLite has one server, which reads neither, and its writes stay
// as they were.
import type { Kysely } from 'kysely';
import type { Dialect } from './index';

export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  if (dialect !== 'postgres') return;
  await db.schema.createIndex('person_created').on('person').column('created_at').execute();
}
