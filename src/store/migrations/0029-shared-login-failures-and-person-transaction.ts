// Two things several Paso servers on one PostgreSQL database must share or find cheaply.
// Failed logins, counted in the database (`login_failure`) instead of each server's memory, so that a
// load balancer's N servers do not give a guesser N times the attempts and a restart forgets nothing.
// On PostgreSQL, the transaction that made each person (`person.created_xid`, indexed): another
// server's catch-up reads the people committed since its last look by transaction snapshot, once,
// instead of every person of the last five minutes by creation time each second (decision 0020); the
// index by creation time that read used (0027) has no other reader and goes.
import { type Kysely, sql } from 'kysely';
import type { Dialect } from './index';

export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  // One row per count: a client at an account ('pair'), an account from every client ('account', client
  // ''), a client at every account ('client', account ''). Forgotten an hour after its latest failure.
  await db.schema
    .createTable('login_failure')
    .addColumn('scope', 'text', (c) => c.notNull())
    .addColumn('account', 'text', (c) => c.notNull())
    .addColumn('client', 'text', (c) => c.notNull())
    .addColumn('failures', 'integer', (c) => c.notNull())
    .addColumn('first_at', 'text', (c) => c.notNull())
    .addColumn('last_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('login_failure_key', ['scope', 'account', 'client'])
    .execute();
  await db.schema.createIndex('login_failure_last').on('login_failure').column('last_at').execute();

  if (dialect !== 'postgres') return;
  // Added without a default and then given one: a volatile default on ADD COLUMN would rewrite the
  // table and stamp every stored person with this migration's transaction. People stored before it
  // keep none; a server reads them at its start.
  await sql`ALTER TABLE person ADD COLUMN created_xid xid8`.execute(db);
  await sql`ALTER TABLE person ALTER COLUMN created_xid SET DEFAULT pg_current_xact_id()`.execute(db);
  await db.schema
    .createIndex('person_created_xid')
    .on('person')
    .column('created_xid')
    .where(sql.ref('created_xid'), 'is not', null)
    .execute();
  await db.schema.dropIndex('person_created').execute();
}
