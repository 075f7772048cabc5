// A protection referral keeps the time its person crossed (the crossing's `at`, which no correction
// changes), and the queue reads it from an index. The humanitarian queue and the supervisor's view
// list open referrals by that time, the longest waiting first: they took it from each referral's
// crossing, so SQLite joined and sorted every open referral to show the first page (1.6 s with
// 400,000 open, every booth's request waiting meanwhile). Closed ones are listed most recently
// closed first, from an index that only closed referrals enter. The index by status and opening time
// served no list and goes.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('protection_referral')
    .addColumn('arrived_at', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await sql`UPDATE protection_referral SET arrived_at = (
      SELECT ce.at FROM crossing_event ce WHERE ce.id = protection_referral.event_id)`.execute(db);
  await db.schema
    .createIndex('protection_referral_queue')
    .on('protection_referral')
    .columns(['status', 'arrived_at', 'id'])
    .execute();
  await db.schema
    .createIndex('protection_referral_place_queue')
    .on('protection_referral')
    .columns(['checkpoint_id', 'status', 'arrived_at', 'id'])
    .execute();
  await db.schema
    .createIndex('protection_referral_closed')
    .on('protection_referral')
    // The status leads although only closed ones enter: SQLite then searches this index by it.
    .columns(['status', 'closed_at', 'id'])
    .where(sql.ref('status'), '=', sql.lit('closed'))
    .execute();
  await db.schema.dropIndex('protection_referral_status').execute();
}
