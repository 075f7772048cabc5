// Crossing, tally and correction events (append-only, as received), the current state of each
// countable event after its corrections, the maintained figures, and protection referrals.
import type { Kysely } from 'kysely';
import { appendOnly } from './append-only';
import type { Dialect } from './index';

export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  await db.schema
    .createTable('crossing_event')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('checkpoint_id', 'text', (c) => c.notNull().references('checkpoint.id'))
    .addColumn('booth_id', 'text', (c) => c.references('booth.id'))
    // UTC, ISO 8601 with milliseconds, whatever offset the event was written with.
    .addColumn('at', 'text', (c) => c.notNull())
    // A correction's target; it may name an event that has not arrived yet.
    .addColumn('corrects', 'text')
    // The event exactly as validated (JSON), and its digest: a resend must match it to be a duplicate.
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('body_hash', 'text', (c) => c.notNull())
    .addColumn('recorded_by', 'text', (c) => c.references('app_user.id'))
    .addColumn('received_at', 'text', (c) => c.notNull())
    .addColumn('offline', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('person_id', 'text', (c) => c.references('person.id'))
    .addColumn('demo', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.createIndex('crossing_event_corrects').on('crossing_event').column('corrects').execute();
  await db.schema
    .createIndex('crossing_event_place_time')
    .on('crossing_event')
    .columns(['checkpoint_id', 'at'])
    .execute();
  await db.schema.createIndex('crossing_event_time').on('crossing_event').columns(['at', 'id']).execute();

  // One row per crossing or tally event: its fields after every correction, and what it adds to the
  // figures (the cell and counts), so that a later correction can take exactly that back.
  await db.schema
    .createTable('event_state')
    .addColumn('event_id', 'text', (c) => c.primaryKey().references('crossing_event.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('checkpoint_id', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('fields', 'text', (c) => c.notNull())
    .addColumn('voided', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('decision', 'text')
    .addColumn('direction', 'text')
    .addColumn('cell', 'text')
    .addColumn('crossed', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('refused', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('held', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('corrections', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('event_state_place_time')
    .on('event_state')
    .columns(['checkpoint_id', 'at'])
    .execute();
  await db.schema
    .createIndex('event_state_decision')
    .on('event_state')
    .columns(['decision', 'checkpoint_id'])
    .execute();

  // The maintained figures: one row per cell of every dimension (docs/counting.md).
  await db.schema
    .createTable('crossing_count')
    .addColumn('checkpoint', 'text', (c) => c.notNull())
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('hour', 'text', (c) => c.notNull())
    .addColumn('direction', 'text', (c) => c.notNull())
    .addColumn('nationality', 'text', (c) => c.notNull())
    .addColumn('sex', 'text', (c) => c.notNull())
    .addColumn('age_group', 'text', (c) => c.notNull())
    .addColumn('age_band', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('decision', 'text', (c) => c.notNull())
    .addColumn('crossed', 'integer', (c) => c.notNull())
    .addColumn('refused', 'integer', (c) => c.notNull())
    .addColumn('held', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('crossing_count_cell', [
      'checkpoint',
      'date',
      'hour',
      'direction',
      'nationality',
      'sex',
      'age_group',
      'age_band',
      'source',
      'decision',
    ])
    .execute();

  // A child crossing alone, or with an adult who is not a parent or legal guardian: the humanitarian
  // side's protection queue. Opened when the crossing is recorded, closed by a humanitarian user.
  await db.schema
    .createTable('protection_referral')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('event_id', 'text', (c) => c.notNull().references('crossing_event.id'))
    .addColumn('checkpoint_id', 'text', (c) => c.notNull().references('checkpoint.id'))
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('closed_at', 'text')
    .addColumn('closed_by', 'text', (c) => c.references('app_user.id'))
    .addColumn('note', 'text')
    .addUniqueConstraint('protection_referral_event', ['event_id'])
    .execute();
  await db.schema
    .createIndex('protection_referral_status')
    .on('protection_referral')
    .columns(['status', 'created_at'])
    .execute();

  // Events are append-only in the database too: nothing changes or removes one once stored.
  await appendOnly(db, dialect, { table: 'crossing_event', message: 'crossing events are append-only' });
}
