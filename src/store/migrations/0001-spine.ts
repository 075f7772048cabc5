// The spine: checkpoints and booths, users and sessions, the audit chain, shelters, settings.
import { type Kysely, sql } from 'kysely';
import { appendOnly } from './append-only';

export async function up(db: Kysely<unknown>, dialect: 'sqlite' | 'postgres'): Promise<void> {
  await db.schema
    .createTable('checkpoint')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('country', 'text', (c) => c.notNull())
    .addColumn('latitude', sql`double precision`, (c) => c.notNull())
    .addColumn('longitude', sql`double precision`, (c) => c.notNull())
    .addColumn('time_zone', 'text', (c) => c.notNull())
    .addColumn('demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('booth')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('checkpoint_id', 'text', (c) => c.notNull().references('checkpoint.id'))
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addUniqueConstraint('booth_checkpoint_code', ['checkpoint_id', 'code'])
    .execute();

  await db.schema
    .createTable('app_user')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('username', 'text', (c) => c.notNull().unique())
    .addColumn('display_name', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('disabled', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('user_checkpoint')
    .addColumn('user_id', 'text', (c) => c.notNull().references('app_user.id'))
    .addColumn('checkpoint_id', 'text', (c) => c.notNull().references('checkpoint.id'))
    .addPrimaryKeyConstraint('user_checkpoint_pk', ['user_id', 'checkpoint_id'])
    .execute();

  await db.schema
    .createTable('session')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('app_user.id'))
    .addColumn('csrf_token', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('session_user').on('session').column('user_id').execute();

  await db.schema
    .createTable('audit_entry')
    .addColumn('seq', 'bigint', (c) => c.primaryKey())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text')
    .addColumn('actor_username', 'text')
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('entity_type', 'text')
    .addColumn('entity_id', 'text')
    .addColumn('ip', 'text')
    .addColumn('detail', 'text', (c) => c.notNull())
    .addColumn('prev_hash', 'text', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('audit_entry_at').on('audit_entry').column('at').execute();
  await db.schema.createIndex('audit_entry_actor').on('audit_entry').column('actor_username').execute();
  await db.schema.createIndex('audit_entry_action').on('audit_entry').column('action').execute();

  await db.schema
    .createTable('shelter')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('city', 'text', (c) => c.notNull())
    .addColumn('latitude', sql`double precision`, (c) => c.notNull())
    .addColumn('longitude', sql`double precision`, (c) => c.notNull())
    .addColumn('capacity', 'integer', (c) => c.notNull())
    .addColumn('occupancy', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('operator', 'text', (c) => c.notNull())
    .addColumn('demo', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();

  await db.schema
    .createTable('setting')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  // The audit log is append-only in the database too: a row changed by hand is still caught by the
  // hash chain (`paso audit verify`), but the application itself can never rewrite history.
  await appendOnly(db, dialect, { table: 'audit_entry', message: 'audit log is append-only' });
}
