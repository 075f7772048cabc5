// Opens the database: SQLite through better-sqlite3 by default (one file, WAL, foreign keys on),
// PostgreSQL through pg when a URL is given. Applies the migrations before anything else runs.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import SqliteDatabase from 'better-sqlite3';
import {
  CompiledQuery,
  type DatabaseConnection,
  type Driver,
  Kysely,
  Migrator,
  PostgresDialect,
  SqliteDialect,
  type SqliteDialectConfig,
  SqliteDriver,
} from 'kysely';
import pg from 'pg';
import { type Dialect, migrationsFor } from './migrations';
import type { Database } from './schema';

export type { Dialect };

/** How long a write waits for another process's write lock on SQLite before it fails. */
const BUSY_TIMEOUT_MS = 5000;

export type DatabaseConfig =
  | { readonly kind: 'sqlite'; readonly file: string }
  | { readonly kind: 'postgres'; readonly url: string; readonly poolSize?: number };

export interface Db {
  readonly kysely: Kysely<Database>;
  readonly dialect: Dialect;
  /** How it was opened: a worker thread opens its own connection with this. */
  readonly config: DatabaseConfig;
  close(): Promise<void>;
}

// pg returns int8 (COUNT, bigint columns) as strings; our counts and sequence numbers fit a double.
const INT8_OID = 20;
const pgTypes = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === INT8_OID) return (value: string) => Number(value);
    return format === 'binary' ? pg.types.getTypeParser(oid, 'binary') : pg.types.getTypeParser(oid, 'text');
  },
};

export function openDatabase(config: DatabaseConfig): Db {
  if (config.kind === 'postgres') {
    const pool = new pg.Pool({ connectionString: config.url, max: config.poolSize ?? 10, types: pgTypes });
    // A connection that dies while idle in the pool (PostgreSQL restarted, the connection terminated by
    // an administrator) is dropped by the pool and the next query opens a new one. Without a listener
    // its 'error' event would end the whole process.
    pool.on('error', () => undefined);
    const kysely = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return { kysely, dialect: 'postgres', config, close: () => kysely.destroy() };
  }
  if (config.file !== ':memory:') mkdirSync(dirname(config.file), { recursive: true });
  const sqlite = new SqliteDatabase(config.file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  // Ids are random UUIDs, so inserts land all over each index: a page cache of 256 MiB (the default is
  // 2 MiB) keeps a million-row population's indexes in memory instead of re-reading them from disk.
  sqlite.pragma('cache_size = -262144');
  // FULL: an acknowledged write is on disk before the answer goes out (survives power loss, not only kill -9).
  sqlite.pragma('synchronous = FULL');
  // A multi-row insert keeps a statement journal to undo itself on failure: in memory, not a temp file.
  sqlite.pragma('temp_store = MEMORY');
  const kysely = new Kysely<Database>({
    dialect: new WriteFirstSqliteDialect({ database: withStatementCache(sqlite) }),
  });
  return { kysely, dialect: 'sqlite', config, close: () => kysely.destroy() };
}

// A transaction takes SQLite's write lock when it begins (BEGIN IMMEDIATE), not at its first write.
// Another process (a `paso` command beside the server) may commit between a deferred transaction's
// first read and its first write; SQLite then refuses that write at once (SQLITE_BUSY_SNAPSHOT), as
// the busy timeout does not apply to it. Taken at the start, the lock makes the second process wait
// for the first to commit, and it then reads what the first wrote.
//
// That wait is not SQLite's own (busy_timeout): it sleeps inside the call, so a server waiting there
// for a `paso events import` answered nothing at all, not even requests that need no database, and its
// sleeps, growing to 100 ms apart, mostly missed the moment between two of the import's transactions
// (booth requests took up to 3.7 s beside an import). Here the lock is asked for without waiting, and
// asked for again every millisecond from the event loop, for as long as busy_timeout would have waited.
class WriteFirstSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    const until = performance.now() + BUSY_TIMEOUT_MS;
    await connection.executeQuery(CompiledQuery.raw('pragma busy_timeout = 0'));
    try {
      for (;;) {
        try {
          await connection.executeQuery(CompiledQuery.raw('begin immediate'));
          return;
        } catch (error) {
          if (!isBusy(error) || performance.now() >= until) throw error;
          await sleep(1);
        }
      }
    } finally {
      await connection.executeQuery(CompiledQuery.raw(`pragma busy_timeout = ${BUSY_TIMEOUT_MS}`));
    }
  }
}

const isBusy = (error: unknown): boolean =>
  error instanceof SqliteDatabase.SqliteError && error.code === 'SQLITE_BUSY';

class WriteFirstSqliteDialect extends SqliteDialect {
  readonly #config: SqliteDialectConfig;
  constructor(config: SqliteDialectConfig) {
    super(config);
    this.#config = config;
  }
  override createDriver(): Driver {
    return new WriteFirstSqliteDriver(this.#config);
  }
}

// Kysely prepares every query anew; the same few statements run on every request, so keep the most
// recent ones prepared (better-sqlite3 statements are reusable; Kysely runs one at a time).
const STATEMENT_CACHE = 256;

function withStatementCache(sqlite: SqliteDatabase.Database): SqliteDialectConfig['database'] {
  const cache = new Map<string, SqliteDatabase.Statement>();
  return {
    close: () => {
      cache.clear();
      sqlite.close();
    },
    prepare: (sql: string) => {
      let statement = cache.get(sql);
      if (statement === undefined) {
        statement = sqlite.prepare(sql);
        if (cache.size >= STATEMENT_CACHE) {
          const oldest = cache.keys().next().value;
          if (oldest !== undefined) cache.delete(oldest);
        }
      } else {
        cache.delete(sql);
      }
      cache.set(sql, statement);
      return statement;
    },
  };
}

export async function migrate(db: Db): Promise<readonly string[]> {
  const migrator = new Migrator({
    db: db.kysely,
    provider: { getMigrations: async () => migrationsFor(db.dialect) },
    migrationTableName: 'paso_migration',
    migrationLockTableName: 'paso_migration_lock',
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
