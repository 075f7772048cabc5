import { describe, expect, it } from 'vitest';
import { DIALECTS, eachTestDb } from '../../../test/support/databases';
import { DIMENSIONS } from '../../domain/crossings';
import { evaluatePolicy } from '../../domain/documents';
import { readFigures, recountFigures } from '../crossings';
import { currentPolicy } from '../documents';
import { SANTA_ROSA_ID } from './scenario';
import { refreshDemo, seedDemo } from './seed';

const ALL = DIMENSIONS;

describe.each(DIALECTS)('the demo on %s', (dialect) => {
  const t = eachTestDb(dialect);

  it('has three days of crossings before now, equal to their recount, and adds only new hours later', async () => {
    const now = new Date('2026-11-30T12:00:00Z');
    await seedDemo(t.db.kysely, now);
    const first = await refreshDemo(t.db.kysely, now);
    expect(first.events).toBeGreaterThan(500);
    const range = { from: '2026-11-26', to: '2026-11-30', by: ALL };
    const figures = await readFigures(t.db.kysely, range);
    expect(figures).toEqual(await recountFigures(t.db.kysely, range));
    const sources = new Set(figures.map((f) => f.dims.source));
    expect([...sources].sort()).toEqual(['registered', 'tallied']);
    expect(figures.some((f) => f.held > 0)).toBe(true);
    expect(figures.some((f) => f.refused > 0)).toBe(true);
    const referrals = await t.db.kysely.selectFrom('protection_referral').select('id').execute();
    expect(referrals.length).toBeGreaterThan(0);

    expect((await refreshDemo(t.db.kysely, now)).events).toBe(0);
    const later = await refreshDemo(t.db.kysely, new Date('2026-11-30T15:00:00Z'));
    expect(later.events).toBeGreaterThan(0);
    expect(later.events).toBeLessThan(first.events / 5);
  });

  // Before, every record of the demo's past was oficial.santarosa's, Chacalluta's booths too.
  it("records each checkpoint's booth events by an officer of that checkpoint, at its own booths, none after now", async () => {
    const now = new Date('2026-11-30T16:01:00Z');
    await seedDemo(t.db.kysely, now);
    await refreshDemo(t.db.kysely, now);
    const events = await t.db.kysely
      .selectFrom('crossing_event as e')
      .innerJoin('app_user as u', 'u.id', 'e.recorded_by')
      .innerJoin('checkpoint as c', 'c.id', 'e.checkpoint_id')
      .leftJoin('booth as b', 'b.id', 'e.booth_id')
      .leftJoin('user_checkpoint as uc', (j) =>
        j.onRef('uc.user_id', '=', 'e.recorded_by').onRef('uc.checkpoint_id', '=', 'e.checkpoint_id'),
      )
      .select([
        'e.kind',
        'e.at',
        'e.body',
        'u.username',
        'u.role',
        'c.code',
        'b.checkpoint_id as boothOf',
        'e.checkpoint_id',
        'uc.user_id as scoped',
      ])
      .execute();
    const byWhom = new Set(events.map((e) => `${e.code} ${e.kind} ${e.username}`));
    expect([...byWhom].sort()).toEqual([
      'CL-CHACALLUTA correction supervisor',
      'CL-CHACALLUTA crossing oficial.chacalluta',
      'PE-SANTA-ROSA correction oficial.santarosa',
      'PE-SANTA-ROSA correction supervisor',
      'PE-SANTA-ROSA crossing oficial.santarosa',
      'PE-SANTA-ROSA tally oficial.santarosa',
    ]);
    for (const e of events) {
      if (e.role === 'officer') expect(e.scoped, `${e.username} at ${e.code}`).not.toBeNull();
      if (e.boothOf !== null) expect(e.boothOf).toBe(e.checkpoint_id);
      expect(Date.parse(e.at)).toBeLessThanOrEqual(now.getTime());
    }
  });

  it('admits a valid Venezuelan passport at Santa Rosa on the day the demo starts, months after the seed', async () => {
    await seedDemo(t.db.kysely, new Date('2025-11-27T15:00:00Z'));
    const start = new Date('2026-11-30T12:00:00Z');
    await refreshDemo(t.db.kysely, start);
    const policy = await currentPolicy(t.db.kysely);
    expect(policy?.version).toBe(2);
    const outcome = evaluatePolicy(
      { version: String(policy?.version), rules: policy?.rules ?? [] },
      {
        checkpointId: SANTA_ROSA_ID,
        direction: 'entry',
        documentKind: 'passport',
        nationality: 'VEN',
        documentExpiry: '2029-01-01',
        birthDate: '1990-01-01',
      },
      start,
    );
    expect(outcome).toMatchObject({ outcome: 'admit' });
    // Started again the same day, nothing changes.
    await refreshDemo(t.db.kysely, start);
    expect((await currentPolicy(t.db.kysely))?.version).toBe(2);
  });
});
