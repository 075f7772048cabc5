// A person registered as an adult and corrected to a child (a birth year typed wrong) is a child at the
// crossing: travelling alone, a protection referral opens for the humanitarian side, as it would have
// at the booth; on both databases and whichever of the crossing and its correction arrives first.
import { describe, expect, it } from 'vitest';
import { as, eachTestApp } from '../../../test/support/app';
import { DIALECTS } from '../../../test/support/databases';
import { crossingAt, getOk, postEvents } from './test-post-events';

describe.each(DIALECTS)('a person corrected to a child, on %s', (dialect) => {
  // The test's clock is 2025-11-27T15:00:00Z.
  const ctx = eachTestApp(dialect, ['officer', 'supervisor', 'humanitarian']);

  const person = { givenNames: 'LUIS', surname1: 'SOTO', sex: 'M', nationality: 'VEN' };
  const crossing = (id: string) =>
    crossingAt('2025-11-27T14:50:00Z', { ...person, birthDate: '1995-04-02' }, { id });
  const toChild = (target: string) => ({
    kind: 'correction',
    id: crypto.randomUUID(),
    at: '2025-11-27T14:55:00Z',
    checkpoint: 'PE-SANTA-ROSA',
    corrects: target,
    set: { person: { ...person, birthDate: '2015-04-02' } },
    note: 'año de nacimiento mal escrito',
  });
  type Referral = { eventId: string; reason: string };
  const referrals = async () =>
    (await getOk<{ referrals: Referral[] }>(ctx.app, as(ctx.humanitarian), '/api/referrals')).referrals;

  it.each([
    ['after', false],
    ['before', true],
  ])('opens a referral for a child alone when the correction arrives %s the crossing', async (_, first) => {
    const id = crypto.randomUUID();
    const events = [crossing(id), toChild(id)];
    for (const event of first ? events.reverse() : events)
      await postEvents(ctx.app, as(ctx.officer), [event]);
    expect((await referrals()).map((r) => [r.eventId, r.reason])).toEqual([[id, 'unaccompanied-minor']]);
  });

  it('opens no second referral for a child referred at the booth whose birth date is corrected', async () => {
    const id = crypto.randomUUID();
    const child = { ...crossing(id), person: { ...person, birthDate: '2014-01-01' } };
    const [sent] = await postEvents(ctx.app, as(ctx.officer), [child]);
    expect(sent?.referral).toBe('unaccompanied-minor');
    await postEvents(ctx.app, as(ctx.officer), [toChild(id)]);
    expect((await referrals()).map((r) => r.eventId)).toEqual([id]);
  });

  it('opens no referral for an adult corrected to another adult', async () => {
    const id = crypto.randomUUID();
    await postEvents(ctx.app, as(ctx.officer), [
      crossing(id),
      { ...toChild(id), set: { person: { ...person, birthDate: '1996-04-02' } } },
    ]);
    expect(await referrals()).toEqual([]);
  });
});
