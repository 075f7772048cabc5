// A child referred to protection as unaccompanied or separated never rides a convoy without their
// family: a manifest that would seat them alone is refused (manifest.child-alone); with the adult their
// crossing names, who is placed beside them, it is set.
import { beforeAll, describe, expect, it } from 'vitest';
import { sendAs, suiteTestApp } from '../../../test/support/app';
import { planConvoy, recordCrossings } from '../../../test/support/convoys';
import { DIALECTS } from '../../../test/support/databases';
import { venezuelanInTransit } from '../../../test/support/transit-crossings';
import { convoyBody } from '../../../test/support/write-bodies';

const uuid = (n: number) => `0d0e0000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const CONVOY = uuid(900);
const GROUP = uuid(800);
const ROJAS = { surname1: 'Rojas', birthDate: '1990-05-06' };
const child = (birthDate: string) => ({ person: { givenNames: '', surname1: 'Rojas', birthDate } });

describe.each(DIALECTS)('a child referred to protection on a convoy, on %s', (dialect) => {
  const ctx = suiteTestApp(dialect, ['supervisor', 'humanitarian']);
  const send = sendAs(ctx);
  const people = new Map<string, string>();
  const who = (name: string) => people.get(name) ?? uuid(0);
  const setManifest = (names: readonly string[]) =>
    send(ctx.humanitarian, 'PUT', `/api/convoys/${CONVOY}/manifest`, {
      seats: names.map((name) => ({ personId: who(name), plate: 'BUS-1' })),
    });
  const crossing = (n: number, given: string, extra: Record<string, unknown> = {}) => {
    const made = venezuelanInTransit(uuid(n), given, ROJAS, `V${n}321`, extra);
    return {
      ...made,
      person: { ...made.person, ...((extra.person as object | undefined) ?? {}), givenNames: given },
    };
  };

  beforeAll(async () => {
    await recordCrossings(send, ctx.supervisor, [
      // Alone at the booth: unaccompanied.
      crossing(1, 'Nico', { ...child('2016-03-01'), document: undefined }),
      crossing(2, 'Diego'),
      // With his grandmother, not a parent or guardian: separated.
      crossing(3, 'Lucía', { group: GROUP, relationship: 'reference' }),
      crossing(4, 'Mateo', {
        ...child('2017-08-09'),
        group: GROUP,
        relationship: 'grandchild',
        travelsWith: uuid(3),
        document: undefined,
      }),
    ]);
    for (const c of await planConvoy(send, ctx.humanitarian, convoyBody(CONVOY, 'CONVOY-K1'))) {
      people.set(c.givenNames, c.personId);
    }
    const referrals = await ctx.t.db.kysely
      .selectFrom('protection_referral')
      .select(['event_id', 'reason'])
      .orderBy('event_id')
      .execute();
    expect(referrals).toEqual([
      { event_id: uuid(1), reason: 'unaccompanied-minor' },
      { event_id: uuid(4), reason: 'separated-minor' },
    ]);
  });

  it('says which candidates are children referred to protection, for the builder to mark', async () => {
    const listed = await send(ctx.humanitarian, 'GET', `/api/convoys/${CONVOY}/candidates`);
    expect(listed.statusCode, listed.body).toBe(200);
    const referred = listed
      .json<{ candidates: { givenNames: string; referredChild: boolean }[] }>()
      .candidates.map((c) => [c.givenNames, c.referredChild])
      .sort();
    expect(referred).toEqual([
      ['Diego', false],
      ['Lucía', false],
      ['Mateo', true],
      ['Nico', true],
    ]);
  });

  it('names the child who would ride alone by their id, for the builder to name them', async () => {
    const refused = await setManifest(['Nico', 'Diego']);
    expect(refused.json<{ detail: string }>().detail).toContain(who('Nico'));
    expect(refused.json<{ detail: string }>().detail).not.toContain(who('Diego'));
  });

  it.each([
    ['alone', ['Nico']],
    ['with an adult who is not their family', ['Nico', 'Diego']],
  ])('refuses an unaccompanied child on the manifest %s', async (_, names) => {
    const refused = await setManifest(names);
    expect(refused.statusCode, refused.body).toBe(409);
    expect(refused.json()).toMatchObject({ code: 'transit.manifest', reason: 'manifest.child-alone' });
  });

  it('seats a separated child with the adult their crossing names, placed beside them', async () => {
    const set = await setManifest(['Mateo']);
    expect(set.statusCode, set.body).toBe(200);
    expect(
      set
        .json<{ manifest: { givenNames: string }[] }>()
        .manifest.map((p) => p.givenNames)
        .sort(),
    ).toEqual(['Lucía', 'Mateo']);
  });
});
