// A crossing's registration (the person at the booth, what screening and duplicate review refer to)
// moves into the event's row, as its state did in 0018: a crossing of a newly registered person writes
// three rows instead of four, and one (checkpoint, time) index entry instead of two (decision 0012).
// Registrations made without a crossing (`POST /api/registrations`) keep a table of their own,
// `booth_registration`; `registration` stays, as a view of both, for everything that reads it.
//
// Screening hits referred to registrations by a foreign key, which a view cannot carry: the key goes
// (the hit is written with the registration, in the same transaction). The registration's columns
// received with the crossing join the ones the append-only guard keeps; its screening status changes
// when a supervisor reviews a hit.
import { type Kysely, sql } from 'kysely';
import type { Dialect } from './index';

/** The columns of crossing_event that were received with the event (0018's, and the registration's). */
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
  'intention',
  'consent',
  'vulnerabilities',
] as const;

const MESSAGE = 'crossing events are append-only';

const REGISTRATION_COLUMNS =
  'id, person_id, checkpoint_id, booth_id, officer_id, at, received_at, intention, consent, vulnerabilities, offline, screening_status';

export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  // SQLite's migrations run outside a transaction: this one rebuilds a table, so it takes one.
  if (dialect === 'sqlite') await db.transaction().execute((tx) => steps(tx, dialect));
  else await steps(db, dialect);
}

async function steps(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const event = () => db.schema.alterTable('crossing_event');
  await event().addColumn('intention', 'text').execute();
  await event()
    .addColumn('consent', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await event()
    .addColumn('vulnerabilities', 'text', (c) => c.notNull().defaultTo('[]'))
    .execute();
  // 'clear' or 'hold'; set, as the others, on the crossings that registered their person: those with
  // a person_id.
  await event().addColumn('screening_status', 'text').execute();

  // Neither guard covers the new columns yet: the registrations of crossings are copied in.
  await sql`UPDATE crossing_event SET intention = r.intention, consent = r.consent,
      vulnerabilities = r.vulnerabilities, screening_status = r.screening_status
    FROM registration r WHERE r.id = crossing_event.id`.execute(db);

  await db.schema
    .createTable('booth_registration')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('person_id', 'text', (c) => c.notNull().references('person.id'))
    .addColumn('checkpoint_id', 'text', (c) => c.notNull().references('checkpoint.id'))
    .addColumn('booth_id', 'text', (c) => c.references('booth.id'))
    .addColumn('officer_id', 'text', (c) => c.notNull().references('app_user.id'))
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('received_at', 'text', (c) => c.notNull())
    .addColumn('intention', 'text', (c) => c.notNull())
    .addColumn('consent', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('vulnerabilities', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('offline', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('screening_status', 'text', (c) => c.notNull())
    .execute();
  const columns = sql.raw(REGISTRATION_COLUMNS);
  await sql`INSERT INTO booth_registration (${columns}) SELECT ${columns} FROM registration r
    WHERE NOT EXISTS (SELECT 1 FROM crossing_event ce WHERE ce.id = r.id)`.execute(db);
  await db.schema
    .createIndex('booth_registration_person')
    .on('booth_registration')
    .column('person_id')
    .execute();
  await db.schema
    .createIndex('booth_registration_at')
    .on('booth_registration')
    .columns(['checkpoint_id', 'at'])
    .execute();

  // The event's (checkpoint, time) index also holds the person, so that counting the people
  // registered at a checkpoint reads the index alone, as it read registration's before.
  await db.schema.dropIndex('crossing_event_place_time').execute();
  await db.schema
    .createIndex('crossing_event_place_time')
    .on('crossing_event')
    .columns(['checkpoint_id', 'at', 'person_id'])
    .execute();

  await dropHitKey(db, dialect);
  await db.schema.dropTable('registration').execute();
  await sql`CREATE VIEW registration AS
    SELECT id, person_id, checkpoint_id, booth_id, recorded_by AS officer_id, at, received_at, intention,
      consent, vulnerabilities, offline, screening_status
    FROM crossing_event WHERE person_id IS NOT NULL
    UNION ALL
    SELECT ${columns} FROM booth_registration`.execute(db);
  await guardReceivedColumns(db, dialect);
}

// screening_hit.registration_id loses its foreign key. SQLite cannot drop one: the table is made
// again without it, with its rows and indexes.
async function dropHitKey(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  if (dialect === 'postgres') {
    await sql`ALTER TABLE screening_hit DROP CONSTRAINT screening_hit_registration_id_fkey`.execute(db);
    return;
  }
  await db.schema
    .createTable('screening_hit_next')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('registration_id', 'text', (c) => c.notNull())
    .addColumn('person_id', 'text', (c) => c.notNull().references('person.id'))
    .addColumn('watchlist_entry_id', 'text', (c) => c.notNull().references('watchlist_entry.id'))
    .addColumn('score', sql`double precision`, (c) => c.notNull())
    .addColumn('explanation', 'text', (c) => c.notNull())
    .addColumn('model_version', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('reviewed_by', 'text', (c) => c.references('app_user.id'))
    .addColumn('reviewed_at', 'text')
    .addColumn('review_note', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await sql`INSERT INTO screening_hit_next SELECT id, registration_id, person_id, watchlist_entry_id, score,
      explanation, model_version, status, reviewed_by, reviewed_at, review_note, created_at
    FROM screening_hit`.execute(db);
  await db.schema.dropTable('screening_hit').execute();
  await sql`ALTER TABLE screening_hit_next RENAME TO screening_hit`.execute(db);
  await db.schema
    .createIndex('screening_hit_status')
    .on('screening_hit')
    .columns(['status', 'created_at'])
    .execute();
  await db.schema
    .createIndex('screening_hit_registration')
    .on('screening_hit')
    .column('registration_id')
    .execute();
}

// 0018's guard, over the registration's received columns too.
async function guardReceivedColumns(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const columns = sql.raw(RECEIVED.join(', '));
  if (dialect === 'sqlite') {
    await sql`DROP TRIGGER crossing_event_as_received`.execute(db);
    await sql`CREATE TRIGGER crossing_event_as_received BEFORE UPDATE OF ${columns} ON crossing_event
      BEGIN SELECT RAISE(ABORT, ${sql.lit(MESSAGE)}); END`.execute(db);
    return;
  }
  const old = sql.raw(RECEIVED.map((c) => `OLD.${c}`).join(', '));
  const fresh = sql.raw(RECEIVED.map((c) => `NEW.${c}`).join(', '));
  await sql`CREATE OR REPLACE FUNCTION crossing_event_as_received() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP = 'DELETE' OR ROW(${old}) IS DISTINCT FROM ROW(${fresh}) THEN
        RAISE EXCEPTION ${sql.lit(MESSAGE)};
      END IF;
      RETURN NEW;
    END $$`.execute(db);
}
