// Humanitarian transit: corridors with their ordered stops, convoys on a corridor with their vehicles,
// each convoy's manifest (who rides which vehicle, as known when it was made), and the convoy's log of
// boarding checks, stops and arrival as append-only events.
import type { Kysely } from 'kysely';
import { appendOnly } from './append-only';
import type { Dialect } from './index';

export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  await db.schema
    .createTable('corridor')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    // Where the corridor leaves the country, as the booth records it on admitted-transit (PE-TUMBES).
    .addColumn('exit_point', 'text', (c) => c.notNull())
    .addColumn('demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('corridor_stop')
    .addColumn('corridor_id', 'text', (c) => c.notNull().references('corridor.id'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('latitude', 'real', (c) => c.notNull())
    .addColumn('longitude', 'real', (c) => c.notNull())
    .addPrimaryKeyConstraint('corridor_stop_pk', ['corridor_id', 'position'])
    .addUniqueConstraint('corridor_stop_code', ['corridor_id', 'code'])
    .execute();

  await db.schema
    .createTable('convoy')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('corridor_id', 'text', (c) => c.notNull().references('corridor.id'))
    .addColumn('planned_departure', 'text', (c) => c.notNull())
    .addColumn('planned_arrival', 'text', (c) => c.notNull())
    // Maintained from the convoy's events in the transaction that stores each one.
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('current_stop', 'text')
    .addColumn('event_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_by', 'text', (c) => c.references('app_user.id'))
    .addColumn('demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('convoy_vehicle')
    .addColumn('convoy_id', 'text', (c) => c.notNull().references('convoy.id'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('plate', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('seats', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('convoy_vehicle_pk', ['convoy_id', 'plate'])
    .execute();

  // The manifest: one row per passenger, with the identity the pass will carry (from the decision's
  // crossing as last corrected), and the passenger's state maintained from the convoy's events.
  await db.schema
    .createTable('convoy_passenger')
    .addColumn('convoy_id', 'text', (c) => c.notNull().references('convoy.id'))
    .addColumn('person_id', 'text', (c) => c.notNull().references('person.id'))
    .addColumn('decision_event_id', 'text', (c) => c.notNull().references('crossing_event.id'))
    .addColumn('vehicle_plate', 'text', (c) => c.notNull())
    .addColumn('family_key', 'text')
    .addColumn('relationship', 'text')
    .addColumn('given_names', 'text', (c) => c.notNull())
    .addColumn('surname1', 'text', (c) => c.notNull())
    .addColumn('surname2', 'text')
    .addColumn('sex', 'text')
    .addColumn('birth_date', 'text')
    .addColumn('nationality', 'text')
    .addColumn('document_type', 'text')
    .addColumn('document_number', 'text')
    .addColumn('document_state', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('convoy_passenger_pk', ['convoy_id', 'person_id'])
    .execute();
  await db.schema.createIndex('convoy_passenger_person').on('convoy_passenger').column('person_id').execute();

  await db.schema
    .createTable('convoy_event')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('convoy_id', 'text', (c) => c.notNull().references('convoy.id'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    // The event exactly as validated (JSON); a resend must match it to be a duplicate.
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('recorded_by', 'text', (c) => c.references('app_user.id'))
    .addColumn('received_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('convoy_event_seq', ['convoy_id', 'seq'])
    .execute();

  // The convoy's log is append-only in the database too, like the crossing events.
  await appendOnly(db, dialect, { table: 'convoy_event', message: 'convoy events are append-only' });
}
