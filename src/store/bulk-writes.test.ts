// Bulk writes: SQLite commits without a flush each while an import runs, and the end puts back the
// flush on every commit and the checkpoint every 1,000 pages, with the log copied into the database.
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { checkpointRow } from '../../test/support/checkpoint-rows';
import { DIALECTS, eachTestDb } from '../../test/support/databases';
import { beginBulkWrites } from './bulk-writes';

describe.each(DIALECTS)('bulk writes on %s', (dialect) => {
  const ctx = eachTestDb(dialect);
  it('keeps every row written between the start and the end', async () => {
    const db = ctx.db.kysely;
    const end = await beginBulkWrites(db);
    for (let i = 0; i < 3; i += 1) {
      await db.transaction().execute((tx) =>
        tx
          .insertInto('checkpoint')
          .values(checkpointRow(`BULK-${i}`, 900 + i))
          .execute(),
      );
    }
    await end();
    const rows = await db.selectFrom('checkpoint').select('code').where('code', 'like', 'BULK-%').execute();
    expect(rows.map((r) => r.code).sort()).toEqual(['BULK-0', 'BULK-1', 'BULK-2']);
  });
});

describe('bulk writes on sqlite, the flushes', () => {
  const ctx = eachTestDb('sqlite');
  const pragma = async (name: string) =>
    Number(Object.values((await sql.raw(`PRAGMA ${name}`).execute(ctx.db.kysely)).rows[0] ?? {})[0]);

  it('flushes each commit again once it ends, and leaves no log behind', async () => {
    const end = await beginBulkWrites(ctx.db.kysely);
    expect(await pragma('synchronous')).toBe(1); // NORMAL
    expect(await pragma('wal_autocheckpoint')).toBe(100_000);
    await end();
    expect(await pragma('synchronous')).toBe(2); // FULL
    expect(await pragma('wal_autocheckpoint')).toBe(1000);
    const checkpoint = (await sql.raw('PRAGMA wal_checkpoint(PASSIVE)').execute(ctx.db.kysely)).rows[0] as {
      log: number;
      checkpointed: number;
    };
    expect(checkpoint.checkpointed).toBe(checkpoint.log);
  });
});
