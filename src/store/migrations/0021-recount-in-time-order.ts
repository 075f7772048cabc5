// A recount's steps go through a checkpoint's events in the order of their time and id, which the
// checkpoint's (checkpoint, time) index gives, instead of in the order of their id, which no index of
// a checkpoint's events gives: each step sorted the checkpoint's whole history to find the next few
// (1.3 s a step with a million events, every booth's request waiting behind it). The place reached is
// now the last event's time (this column) and id (`recount_after`). A recount under way starts again
// from its first event: its place was an id in the old order, and counting an event again changes
// nothing.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('checkpoint').addColumn('recount_after_at', 'text').execute();
  await sql`UPDATE checkpoint SET recount_after = '', recount_done = 0
    WHERE recount_after IS NOT NULL AND recount_after <> ''`.execute(db);
}
