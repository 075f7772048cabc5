// Migrated empty databases made once per test run, which each test database starts as a copy of:
// a SQLite file copied, a PostgreSQL database created from a template. Every migration still runs
// once per run, against both databases, and each test gets its own fresh database without paying
// for the migrations again.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { withAuditKey } from '../../src/store/audit';
import { migrate, openDatabase } from '../../src/store/db';

export interface Templates {
  /** A migrated SQLite file to copy. */
  readonly sqlite: string;
  /** The name of a migrated PostgreSQL database to create others from. */
  readonly postgres: string;
}

export async function makeTemplates(postgresUrl: string, auditKey: Buffer): Promise<Templates> {
  const sqlite = join(mkdtempSync(join(tmpdir(), 'paso-template-')), 'paso.sqlite');
  const lite = withAuditKey(openDatabase({ kind: 'sqlite', file: sqlite }), auditKey);
  await migrate(lite);
  // Closing folds the write-ahead log into the file, so the file alone is the database.
  await lite.close();

  const name = 'paso_template';
  const admin = new pg.Client({ connectionString: postgresUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name}`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const db = withAuditKey(
    openDatabase({ kind: 'postgres', url: postgresUrl.replace(/\/postgres$/, `/${name}`) }),
    auditKey,
  );
  await migrate(db);
  // A template must have no connection open while databases are created from it.
  await db.close();
  return { sqlite, postgres: name };
}
