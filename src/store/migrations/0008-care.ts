// Care: beds by kind at each shelter, stays as append-only check-in and check-out events with the
// present state and the maintained occupancy, needs, stock movements with maintained levels and
// thresholds, and supply requests with the history of their transitions.
import { type Kysely, sql } from 'kysely';
import { appendOnly } from './append-only';
import type { Dialect } from './index';

export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  await upShelters(db);
  await upSupplies(db);
  // Events are append-only in the database too, as crossing events are (0004).
  for (const table of ['care_stay_event', 'stock_movement', 'supply_request_event'])
    await appendOnly(db, dialect, { table, message: `${table} is append-only`, quoted: true });
  // Occupancy is now counted from stay events (docs/care.md); none exist yet, so nobody is inside.
  await sql`UPDATE shelter SET occupancy = 0`.execute(db);
}

async function upShelters(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('shelter_bed')
    .addColumn('shelter_id', 'text', (c) => c.notNull().references('shelter.id'))
    .addColumn('bed_kind', 'text', (c) => c.notNull())
    .addColumn('beds', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('shelter_bed_pk', ['shelter_id', 'bed_kind'])
    .execute();

  // One row per person in each check-in or check-out: `id` is the action's, shared by a family.
  await db.schema
    .createTable('care_stay_event')
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('person_id', 'text', (c) => c.notNull().references('person.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('shelter_id', 'text', (c) => c.notNull().references('shelter.id'))
    .addColumn('bed_kind', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('recorded_by', 'text', (c) => c.references('app_user.id'))
    .addColumn('demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('care_stay_event_pk', ['id', 'person_id'])
    .execute();
  await db.schema
    .createIndex('care_stay_event_shelter')
    .on('care_stay_event')
    .columns(['shelter_id', 'seq'])
    .execute();
  await db.schema.createIndex('care_stay_event_seq').on('care_stay_event').column('seq').execute();

  // Who is staying where now: kept with the events, one row per person inside.
  await db.schema
    .createTable('care_presence')
    .addColumn('person_id', 'text', (c) => c.primaryKey().references('person.id'))
    .addColumn('shelter_id', 'text', (c) => c.notNull().references('shelter.id'))
    .addColumn('bed_kind', 'text', (c) => c.notNull())
    .addColumn('since', 'text', (c) => c.notNull())
    .addColumn('stay_id', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('care_presence_shelter').on('care_presence').column('shelter_id').execute();

  // The maintained figure: people in each bed kind of each shelter (equal to the recount of events).
  await db.schema
    .createTable('shelter_occupancy')
    .addColumn('shelter_id', 'text', (c) => c.notNull().references('shelter.id'))
    .addColumn('bed_kind', 'text', (c) => c.notNull())
    .addColumn('occupied', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('shelter_occupancy_pk', ['shelter_id', 'bed_kind'])
    .execute();

  await db.schema
    .createTable('shelter_need')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('shelter_id', 'text', (c) => c.notNull().references('shelter.id'))
    .addColumn('categories', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.references('app_user.id'))
    .addColumn('demo', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .createIndex('shelter_need_shelter')
    .on('shelter_need')
    .columns(['shelter_id', 'created_at'])
    .execute();
}

async function upSupplies(db: Kysely<unknown>): Promise<void> {
  // A place is a shelter or a checkpoint (place_id names either). A transfer is two rows, one id.
  await db.schema
    .createTable('stock_movement')
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('place_id', 'text', (c) => c.notNull())
    .addColumn('leg', 'text', (c) => c.notNull())
    .addColumn('item', 'text', (c) => c.notNull())
    .addColumn('delta', 'integer', (c) => c.notNull())
    .addColumn('request_id', 'text')
    .addColumn('note', 'text')
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('recorded_by', 'text', (c) => c.references('app_user.id'))
    .addColumn('demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('stock_movement_pk', ['id', 'place_id'])
    .execute();
  await db.schema.createIndex('stock_movement_seq').on('stock_movement').column('seq').execute();

  await db.schema
    .createTable('stock_level')
    .addColumn('place_id', 'text', (c) => c.notNull())
    .addColumn('item', 'text', (c) => c.notNull())
    .addColumn('quantity', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('stock_level_pk', ['place_id', 'item'])
    .execute();

  await db.schema
    .createTable('stock_threshold')
    .addColumn('place_id', 'text', (c) => c.notNull())
    .addColumn('item', 'text', (c) => c.notNull())
    .addColumn('minimum', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.references('app_user.id'))
    .addPrimaryKeyConstraint('stock_threshold_pk', ['place_id', 'item'])
    .execute();

  await db.schema
    .createTable('supply_request')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('place_id', 'text', (c) => c.notNull())
    .addColumn('item', 'text', (c) => c.notNull())
    .addColumn('quantity', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.references('app_user.id'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('demo', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();

  await db.schema
    .createTable('supply_request_event')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('request_id', 'text', (c) => c.notNull().references('supply_request.id'))
    .addColumn('from_status', 'text')
    .addColumn('to_status', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('by_user', 'text', (c) => c.references('app_user.id'))
    .addColumn('note', 'text')
    .execute();
  await db.schema
    .createIndex('supply_request_event_request')
    .on('supply_request_event')
    .column('request_id')
    .execute();
}
