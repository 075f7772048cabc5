// The crossings that may make their person a convoy's candidate, in an index of their own: a standing
// transit admission (not voided) whose person consented, or whose consent a correction may have
// changed. A convoy's candidates were found by reading every transit admission ever recorded with its
// text (11 s with 415,000 of them, every booth's request waiting meanwhile). The index by decision and
// checkpoint served only that search and goes: each crossing recorded wrote it, now only those that
// may ride do.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex('crossing_event_transit_candidate')
    .on('crossing_event')
    .column('person_id')
    .where(sql<boolean>`decision = 'admitted-transit' AND voided = 0 AND (consent = 1 OR corrections > 0)`)
    .execute();
  await db.schema.dropIndex('crossing_event_decision').execute();
}
