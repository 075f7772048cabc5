// Store tests run on both databases: a fresh SQLite file or a fresh PostgreSQL database per call.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import { withAuditKey } from '../../src/store/audit';
import { type Db, type Dialect, migrate, openDatabase } from '../../src/store/db';

export const DIALECTS: readonly Dialect[] = ['sqlite', 'postgres'];

// Every test database is keyed with this; child processes (CLI, server) get it through the environment.
export const TEST_AUDIT_KEY = Buffer.alloc(32, 0x5a);
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
  await admin.query(`CREATE DATABASE ${name}`);
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
