// The situation picture's own records: observations of the line at a checkpoint (append-only), and
// incidents with the log of their updates (the log append-only; the incident holds its last state).
import { type Kysely, sql } from 'kysely';
import { appendOnly } from './append-only';
import type { Dialect } from './index';

export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  await db.schema
    .createTable('situation_observation')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('checkpoint_id', 'text', (c) => c.notNull().references('checkpoint.id'))
    // 'entry' or 'exit', relative to the checkpoint (src/domain/situation/observations.ts).
    .addColumn('side', 'text', (c) => c.notNull())
    .addColumn('observed_at', 'text', (c) => c.notNull())
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .addColumn('observer_id', 'text', (c) => c.references('app_user.id'))
    // Each figure is optional: someone may count only the people, or only the trucks.
    .addColumn('people_waiting', 'integer')
    .addColumn('vehicles_queued', 'integer')
    .addColumn('trucks_queued', 'integer')
    .addColumn('queue_km', sql`double precision`)
    .addColumn('wait_minutes', 'integer')
    .addColumn('note', 'text')
    .addColumn('demo', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .createIndex('situation_observation_latest')
    .on('situation_observation')
    .columns(['checkpoint_id', 'side', 'observed_at'])
    .execute();

  await db.schema
    .createTable('incident')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('latitude', sql`double precision`, (c) => c.notNull())
    .addColumn('longitude', sql`double precision`, (c) => c.notNull())
    // The checkpoint it is nearest to or concerns, when the reporter named one.
    .addColumn('checkpoint_id', 'text', (c) => c.references('checkpoint.id'))
    .addColumn('severity', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('occurred_at', 'text', (c) => c.notNull())
    .addColumn('reported_at', 'text', (c) => c.notNull())
    .addColumn('reported_by', 'text', (c) => c.references('app_user.id'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('closed_at', 'text')
    .addColumn('demo', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.createIndex('incident_status').on('incident').columns(['status', 'updated_at']).execute();

  await db.schema
    .createTable('incident_update')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('incident_id', 'text', (c) => c.notNull().references('incident.id'))
    // 1 for the opening, then one more for each update: the log's order, whatever the clocks said.
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('by_id', 'text', (c) => c.references('app_user.id'))
    .addColumn('note', 'text')
    // Null when the entry did not change it; on the opening entry, status_from and severity_from are null.
    .addColumn('status_from', 'text')
    .addColumn('status_to', 'text')
    .addColumn('severity_from', 'text')
    .addColumn('severity_to', 'text')
    .execute();
  await db.schema
    .createIndex('incident_update_seq')
    .on('incident_update')
    .columns(['incident_id', 'seq'])
    .unique()
    .execute();

  // History is kept: nothing changes or removes an observation or a log entry once stored.
  for (const table of ['situation_observation', 'incident_update'])
    await appendOnly(db, dialect, { table, message: `${table} is append-only` });
}
