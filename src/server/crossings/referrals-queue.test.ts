// The protection referrals queue: the child who has waited longest first, by arrival.
import { beforeAll, describe, expect, it } from 'vitest';
import { as, suiteTestApp } from '../../../test/support/app';
import { ago, id, insertEvent, insertFixtures, REFERRAL, SR_03 } from '../../../test/support/crossing-views';
import { DIALECTS } from '../../../test/support/databases';
import { SANTA_ROSA_ID } from '../../store/demo';

describe.each(DIALECTS)('the referrals queue on %s', (dialect) => {
  const ctx = suiteTestApp(dialect, ['supervisor']);
  const LATE_CHILD = id(20);
  const LATE_REFERRAL = id(21);
  beforeAll(async () => {
    const db = ctx.t.db.kysely;
    await insertFixtures(db);
    // A child who crossed two hours ago at a booth that was offline: the referral reached the server
    // only now, after the one of the child who crossed 30 minutes ago.
    const child = {
      givenNames: 'Rosa',
      surname1: 'Mora',
      sex: 'F',
      birthDate: '2016-03-01',
      nationality: 'VEN',
    };
    await insertEvent(db, {
      id: LATE_CHILD,
      kind: 'crossing',
      at: ago(120),
      booth: SR_03,
      decision: 'referred-protection',
      fields: { direction: 'entry', decision: 'referred-protection', person: child },
    });
    await db
      .insertInto('protection_referral')
      .values({
        id: LATE_REFERRAL,
        event_id: LATE_CHILD,
        checkpoint_id: SANTA_ROSA_ID,
        reason: 'unaccompanied-minor',
        status: 'open',
        created_at: ago(0),
        arrived_at: ago(120),
        closed_at: null,
        closed_by: null,
        note: null,
      })
      .execute();
  });

  it('puts the child who has waited longest first, by arrival, not by when the booth sent it', async () => {
    const headers = as(ctx.supervisor);
    const queue = await ctx.app.inject({ method: 'GET', url: '/api/referrals', headers });
    expect(queue.json<{ referrals: { id: string }[] }>().referrals.map((r) => r.id)).toEqual([
      LATE_REFERRAL,
      REFERRAL,
    ]);
    const overview = await ctx.app.inject({
      method: 'GET',
      url: '/api/crossings/overview?checkpoint=PE-SANTA-ROSA',
      headers,
    });
    expect(overview.json<{ referrals: { id: string }[] }>().referrals.map((r) => r.id)).toEqual([
      LATE_REFERRAL,
      REFERRAL,
    ]);
  });
});
