// Two things a Paso server must find cheaply in a database kept for long or shared with other servers.
// Sessions by their expiry, on both databases: each server deletes the expired ones at start and then
// every few minutes, a few hundred at a time, through this index (the table grew with every sign-in).
// On PostgreSQL, the transaction that last corrected each person (`person.corrected_xid`, indexed where
// set): another server's catch-up reads the corrections committed since its last look by transaction
// snapshot, each once, as it reads new people (0029), instead of those of the last five minutes by the
// writer's clock every second (decision 0022); the index by correction time (0026) has no other reader
// there and goes. SQLite has one server, which catches up with nobody: its person table stays as it was.
import { type Kysely, sql } from 'kysely';
import type { Dialect } from './index';

export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  await db.schema.createIndex('session_expires').on('session').column('expires_at').execute();

  if (dialect !== 'postgres') return;
  // Stamped by the database whenever a write sets `corrected_at` (every write that follows a correction
  // does), as `created_xid` is by its default: the writers stay as they are on both databases. People
  // corrected before this migration keep none; a server reads them as they are at its start.
  await sql`ALTER TABLE person ADD COLUMN corrected_xid xid8`.execute(db);
  await sql`CREATE FUNCTION person_corrected_xid() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN NEW.corrected_xid := pg_current_xact_id(); RETURN NEW; END $$`.execute(db);
  await sql`CREATE TRIGGER person_corrected_xid BEFORE UPDATE OF corrected_at ON person
    FOR EACH ROW EXECUTE FUNCTION person_corrected_xid()`.execute(db);
  await db.schema
    .createIndex('person_corrected_xid')
    .on('person')
    .column('corrected_xid')
    .where(sql.ref('corrected_xid'), 'is not', null)
    .execute();
  await db.schema.dropIndex('person_corrected').execute();
}
