// A child's crossing that names the adult they travel with, arriving before that adult's (devices
// syncing in another order, an import): the referral opened as for a child alone says who the adult is
// once the adult's crossing is there, for the humanitarian worker who decides whether to close it.
import { describe, expect, it } from 'vitest';
import { as, eachTestApp } from '../../../test/support/app';
import { DIALECTS } from '../../../test/support/databases';
import { postEvents } from './test-post-events';

describe.each(DIALECTS)("a child's referral and the adult who arrived later, on %s", (dialect) => {
  const ctx = eachTestApp(dialect, ['officer', 'humanitarian']);

  it('names the adult once their crossing is stored, and nobody before', async () => {
    const group = crypto.randomUUID();
    const adult = crypto.randomUUID();
    const crossing = (id: string, person: object, more: object) => ({
      kind: 'crossing',
      id,
      at: '2025-11-27T14:10:00Z',
      checkpoint: 'PE-SANTA-ROSA',
      booth: 'SR-01',
      direction: 'entry',
      decision: 'admitted',
      person: { surname1: 'Duarte', sex: 'F', nationality: 'VEN', ...person },
      group,
      ...more,
    });
    const child = crossing(
      crypto.randomUUID(),
      { givenNames: 'Luisa', birthDate: '2016-02-03' },
      {
        relationship: 'child',
        travelsWith: adult,
      },
    );
    const [first] = await postEvents(ctx.app, as(ctx.officer), [child]);
    expect(first).toMatchObject({ status: 'applied', referral: 'unaccompanied-minor' });
    const queue = async () => {
      const answer = await ctx.app.inject({
        method: 'GET',
        url: '/api/referrals',
        headers: as(ctx.humanitarian),
      });
      expect(answer.statusCode, answer.body).toBe(200);
      return answer.json<{ referrals: { eventId: string; companion: unknown }[] }>().referrals;
    };
    expect((await queue()).find((r) => r.eventId === child.id)?.companion).toBeNull();

    const mother = crossing(
      adult,
      { givenNames: 'Marta', birthDate: '1987-06-01' },
      { relationship: 'reference' },
    );
    expect((await postEvents(ctx.app, as(ctx.officer), [mother]))[0]?.status).toBe('applied');
    expect((await queue()).find((r) => r.eventId === child.id)?.companion).toMatchObject({
      person: { givenNames: 'Marta', surname1: 'Duarte', age: 38 },
      crossedAt: '2025-11-27T14:10:00.000Z',
    });
  });
});
