// A database of its own for a migration's test, and the migrator to take it to a migration and then
// the latest: rows are stored as the code before the migration wrote them, then migrated.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Migrator } from 'kysely';
import pg from 'pg';
import { inject } from 'vitest';
import { type Db, type Dialect, openDatabase } from '../../src/store/db';
import { migrationsFor } from '../../src/store/migrations';

export async function freshDatabase(dialect: Dialect): Promise<{ db: Db; drop: () => Promise<void> }> {
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'paso-migration-'));
    const db = openDatabase({ kind: 'sqlite', file: join(dir, 'paso.sqlite') });
    return { db, drop: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const name = `paso_${randomUUID().replaceAll('-', '')}`;
  const admin = new pg.Client({ connectionString: inject('postgresUrl') });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const db = openDatabase({
    kind: 'postgres',
    url: inject('postgresUrl').replace(/\/postgres$/, `/${name}`),
  });
  return {
    db,
    drop: async () => {
      const c = new pg.Client({ connectionString: inject('postgresUrl') });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

export const migrator = (db: Db) =>
  new Migrator({
    db: db.kysely,
    provider: { getMigrations: async () => migrationsFor(db.dialect) },
    migrationTableName: 'paso_migration',
    migrationLockTableName: 'paso_migration_lock',
  });
