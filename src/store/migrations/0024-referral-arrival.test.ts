// Migration 0024 gives each protection referral stored before it the time its person crossed (its
// crossing's `at`, not the time the referral was opened), which the queue lists open referrals by.
import { type Kysely, sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/support/databases';
import { eachMigratedDb } from '../../../test/support/migration-db';

const CROSSED = ['2026-03-12T15:00:00.000Z', '2026-03-12T09:30:00.000Z'];
const OPENED = '2026-03-12T16:00:00.000Z';

async function storeAsBefore(db: Kysely<unknown>): Promise<void> {
  await sql`INSERT INTO checkpoint (id, code, name, country, latitude, longitude, time_zone, demo, created_at)
    VALUES ('cp', 'PE-SANTA-ROSA', 'Santa Rosa', 'PER', -18.1, -70.3, 'America/Lima', 0, ${OPENED})`.execute(
    db,
  );
  for (const [i, at] of CROSSED.entries()) {
    await sql`INSERT INTO crossing_event (id, kind, checkpoint_id, booth_id, at, corrects, body, body_hash,
        recorded_by, received_at, offline, person_id, demo, fields)
      VALUES (${`e${i}`}, 'crossing', 'cp', NULL, ${at}, NULL, '{}', ${`h${i}`}, NULL, ${OPENED}, 0, NULL, 0,
        '')`.execute(db);
    await sql`INSERT INTO protection_referral (id, event_id, checkpoint_id, reason, status, created_at)
      VALUES (${`r${i}`}, ${`e${i}`}, 'cp', 'unaccompanied-minor', 'open', ${OPENED})`.execute(db);
  }
}

describe.each(DIALECTS)('migration 0024 on %s', (dialect) => {
  const migrated = eachMigratedDb(dialect, '0023-held-crossings-index', storeAsBefore);

  it('gives each referral the time its person crossed', async () => {
    const k = await migrated();
    const rows = await k
      .selectFrom('protection_referral')
      .select(['id', 'arrived_at', 'created_at'])
      .orderBy('arrived_at')
      .execute();
    expect(rows).toEqual([
      { id: 'r1', arrived_at: CROSSED[1], created_at: OPENED },
      { id: 'r0', arrived_at: CROSSED[0], created_at: OPENED },
    ]);
  });
});
