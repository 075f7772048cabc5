// One person, two records: a woman registered at the booth twice (her name typed once with a slip)
// is linked by matching as a possible duplicate. Once one record has a bed, a check-in of the other
// asks first, on both databases; a reviewer who rejects the link ends the question.
import { describe, expect, it } from 'vitest';
import { as, type Login, suiteTestApp } from '../../../test/support/app';
import { DIALECTS } from '../../../test/support/databases';
import { venezuelanInTransit } from '../../../test/support/transit-crossings';
import { DEMO_SHELTERS } from '../../store/demo';
import { postEvents } from '../crossings/test-post-events';

const SHELTER = DEMO_SHELTERS[1]?.id ?? '';
const OTHER_SHELTER = DEMO_SHELTERS[2]?.id ?? '';
const HER = { surname1: 'Quintero', birthDate: '1991-03-14' };
const ANOTHER = { surname1: 'Bracamonte', birthDate: '1987-09-02' };

describe.each(DIALECTS)('a second bed for a look-alike record on %s', (dialect) => {
  const ctx = suiteTestApp(dialect, ['officer', 'humanitarian', 'supervisor']);
  const post = (who: Login, url: string, payload: object) =>
    ctx.app.inject({ method: 'POST', url, headers: as(who), payload });
  const checkIn = (personId: string, shelterId: string, extra: object = {}) =>
    post(ctx.humanitarian, '/api/care/check-ins', {
      id: crypto.randomUUID(),
      shelterId,
      bedKind: 'women',
      personIds: [personId],
      ...extra,
    });

  async function registerTwice(
    names: readonly [string, string],
    family: typeof HER,
    number: string,
  ): Promise<[string, string]> {
    const [first] = await postEvents(ctx.app, as(ctx.officer), [
      venezuelanInTransit(crypto.randomUUID(), names[0], family, number),
    ]);
    const [second] = await postEvents(ctx.app, as(ctx.officer), [
      venezuelanInTransit(crypto.randomUUID(), names[1], family, number),
    ]);
    expect(second?.candidates?.map((c) => c.personId)).toContain(first?.personId);
    return [first?.personId ?? '', second?.personId ?? ''];
  }

  it('asks before a second bed, naming who stays where, and checks in once the carer says they differ', async () => {
    const [first, second] = await registerTwice(['Yohana Carolina', 'Johana Carolina'], HER, 'V20311455');
    expect((await checkIn(first, SHELTER)).statusCode).toBe(200);
    // The carer's search already says so, for the question to come before anything is sent.
    const search = await ctx.app.inject({
      method: 'GET',
      url: '/api/care/candidates?q=Carolina Quintero',
      headers: as(ctx.humanitarian),
    });
    const found = search.json<{ people: { personId: string; lookAlikes: unknown[] }[] }>().people;
    expect(found.find((p) => p.personId === second)?.lookAlikes).toMatchObject([
      { personId: second, stayingId: first, shelterId: SHELTER },
    ]);
    expect(found.find((p) => p.personId === first)?.lookAlikes).toEqual([]);

    const refused = await checkIn(second, OTHER_SHELTER);
    expect(refused.statusCode, refused.body).toBe(409);
    expect(refused.json()).toMatchObject({
      code: 'care.possible-duplicate',
      ids: [second],
      lookAlikes: [
        { personId: second, stayingId: first, name: 'Yohana Carolina Quintero', shelterId: SHELTER },
      ],
    });
    // Nothing was recorded: she is not staying anywhere under the second record.
    const residents = await ctx.app.inject({
      method: 'GET',
      url: `/api/care/shelters/${OTHER_SHELTER}`,
      headers: as(ctx.humanitarian),
    });
    expect(
      residents.json<{ residents: { personId: string }[] }>().residents.map((r) => r.personId),
    ).not.toContain(second);

    const checked = await checkIn(second, OTHER_SHELTER, { allowPossibleDuplicate: true });
    expect(checked.statusCode, checked.body).toBe(200);
    const audit = await ctx.t.db.kysely
      .selectFrom('audit_entry')
      .select('detail')
      .where('action', '=', 'care.check-in')
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(audit.detail ?? '{}')).toMatchObject({
      people: [second],
      allowPossibleDuplicate: true,
    });
  });

  it('asks whichever record came first, and no longer once a reviewer says they are two people', async () => {
    const [first, second] = await registerTwice(['María Fernanda', 'Maria Fernada'], ANOTHER, 'V18022731');
    expect((await checkIn(second, SHELTER)).statusCode).toBe(200);
    const refused = await checkIn(first, SHELTER);
    expect(refused.json()).toMatchObject({
      code: 'care.possible-duplicate',
      lookAlikes: [{ personId: first, stayingId: second }],
    });

    const queue = await ctx.app.inject({
      method: 'GET',
      url: '/api/duplicates',
      headers: as(ctx.supervisor),
    });
    const links = queue.json<{ links: { id: string; a: { personId: string }; b: { personId: string } }[] }>()
      .links;
    const pair = (ids: readonly string[]) => [...ids].sort().join();
    const link = links.find((l) => pair([l.a.personId, l.b.personId]) === pair([first, second]));
    const review = await post(ctx.supervisor, `/api/duplicates/${link?.id}/review`, {
      decision: 'reject',
      reason: 'Otra fecha de nacimiento',
    });
    expect(review.json()).toMatchObject({ status: 'rejected' });
    expect((await checkIn(first, SHELTER)).statusCode).toBe(200);
  });
});
