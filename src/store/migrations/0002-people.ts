// People as registered at a booth, their documents, and each registration (a person at a booth at a
// time). Names are kept as written and, separately, normalised for matching.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await upPeople(db);
  await upMatching(db);
}

async function upPeople(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('person')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('given_names', 'text', (c) => c.notNull())
    .addColumn('surname1', 'text', (c) => c.notNull())
    .addColumn('surname2', 'text')
    .addColumn('name_key', 'text', (c) => c.notNull())
    .addColumn('sex', 'text')
    .addColumn('birth_year', 'integer')
    .addColumn('birth_month', 'integer')
    .addColumn('birth_day', 'integer')
    .addColumn('nationality', 'text')
    // Set when a supervisor merges this record into another; undone by clearing it. Nothing is deleted.
    .addColumn('merged_into', 'text', (c) => c.references('person.id'))
    .addColumn('demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('person_name_key').on('person').column('name_key').execute();
  await db.schema.createIndex('person_merged_into').on('person').column('merged_into').execute();

  await db.schema
    .createTable('person_document')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('person_id', 'text', (c) => c.notNull().references('person.id'))
    .addColumn('document_type', 'text', (c) => c.notNull())
    .addColumn('number', 'text', (c) => c.notNull())
    .addColumn('issuing_state', 'text')
    .addColumn('expiry_date', 'text')
    .addColumn('mrz', 'text')
    .execute();
  await db.schema.createIndex('person_document_number').on('person_document').column('number').execute();
  await db.schema.createIndex('person_document_person').on('person_document').column('person_id').execute();

  await db.schema
    .createTable('registration')
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
    // 'clear' or 'hold' (a screening hit awaits a supervisor); the officer sees nothing more.
    .addColumn('screening_status', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('registration_person').on('registration').column('person_id').execute();
  await db.schema
    .createIndex('registration_at')
    .on('registration')
    .columns(['checkpoint_id', 'at'])
    .execute();
}

// Watchlists imported by admins, the hits of screening, and the links between records that may be
// one person. A review changes a status; it never deletes the evidence.
async function upMatching(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('watchlist')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('format', 'text', (c) => c.notNull())
    .addColumn('entry_count', 'integer', (c) => c.notNull())
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('imported_by', 'text', (c) => c.notNull().references('app_user.id'))
    .addColumn('imported_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('watchlist_entry')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('watchlist_id', 'text', (c) => c.notNull().references('watchlist.id'))
    .addColumn('watch_id', 'text', (c) => c.notNull())
    .addColumn('entry', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('watchlist_entry_list').on('watchlist_entry').column('watchlist_id').execute();

  await db.schema
    .createTable('screening_hit')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('registration_id', 'text', (c) => c.notNull().references('registration.id'))
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

  await db.schema
    .createTable('duplicate_link')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('person_id', 'text', (c) => c.notNull().references('person.id'))
    .addColumn('other_person_id', 'text', (c) => c.notNull().references('person.id'))
    .addColumn('score', sql`double precision`, (c) => c.notNull())
    .addColumn('explanation', 'text', (c) => c.notNull())
    .addColumn('model_version', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    // The person ids a merge pointed at the survivor, so that undoing it restores exactly those.
    .addColumn('merged_ids', 'text')
    .addColumn('reviewed_by', 'text', (c) => c.references('app_user.id'))
    .addColumn('reviewed_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('duplicate_link_pair', ['person_id', 'other_person_id'])
    .execute();
  await db.schema
    .createIndex('duplicate_link_status')
    .on('duplicate_link')
    .columns(['status', 'created_at'])
    .execute();
}
