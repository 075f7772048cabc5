// Counting rules 2 and 5 changed: a baby born in the year (or month) of its crossing, before the day a
// partial birth date is read as, is 0 years old (it was of unknown age), and a correction's field the
// event's kind does not have is not applied (a crossing's `count`, a tally's `person`). Every checkpoint
// that has events counts them again in steps in the background (as after a change of its zone, 0016),
// so that the maintained figures equal the recount under the rules as they are now.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    UPDATE checkpoint SET
      recount_after = '',
      recount_done = 0,
      recount_total = (
        SELECT count(*) FROM crossing_event e
        WHERE e.checkpoint_id = checkpoint.id AND e.kind <> 'correction'
      )
    WHERE EXISTS (SELECT 1 FROM crossing_event e WHERE e.checkpoint_id = checkpoint.id)
  `.execute(db);
}
