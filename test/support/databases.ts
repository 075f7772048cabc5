// Store tests run on both databases: a fresh SQLite file or a fresh PostgreSQL database per call,
// each a copy of the migrated empty database made once per run (test/support/templates.ts); migrate()
// still runs on it and finds nothing left to do.
import { randomUUID } from 'node:crypto';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterEach, beforeEach, inject } from 'vitest';
import { withAuditKey } from '../../src/store/audit';
import { type Db, type Dialect, migrate, openDatabase } from '../../src/store/db';
import { TEST_AUDIT_KEY } from './audit-key';

export const DIALECTS: readonly Dialect[] = ['sqlite', 'postgres'];

export { TEST_AUDIT_KEY } from './audit-key';

const keyEnv = { PASO_AUDIT_KEY: TEST_AUDIT_KEY.toString('hex') };

export interface TestDb {
  readonly db: Db;
  // Where a second process (a CLI, a restarted server) finds the same database.
  readonly env: Record<string, string>;
  cleanup(): Promise<void>;
}

export async function openTestDb(dialect: Dialect): Promise<TestDb> {
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'paso-test-'));
    copyFileSync(inject('templates').sqlite, join(dir, 'paso.sqlite'));
    const db = withAuditKey(openDatabase({ kind: 'sqlite', file: join(dir, 'paso.sqlite') }), TEST_AUDIT_KEY);
    await migrate(db);
    return {
      db,
      env: { PASO_DATA_DIR: dir, ...keyEnv },
      cleanup: async () => {
        await db.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const admin = new pg.Client({ connectionString: inject('postgresUrl') });
  const name = `paso_${randomUUID().replaceAll('-', '')}`;
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name} TEMPLATE ${inject('templates').postgres}`);
  await admin.end();
  const url = inject('postgresUrl').replace(/\/postgres$/, `/${name}`);
  const db = withAuditKey(openDatabase({ kind: 'postgres', url }), TEST_AUDIT_KEY);
  await migrate(db);
  return {
    db,
    env: { PASO_DATABASE_URL: url, ...keyEnv },
    cleanup: async () => {
      await db.close();
      const c = new pg.Client({ connectionString: inject('postgresUrl') });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

/**
 * Called inside a describe: before each of its tests a fresh database on `dialect`, made ready by
 * `prepare` (seeding the demo, say), and cleaned up after the test. Read `t.db` inside the tests.
 */
export function eachTestDb(
  dialect: Dialect,
  prepare?: (db: Db) => Promise<unknown>,
): Omit<TestDb, 'cleanup'> {
  let current: TestDb | undefined;
  beforeEach(async () => {
    current = await openTestDb(dialect);
    await prepare?.(current.db);
  });
  afterEach(async () => {
    await current?.cleanup();
    current = undefined;
  });
  const now = () => {
    if (!current) throw new Error('eachTestDb is read only inside a test');
    return current;
  };
  return {
    get db() {
      return now().db;
    },
    get env() {
      return now().env;
    },
  };
}
