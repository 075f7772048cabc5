// Migration 0020 marks every checkpoint that has events to be counted again under counting rule 5 as
// it is now (a baby born in the year of its crossing is 0, not of unknown age), and leaves a checkpoint
// without events alone; the recount then runs in steps in the background.
import { type Kysely, sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/support/databases';
import { eachMigratedDb } from '../../../test/support/migration-db';

const AT = '2026-03-12T15:00:00.000Z';

async function storeAsBefore(db: Kysely<unknown>): Promise<void> {
  for (const [id, code] of [
    ['cp', 'PE-SANTA-ROSA'],
    ['cp2', 'CL-CHACALLUTA'],
  ])
    await sql`INSERT INTO checkpoint (id, code, name, country, latitude, longitude, time_zone, demo, created_at)
      VALUES (${id}, ${code}, ${code}, 'PER', -18.1, -70.3, 'America/Lima', 0, ${AT})`.execute(db);
  await sql`INSERT INTO app_user (id, username, display_name, role, password_hash, created_at, updated_at)
    VALUES ('u', 'oficial', 'Oficial', 'officer', 'x', ${AT}, ${AT})`.execute(db);
  for (const [n, kind, corrects] of [
    ['1', 'crossing', null],
    ['2', 'tally', null],
    ['3', 'correction', 'e1'],
  ] as const)
    await sql`INSERT INTO crossing_event (id, kind, checkpoint_id, booth_id, at, corrects, body, body_hash,
        recorded_by, received_at, offline, person_id, demo, decision, direction)
      VALUES (${`e${n}`}, ${kind}, 'cp', NULL, ${AT}, ${corrects}, '{}', ${`h${n}`}, 'u', ${AT}, 0, NULL, 0,
        'admitted', 'entry')`.execute(db);
}

describe.each(DIALECTS)('migration 0020 on %s', (dialect) => {
  const migrated = eachMigratedDb(dialect, '0019-registration-in-event-row', storeAsBefore);

  it('marks a checkpoint with events to be counted again from its first, and no other', async () => {
    const k = await migrated();
    const marks = await k
      .selectFrom('checkpoint')
      .select(['code', 'recount_after', 'recount_done', 'recount_total'])
      .orderBy('code')
      .execute();
    expect(marks.map((m) => ({ ...m, recount_total: Number(m.recount_total) }))).toEqual([
      { code: 'CL-CHACALLUTA', recount_after: null, recount_done: 0, recount_total: 0 },
      // The crossing and the tally; a correction counts through the event it corrects.
      { code: 'PE-SANTA-ROSA', recount_after: '', recount_done: 0, recount_total: 2 },
    ]);
  });
});
