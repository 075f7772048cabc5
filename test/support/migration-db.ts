// A database of its own for each test of a migration: taken to the migration before it, given rows as
// the code of then wrote them, then migrated to the latest; closed and dropped after the test.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Kysely, Migrator } from 'kysely';
import pg from 'pg';
import { afterEach, inject } from 'vitest';
import { type Db, type Dialect, openDatabase } from '../../src/store/db';
import { migrationsFor } from '../../src/store/migrations';
import type { Database } from '../../src/store/schema';

async function freshDatabase(dialect: Dialect): Promise<{ db: Db; drop: () => Promise<void> }> {
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

const migrator = (db: Db) =>
  new Migrator({
    db: db.kysely,
    provider: { getMigrations: async () => migrationsFor(db.dialect) },
    migrationTableName: 'paso_migration',
    migrationLockTableName: 'paso_migration_lock',
  });

/**
 * For a describe block of one dialect: a function that makes the test's database, at `before` with
 * the rows `store` writes, then migrated to the latest, and answers it.
 */
export function eachMigratedDb(
  dialect: Dialect,
  before: string,
  store: (db: Kysely<unknown>) => Promise<void>,
): () => Promise<Kysely<Database>> {
  let current: { db: Db; drop: () => Promise<void> } | undefined;
  afterEach(async () => {
    await current?.db.close();
    await current?.drop();
    current = undefined;
  });
  return async () => {
    current = await freshDatabase(dialect);
    const to = await migrator(current.db).migrateTo(before);
    if (to.error) throw to.error;
    await store(current.db.kysely as unknown as Kysely<unknown>);
    const latest = await migrator(current.db).migrateToLatest();
    if (latest.error) throw latest.error;
    return current.db.kysely;
  };
}
