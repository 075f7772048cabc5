// Migration 0029: the failed logins' table on both databases; on PostgreSQL, the transaction that made
// each person from then on, and none for the people stored before it (which a server reads at start).
import { type Kysely, sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/support/databases';
import { eachMigratedDb } from '../../../test/support/migration-db';

const AT = '2025-11-27T14:00:00.000Z';

async function storeAsBefore(db: Kysely<unknown>): Promise<void> {
  await sql`INSERT INTO person (id, given_names, surname1, name_key, merged_into, demo, created_at)
    VALUES ('p1', 'Yohana', 'Briceño', 'briceno yohana', NULL, 0, ${AT})`.execute(db);
}

describe.each(DIALECTS)('migration 0029 on %s', (dialect) => {
  const migrated = eachMigratedDb(dialect, '0028-incident-text-shared', storeAsBefore);

  it('makes the failed logins’ table, and on PostgreSQL stamps only the people stored after it', async () => {
    const k = await migrated();
    expect(await k.selectFrom('login_failure').selectAll().execute()).toEqual([]);
    if (dialect !== 'postgres') return;
    await sql`INSERT INTO person (id, given_names, surname1, name_key, merged_into, demo, created_at)
      VALUES ('p2', 'Wilmer', 'Pernía', 'pernia wilmer', NULL, 0, ${AT})`.execute(k);
    const { rows } = await sql<{ id: string; stamped: boolean }>`
      SELECT id, created_xid IS NOT NULL AS stamped FROM person ORDER BY id`.execute(k);
    expect(rows).toEqual([
      { id: 'p1', stamped: false },
      { id: 'p2', stamped: true },
    ]);
  });
});
