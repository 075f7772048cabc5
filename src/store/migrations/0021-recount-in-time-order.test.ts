// Migration 0021 keeps a recount's place as the last event's time and id: a recount under way when it
// runs starts again from the first event (its place was an id in the order steps used before), a
// recount about to start and a checkpoint without one are left as they were.
import { type Kysely, sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/support/databases';
import { eachMigratedDb } from '../../../test/support/migration-db';

const AT = '2026-03-12T15:00:00.000Z';

async function storeAsBefore(db: Kysely<unknown>): Promise<void> {
  for (const [id, code, after, done] of [
    ['cp1', 'PE-SANTA-ROSA', 'e7', 7],
    ['cp2', 'CL-CHACALLUTA', '', 0],
    ['cp3', 'CL-VISVIRI', null, 0],
  ] as const)
    await sql`INSERT INTO checkpoint (id, code, name, country, latitude, longitude, time_zone, demo, created_at,
        recount_after, recount_done, recount_total)
      VALUES (${id}, ${code}, ${code}, 'PER', -18.1, -70.3, 'America/Lima', 0, ${AT}, ${after}, ${done}, 12)`.execute(
      db,
    );
}

describe.each(DIALECTS)('migration 0021 on %s', (dialect) => {
  const migrated = eachMigratedDb(dialect, '0020-recount-infant-ages', storeAsBefore);

  it('starts a recount under way again from the first event and leaves the others alone', async () => {
    const k = await migrated();
    const marks = await k
      .selectFrom('checkpoint')
      .select(['code', 'recount_after', 'recount_after_at', 'recount_done', 'recount_total'])
      .orderBy('code')
      .execute();
    expect(marks.map((m) => ({ ...m, recount_total: Number(m.recount_total) }))).toEqual([
      {
        code: 'CL-CHACALLUTA',
        recount_after: '',
        recount_after_at: null,
        recount_done: 0,
        recount_total: 12,
      },
      { code: 'CL-VISVIRI', recount_after: null, recount_after_at: null, recount_done: 0, recount_total: 12 },
      {
        code: 'PE-SANTA-ROSA',
        recount_after: '',
        recount_after_at: null,
        recount_done: 0,
        recount_total: 12,
      },
    ]);
  });
});
