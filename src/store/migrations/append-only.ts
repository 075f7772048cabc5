// The guard the migrations put on an append-only table: triggers that refuse every UPDATE and DELETE.
// Migrations already applied ran this text, and SQLite keeps a trigger's text as written: what these
// functions emit is part of the schema's history, so it never changes; a new guard is a new function.
import { type Kysely, sql } from 'kysely';
import type { Dialect } from './index';

export interface AppendOnlyTable {
  readonly table: string;
  /** What a refused change raises. */
  readonly message: string;
  /** Name the table quoted after ON (as 0008 wrote it); SQLite keeps the quotes in the trigger's text. */
  readonly quoted?: boolean;
}

/** SQLite: triggers `<table>_no_update` and `<table>_no_delete`. */
export async function refuseChangesOnSqlite(db: Kysely<unknown>, guarded: AppendOnlyTable): Promise<void> {
  const on = tableAfterOn(guarded);
  const message = sql.lit(guarded.message);
  await sql`CREATE TRIGGER ${sql.raw(`${guarded.table}_no_update`)} BEFORE UPDATE ON ${on}
      BEGIN SELECT RAISE(ABORT, ${message}); END`.execute(db);
  await sql`CREATE TRIGGER ${sql.raw(`${guarded.table}_no_delete`)} BEFORE DELETE ON ${on}
      BEGIN SELECT RAISE(ABORT, ${message}); END`.execute(db);
}

/**
 * Both databases: on SQLite as refuseChangesOnSqlite; on PostgreSQL the function
 * `<table>_append_only()` and the row trigger `<table>_no_change` that calls it.
 */
export async function appendOnly(
  db: Kysely<unknown>,
  dialect: Dialect,
  guarded: AppendOnlyTable,
): Promise<void> {
  if (dialect === 'sqlite') {
    await refuseChangesOnSqlite(db, guarded);
    return;
  }
  const refuse = sql.raw(`${guarded.table}_append_only`);
  const change = sql.raw(`${guarded.table}_no_change`);
  await sql`CREATE FUNCTION ${refuse}() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN RAISE EXCEPTION ${sql.lit(guarded.message)}; END $$`.execute(db);
  await sql`CREATE TRIGGER ${change} BEFORE UPDATE OR DELETE ON ${tableAfterOn(guarded)}
    FOR EACH ROW EXECUTE FUNCTION ${refuse}()`.execute(db);
}

const tableAfterOn = (guarded: AppendOnlyTable) =>
  guarded.quoted ? sql.table(guarded.table) : sql.raw(guarded.table);
