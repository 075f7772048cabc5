// Each crossing's and tally's current state (its fields after corrections, decision, direction, the
// cell it counts in and what it adds there) moves from its own table into the event's row: an event
// stored writes one row and one (checkpoint, time) index entry instead of two of each, which took a
// share of every booth's crossing and of `paso events import` (docs/decisions/0011). `event_state`
// stays, as a view of those columns, for everything that reads it.
//
// The event as received stays append-only: the new guard refuses every DELETE and every UPDATE of a
// column the event was received with; only the state columns change, as corrections arrive.
import { type Kysely, sql } from 'kysely';
import type { Dialect } from './index';

/** The columns of crossing_event that were received with the event: never changed. */
const RECEIVED = [
  'id',
  'kind',
  'checkpoint_id',
  'booth_id',
  'at',
  'corrects',
  'body',
  'body_hash',
  'recorded_by',
  'received_at',
  'offline',
  'person_id',
  'demo',
] as const;

const MESSAGE = 'crossing events are append-only';

export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const event = () => db.schema.alterTable('crossing_event');
  // Empty when no correction changed the fields (they are the body's own).
  await event()
    .addColumn('fields', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await event()
    .addColumn('voided', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await event().addColumn('decision', 'text').execute();
  await event().addColumn('direction', 'text').execute();
  await event().addColumn('cell', 'text').execute();
  for (const figure of ['crossed', 'refused', 'held', 'corrections'])
    await event()
      .addColumn(figure, 'integer', (c) => c.notNull().defaultTo(0))
      .execute();
  await event().addColumn('updated_at', 'text').execute();

  await dropGuard(db, dialect);
  await sql`UPDATE crossing_event SET fields = es.fields, voided = es.voided, decision = es.decision,
      direction = es.direction, cell = es.cell, crossed = es.crossed, refused = es.refused, held = es.held,
      corrections = es.corrections, updated_at = es.updated_at
    FROM event_state es WHERE es.event_id = crossing_event.id`.execute(db);
  await db.schema.dropTable('event_state').execute();
  await sql`CREATE VIEW event_state AS SELECT id AS event_id, kind, checkpoint_id, at, fields, voided,
      decision, direction, cell, crossed, refused, held, corrections, updated_at
    FROM crossing_event WHERE kind <> 'correction'`.execute(db);
  await db.schema
    .createIndex('crossing_event_decision')
    .on('crossing_event')
    .columns(['decision', 'checkpoint_id'])
    .execute();
  await guardReceivedColumns(db, dialect);
}

// 0004's guard (append-only.ts) refuses every UPDATE: the DELETE half stays on SQLite.
async function dropGuard(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  if (dialect === 'sqlite') await sql`DROP TRIGGER crossing_event_no_update`.execute(db);
  else await sql`DROP TRIGGER crossing_event_no_change ON crossing_event`.execute(db);
}

async function guardReceivedColumns(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const columns = sql.raw(RECEIVED.join(', '));
  if (dialect === 'sqlite') {
    await sql`CREATE TRIGGER crossing_event_as_received BEFORE UPDATE OF ${columns} ON crossing_event
      BEGIN SELECT RAISE(ABORT, ${sql.lit(MESSAGE)}); END`.execute(db);
    return;
  }
  const old = sql.raw(RECEIVED.map((c) => `OLD.${c}`).join(', '));
  const fresh = sql.raw(RECEIVED.map((c) => `NEW.${c}`).join(', '));
  await sql`CREATE FUNCTION crossing_event_as_received() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP = 'DELETE' OR ROW(${old}) IS DISTINCT FROM ROW(${fresh}) THEN
        RAISE EXCEPTION ${sql.lit(MESSAGE)};
      END IF;
      RETURN NEW;
    END $$`.execute(db);
  await sql`CREATE TRIGGER crossing_event_no_change BEFORE UPDATE OR DELETE ON crossing_event
    FOR EACH ROW EXECUTE FUNCTION crossing_event_as_received()`.execute(db);
  await sql`DROP FUNCTION crossing_event_append_only()`.execute(db);
}
