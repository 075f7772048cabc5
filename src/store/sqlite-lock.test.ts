// Two processes on one SQLite file (a `paso events import` beside the server): a write waiting for
// the other's lock leaves the thread free meanwhile, and a bulk writer lets a waiting write in between
// two of its transactions. Each side here is its own connection, as each process has; PostgreSQL locks
// rows, not the database, and has neither wait.
import { setTimeout as sleep } from 'node:timers/promises';
import Sqlite from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { checkpointRow } from '../../test/support/checkpoint-rows';
import { eachTestDb } from '../../test/support/databases';
import { letOthersWrite } from './bulk-writes';
import { openDatabase } from './db';
import type { Executor } from './executor';

const checkpoint = (code: string) => checkpointRow(code, Number(code.replace(/\D/g, '')));

const codes = async (db: Executor) =>
  (await db.selectFrom('checkpoint').select('code').where('code', 'like', 'LOCK-%').execute()).map(
    (r) => r.code,
  );

describe('SQLite write lock held by another process', () => {
  const ctx = eachTestDb('sqlite');
  const file = () => {
    const { config } = ctx.db;
    if (config.kind !== 'sqlite') throw new Error('a SQLite database');
    return config.file;
  };

  it('is waited for with the thread free, and taken once the other commits', async () => {
    const other = new Sqlite(file());
    try {
      other.exec('begin immediate');
      let settled = false;
      const write = ctx.db.kysely
        .transaction()
        .execute((tx) => tx.insertInto('checkpoint').values(checkpoint('LOCK-1')).execute())
        .finally(() => {
          settled = true;
        });
      // Waiting inside SQLite (busy_timeout) would hold this thread until it gave up: no timer would
      // run, the other could never commit, and the write would fail as busy.
      await sleep(50);
      expect(settled).toBe(false);
      other.exec('commit');
      await write;
      expect(await codes(ctx.db.kysely)).toEqual(['LOCK-1']);
    } finally {
      other.close();
    }
  });

  it('is given up after the busy timeout with SQLite’s own error, as before', async () => {
    const other = new Sqlite(file());
    try {
      other.exec('begin immediate');
      const failed = await ctx.db.kysely
        .transaction()
        .execute((tx) => tx.insertInto('checkpoint').values(checkpoint('LOCK-2')).execute())
        .then(
          () => null,
          (error: unknown) => error,
        );
      expect(failed).toMatchObject({ code: 'SQLITE_BUSY' });
      other.exec('rollback');
      // The connection waits again as before for the next write.
      await ctx.db.kysely
        .transaction()
        .execute((tx) => tx.insertInto('checkpoint').values(checkpoint('LOCK-3')).execute());
      expect(await codes(ctx.db.kysely)).toEqual(['LOCK-3']);
    } finally {
      other.close();
    }
  }, 15_000);

  it('is handed to a waiting writer between two transactions of a bulk writer', async () => {
    // The bulk writer (an import) and the server, each with its own connection.
    const server = openDatabase({ kind: 'sqlite', file: file() });
    try {
      const importer = ctx.db.kysely;
      let serverWrite: Promise<unknown> = Promise.resolve();
      await importer.transaction().execute(async (tx) => {
        await tx.insertInto('checkpoint').values(checkpoint('LOCK-10')).execute();
        // The server asks while the import holds the lock.
        serverWrite = server.kysely
          .transaction()
          .execute((stx) => stx.insertInto('checkpoint').values(checkpoint('LOCK-20')).execute());
        await sleep(5);
      });
      await letOthersWrite(importer);
      // The import's next batch: the server's write went in before it.
      const seen = await importer.transaction().execute(async (tx) => {
        const before = await codes(tx);
        await tx.insertInto('checkpoint').values(checkpoint('LOCK-11')).execute();
        return before;
      });
      await serverWrite;
      expect(seen).toEqual(['LOCK-10', 'LOCK-20']);
    } finally {
      await server.close();
    }
  });
});
