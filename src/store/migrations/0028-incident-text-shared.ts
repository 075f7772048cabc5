// Whether an incident's description, and each note of its log, may be read by humanitarian partners:
// said by whoever writes the text, kept with it. Officers' texts name arrests and prosecutors' cases
// ("detenido por requisitoria"), so a text is the staff's until its writer shares it: every incident
// and log entry stored before this stays unshared (0).
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('incident')
    .addColumn('description_shared', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  // The log is append-only (its triggers refuse UPDATE and DELETE); adding a column is neither.
  await db.schema
    .alterTable('incident_update')
    .addColumn('note_shared', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
}
