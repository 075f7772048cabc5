// Migration 0022 reads the travel group of each crossing stored before it into its own column: the
// group as sent, or as a correction last set it; nothing for a crossing without one, for a group that
// is no text, and for a tally.
import { type Kysely, sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/support/databases';
import { eachMigratedDb } from '../../../test/support/migration-db';

const AT = '2026-03-12T15:00:00.000Z';
const G1 = 'a0000000-0000-4000-8000-00000000000a';
const G2 = 'b0000000-0000-4000-8000-00000000000b';

async function storeAsBefore(db: Kysely<unknown>): Promise<void> {
  await sql`INSERT INTO checkpoint (id, code, name, country, latitude, longitude, time_zone, demo, created_at)
    VALUES ('cp', 'PE-SANTA-ROSA', 'Santa Rosa', 'PER', -18.1, -70.3, 'America/Lima', 0, ${AT})`.execute(db);
  const rows: [string, string, object, object | null][] = [
    ['e1', 'crossing', { direction: 'entry', group: G1 }, null],
    ['e2', 'crossing', { direction: 'entry', group: G1 }, { direction: 'entry', group: G2 }],
    ['e3', 'crossing', { direction: 'entry' }, { direction: 'entry', group: G2 }],
    ['e4', 'crossing', { direction: 'entry' }, null],
    ['e5', 'crossing', { direction: 'entry', group: 7 }, null],
    ['e6', 'tally', { direction: 'entry', category: 'man', count: 2 }, null],
  ];
  for (const [id, kind, body, fields] of rows)
    await sql`INSERT INTO crossing_event (id, kind, checkpoint_id, booth_id, at, corrects, body, body_hash,
        recorded_by, received_at, offline, person_id, demo, fields)
      VALUES (${id}, ${kind}, 'cp', NULL, ${AT}, NULL, ${JSON.stringify(body)}, ${`h-${id}`}, NULL, ${AT}, 0,
        NULL, 0, ${fields === null ? '' : JSON.stringify(fields)})`.execute(db);
}

describe.each(DIALECTS)('migration 0022 on %s', (dialect) => {
  const migrated = eachMigratedDb(dialect, '0021-recount-in-time-order', storeAsBefore);

  it('keeps the group each crossing has now, as sent or as corrected', async () => {
    const k = await migrated();
    const rows = await k.selectFrom('crossing_event').select(['id', 'group_id']).orderBy('id').execute();
    expect(rows).toEqual([
      { id: 'e1', group_id: G1 },
      { id: 'e2', group_id: G2 },
      { id: 'e3', group_id: G2 },
      { id: 'e4', group_id: null },
      { id: 'e5', group_id: null },
      { id: 'e6', group_id: null },
    ]);
  });
});
