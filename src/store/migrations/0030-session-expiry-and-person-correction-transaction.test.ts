// Migration 0030: sessions by their expiry on both databases; on PostgreSQL, the transaction that last
// corrected each person, stamped by every write that follows a correction from then on, and by no
// other write, and none for the corrections stored before it (which a server reads at start).
import { type Kysely, sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/support/databases';
import { eachMigratedDb } from '../../../test/support/migration-db';

const AT = '2025-11-27T14:00:00.000Z';

async function storeAsBefore(db: Kysely<unknown>): Promise<void> {
  await sql`INSERT INTO person (id, given_names, surname1, name_key, merged_into, demo, created_at, corrected_at)
    VALUES ('p1', 'Yohana', 'Briceño', 'briceno yohana', NULL, 0, ${AT}, ${AT}),
      ('p2', 'Wilmer', 'Pernía', 'pernia wilmer', NULL, 0, ${AT}, NULL),
      ('p3', 'Maryelis', 'Contreras', 'contreras maryelis', NULL, 0, ${AT}, NULL)`.execute(db);
}

describe.each(DIALECTS)('migration 0030 on %s', (dialect) => {
  const migrated = eachMigratedDb(
    dialect,
    '0029-shared-login-failures-and-person-transaction',
    storeAsBefore,
  );

  it('indexes sessions by expiry, and on PostgreSQL stamps only the corrections written after it', async () => {
    const k = await migrated();
    const indexes =
      dialect === 'postgres'
        ? await sql<{
            name: string;
          }>`SELECT indexname AS name FROM pg_indexes WHERE tablename = 'session'`.execute(k)
        : await sql<{ name: string }>`SELECT name FROM pragma_index_list('session')`.execute(k);
    expect(indexes.rows.map((r) => r.name)).toContain('session_expires');
    if (dialect !== 'postgres') return;
    await k
      .updateTable('person')
      .set({ given_names: 'Wílmer', corrected_at: AT })
      .where('id', '=', 'p2')
      .execute();
    // Merged into another: not a correction of who they are.
    await k.updateTable('person').set({ merged_into: 'p1' }).where('id', '=', 'p3').execute();
    const { rows } = await sql<{ id: string; stamped: boolean }>`
      SELECT id, corrected_xid IS NOT NULL AS stamped FROM person ORDER BY id`.execute(k);
    expect(rows).toEqual([
      { id: 'p1', stamped: false },
      { id: 'p2', stamped: true },
      { id: 'p3', stamped: false },
    ]);
  });
});
