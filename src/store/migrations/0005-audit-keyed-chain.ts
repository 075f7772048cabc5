// The keyed audit chain: records where it starts — entries already written keep their unkeyed SHA-256
// hashes (nothing is rehashed; the first keyed entry anchors them) — and makes PostgreSQL refuse
// TRUNCATE on the log, which its row triggers do not see.
import { type Kysely, sql } from 'kysely';
import { refuseChangesOnSqlite } from './append-only';
import type { Dialect } from './index';

export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  await db.schema
    .createTable('audit_chain')
    .addColumn('id', 'integer', (c) => c.primaryKey().check(sql`id = 1`))
    .addColumn('keyed_from', 'bigint', (c) => c.notNull())
    .execute();
  await sql`INSERT INTO audit_chain (id, keyed_from)
    SELECT 1, COALESCE(MAX(seq), 0) + 1 FROM audit_entry`.execute(db);

  if (dialect === 'sqlite') {
    // SQLite has no TRUNCATE; a DELETE of every row fires the row trigger of 0001 and is refused.
    await refuseChangesOnSqlite(db, { table: 'audit_chain', message: 'audit log is append-only' });
    return;
  }
  // audit_entry_append_only() is 0001's: it raises 'audit log is append-only'.
  await sql`CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_append_only()`.execute(db);
  await sql`CREATE TRIGGER audit_chain_no_change BEFORE UPDATE OR DELETE ON audit_chain
    FOR EACH ROW EXECUTE FUNCTION audit_entry_append_only()`.execute(db);
  await sql`CREATE TRIGGER audit_chain_no_truncate BEFORE TRUNCATE ON audit_chain
    FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_append_only()`.execute(db);
}
