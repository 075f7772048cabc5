// One person, two records: once a supervisor merges them, the person rides one convoy whichever record
// a manifest names, and a merge that would seat one person on two convoys, or twice on one, is refused
// until a seat goes.
import { describe, expect, it } from 'vitest';
import { eachTestApp, sendAs } from '../../../test/support/app';
import { planConvoy, recordCrossings } from '../../../test/support/convoys';
import { DIALECTS } from '../../../test/support/databases';
import { LINK_EXPLANATION } from '../../../test/support/links';
import { venezuelanInTransit } from '../../../test/support/transit-crossings';
import { convoyBody } from '../../../test/support/write-bodies';
import { insertLinks } from '../../store/matching';

const uuid = (n: number) => `0e1e0000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const FIRST = uuid(901);
const SECOND = uuid(902);
const LINK = uuid(700);

describe.each(DIALECTS)('convoy seats of merged records, on %s', (dialect) => {
  const ctx = eachTestApp(dialect, ['supervisor', 'humanitarian']);
  const send = sendAs(ctx);
  const setManifest = (convoy: string, people: readonly string[]) =>
    send(ctx.humanitarian, 'PUT', `/api/convoys/${convoy}/manifest`, {
      seats: people.map((personId) => ({ personId, plate: 'BUS-1' })),
    });
  const mergeLink = () =>
    send(ctx.supervisor, 'POST', `/api/duplicates/${LINK}/review`, {
      decision: 'merge',
      reason: 'Mismo documento',
    });

  // Two records of one woman, both admitted in transit, linked as duplicates: the link's first
  // record (the lower id) is the one a merge absorbs.
  async function twoRecords(): Promise<{ absorbed: string; survivor: string }> {
    await recordCrossings(send, ctx.supervisor, [
      venezuelanInTransit(uuid(1), 'Yelitza', { surname1: 'Parra', birthDate: '1988-02-10' }, 'V1001'),
      venezuelanInTransit(uuid(2), 'Carmen', { surname1: 'Ochoa', birthDate: '1975-07-21' }, 'V2002'),
    ]);
    const candidates = await planConvoy(send, ctx.humanitarian, convoyBody(FIRST, 'CONVOY-M1'));
    const [absorbed, survivor] = candidates.map((c) => c.personId).sort();
    if (absorbed === undefined || survivor === undefined) throw new Error('two candidates expected');
    await insertLinks(ctx.t.db.kysely, [
      {
        id: LINK,
        personId: absorbed,
        otherPersonId: survivor,
        score: 0.97,
        explanation: LINK_EXPLANATION,
        modelVersion: 'test',
        source: 'batch',
        createdAt: '2025-11-27T15:00:00.000Z',
      },
    ]);
    return { absorbed, survivor };
  }

  const mergedInto = async (id: string) =>
    (await ctx.t.db.kysely.selectFrom('person').select('merged_into').where('id', '=', id).executeTakeFirst())
      ?.merged_into;

  it('does not seat a merged person on a second convoy through their other record', async () => {
    const { absorbed, survivor } = await twoRecords();
    expect((await setManifest(FIRST, [absorbed])).statusCode).toBe(200);
    expect((await mergeLink()).statusCode).toBe(200);
    const candidates = await planConvoy(send, ctx.humanitarian, convoyBody(SECOND, 'CONVOY-M2'));
    expect(candidates.map((c) => c.personId)).not.toContain(survivor);
    const refused = await setManifest(SECOND, [survivor]);
    expect(refused.statusCode, refused.body).toBe(409);
    expect(refused.json()).toMatchObject({ code: 'transit.manifest', reason: 'manifest.not-eligible' });
  });

  it('refuses to merge two records seated on two convoys, until one seat is taken off', async () => {
    const { absorbed, survivor } = await twoRecords();
    expect((await setManifest(FIRST, [absorbed])).statusCode).toBe(200);
    await planConvoy(send, ctx.humanitarian, convoyBody(SECOND, 'CONVOY-M2'));
    expect((await setManifest(SECOND, [survivor])).statusCode).toBe(200);
    const refused = await mergeLink();
    expect(refused.statusCode, refused.body).toBe(409);
    expect(refused.json()).toMatchObject({
      code: 'duplicate.two-convoys',
      convoys: ['CONVOY-M1', 'CONVOY-M2'],
    });
    expect(await mergedInto(absorbed)).toBeNull();
    expect((await setManifest(SECOND, [])).statusCode).toBe(200);
    expect((await mergeLink()).json()).toMatchObject({ status: 'merged' });
  });

  it('refuses to merge two records seated on one convoy, until one seat is taken off', async () => {
    const { absorbed, survivor } = await twoRecords();
    expect((await setManifest(FIRST, [absorbed, survivor])).statusCode).toBe(200);
    const refused = await mergeLink();
    expect(refused.statusCode, refused.body).toBe(409);
    expect(refused.json()).toMatchObject({ code: 'duplicate.same-convoy', convoys: ['CONVOY-M1'] });
    expect(await mergedInto(absorbed)).toBeNull();
    expect((await setManifest(FIRST, [survivor])).statusCode).toBe(200);
    expect((await mergeLink()).json()).toMatchObject({ status: 'merged' });
  });
});
