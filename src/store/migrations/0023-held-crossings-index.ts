// The crossings held (a screening hit or a supervisor's call, until a decision replaces it) in an index
// of their own, by checkpoint and time: the supervisor's view lists a checkpoint's held crossings,
// oldest first, every 30 s. Without it SQLite read every crossing of the checkpoint through its
// (checkpoint, time) index to find the few held (0.9 s with a million events, every booth waiting).
// Only held crossings take an entry, so recording any other decision costs nothing more.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex('crossing_event_held')
    .on('crossing_event')
    .columns(['checkpoint_id', 'at', 'id'])
    .where(sql.ref('decision'), '=', sql.lit('held'))
    .execute();
}
