// The demo decree is in force at Santa Rosa whenever the demo starts, and keeps the register's rules.
import { describe, expect, it } from 'vitest';
import { DIALECTS, eachTestDb } from '../../../test/support/databases';
import { checkInRegister } from '../../domain/decrees';
import { decreeInForce, listDecrees } from '../decrees';
import { currentPolicy } from '../documents';
import { DEMO_DECREE_ID } from './decree';
import { SANTA_ROSA_ID } from './scenario';
import { refreshDemo, seedDemo } from './seed';

describe.each(DIALECTS)('the demo decree on %s', (dialect) => {
  const t = eachTestDb(dialect);

  it('is in force at Santa Rosa on the day the demo is seeded, and valid by the register’s rules', async () => {
    const now = new Date('2026-11-30T10:00:00Z');
    await seedDemo(t.db.kysely, now);
    const found = await decreeInForce(t.db.kysely, 'PE-SANTA-ROSA', now.toISOString());
    expect(found).toMatchObject({
      id: DEMO_DECREE_ID,
      number: 'D.S. N.° 135-2025-PCM',
      startsOn: '2026-11-25',
    });
    const register = await listDecrees(t.db.kysely);
    for (const d of register) expect(checkInRegister(d, register, { now: now.getTime() })).toEqual([]);
  });

  it('is carried to today by one illustrative extension when the demo starts again after it ended', async () => {
    await seedDemo(t.db.kysely, new Date('2026-11-30T10:00:00Z'));
    const later = new Date('2027-03-15T10:00:00Z');
    await refreshDemo(t.db.kysely, later);
    await refreshDemo(t.db.kysely, later);
    const register = await listDecrees(t.db.kysely);
    expect(register).toHaveLength(2);
    const found = await decreeInForce(t.db.kysely, 'PE-SANTA-ROSA', later.toISOString());
    expect(found?.extends).toBe(DEMO_DECREE_ID);
    for (const d of register) expect(checkInRegister(d, register, { now: later.getTime() })).toEqual([]);
  });

  it('is the record the demo policy’s emergency rules cite, and only those', async () => {
    await seedDemo(t.db.kysely, new Date('2026-11-30T10:00:00Z'));
    const policy = await currentPolicy(t.db.kysely);
    const citing = (policy?.rules ?? []).filter((r) => r.decree === DEMO_DECREE_ID);
    expect(citing.map((r) => r.id).sort()).toEqual([
      'humanitarian-exception',
      'transit-minor-birth-certificate',
      'transit-venezuelan-expired-passport',
    ]);
    for (const rule of citing) expect(rule.legalBasis).toContain('D.S. N.° 135-2025-PCM');
    expect(policy?.rules.filter((r) => r.decree !== undefined && r.decree !== DEMO_DECREE_ID)).toEqual([]);
  });

  it('is recorded with every crossing of the demo’s history at Santa Rosa, as the server records it', async () => {
    const now = new Date('2026-11-30T10:00:00Z');
    await seedDemo(t.db.kysely, now);
    await refreshDemo(t.db.kysely, now);
    const rows = await t.db.kysely
      .selectFrom('crossing_event')
      .select(['checkpoint_id', 'body'])
      .where('kind', '=', 'crossing')
      .execute();
    const decreesAt = (here: boolean) =>
      new Set(
        rows
          .filter((r) => (r.checkpoint_id === SANTA_ROSA_ID) === here)
          .map((r) => JSON.stringify((JSON.parse(r.body) as { decree?: unknown }).decree ?? null)),
      );
    expect([...decreesAt(true)]).toEqual([
      JSON.stringify({ id: DEMO_DECREE_ID, number: 'D.S. N.° 135-2025-PCM' }),
    ]);
    // Chacalluta, on the Chilean side, is under no decree of Peru's register.
    expect([...decreesAt(false)]).toEqual(['null']);
  });
});
