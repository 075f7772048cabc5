// The protection queue lists open referrals by when each person crossed, whichever way the referral
// was opened: a child alone when the crossing arrives, the booth's decision, or a supervisor's
// correction that refers a held person hours later. A booth that worked offline sends its crossings
// late; the person who has waited longest still comes first.
import { describe, expect, it } from 'vitest';
import { as, eachTestApp } from '../../../test/support/app';
import { DIALECTS } from '../../../test/support/databases';
import { crossingAt, getOk, postEvents } from './test-post-events';

describe.each(DIALECTS)('the referrals queue by arrival, on %s', (dialect) => {
  const ctx = eachTestApp(dialect, ['officer', 'supervisor', 'humanitarian']);

  it('puts first the person who crossed first, however and whenever the referral was opened', async () => {
    const crossing = (at: string, decision: string, person: object) =>
      crossingAt(at, { surname1: 'Duarte', sex: 'F', nationality: 'VEN', ...person }, { decision });
    const adult = { givenNames: 'Marta', birthDate: '1987-06-01' };
    const refugee = crossing('2025-11-27T14:00:00Z', 'referred-protection', adult);
    const held = crossing('2025-11-27T09:00:00Z', 'held', { ...adult, givenNames: 'Rosa' });
    const child = crossing('2025-11-27T07:30:00-05:00', 'admitted', {
      givenNames: 'Luisa',
      birthDate: '2016-02-03',
    });
    // The refugee's crossing reaches the server first; the child's and the held person's come later
    // from a booth that was offline, and the held person is referred by a correction after that.
    for (const event of [refugee, child, held]) {
      const [outcome] = await postEvents(ctx.app, as(ctx.officer), [event]);
      expect(outcome, JSON.stringify(outcome)).toMatchObject({ status: 'applied' });
    }
    const refer = {
      kind: 'correction',
      id: crypto.randomUUID(),
      at: '2025-11-27T14:30:00Z',
      checkpoint: 'PE-SANTA-ROSA',
      corrects: held.id,
      set: { decision: 'referred-protection', note: 'Pide refugio' },
    };
    expect((await postEvents(ctx.app, as(ctx.supervisor), [refer]))[0]).toMatchObject({ status: 'applied' });

    const queue = await getOk<{ referrals: { eventId: string; crossedAt: string }[]; total: number }>(
      ctx.app,
      as(ctx.humanitarian),
      '/api/referrals',
    );
    expect(queue.referrals.map((r) => [r.eventId, r.crossedAt])).toEqual([
      [held.id, '2025-11-27T09:00:00.000Z'],
      [child.id, '2025-11-27T12:30:00.000Z'],
      [refugee.id, '2025-11-27T14:00:00.000Z'],
    ]);
    expect(queue.total).toBe(3);
  });
});
