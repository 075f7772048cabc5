// A seat names its passenger as the crossing whose decision counts names them: the person's latest,
// whichever of their merged records holds it. A correction of that crossing renames the seat and
// revokes the pass naming them otherwise, and so does the merge that brings it (and its undoing); a
// correction of an earlier crossing of theirs does not.
import { describe, expect, it } from 'vitest';
import { eachTestApp, sendAs } from '../../../test/support/app';
import { planConvoy, recordCrossings } from '../../../test/support/convoys';
import { DIALECTS } from '../../../test/support/databases';
import { LINK_EXPLANATION } from '../../../test/support/links';
import { transitCrossing } from '../../../test/support/transit-crossings';
import { convoyBody } from '../../../test/support/write-bodies';
import { insertLinks } from '../../store/matching';

const uuid = (n: number) => `0e1f0000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const CONVOY = uuid(901);
const SEATED = uuid(1);
const OTHER = uuid(2);
const BORN = '1988-02-10';

interface Pass {
  readonly id: string;
  readonly name: string;
  readonly revoked: { readonly cause: string } | null;
}

const yelitza = (id: string, at: string, givenNames: string) =>
  transitCrossing(
    id,
    at,
    { givenNames, surname1: 'Parra', birthDate: BORN, nationality: 'VEN' },
    { document: { type: 'ID', number: 'V1001', issuingState: 'VEN' } },
  );

describe.each(DIALECTS)('the seat of a person whose other record is corrected, on %s', (dialect) => {
  const ctx = eachTestApp(dialect, ['supervisor', 'humanitarian']);
  const send = sendAs(ctx);

  const personOf = async (crossing: string) => {
    const row = await ctx.t.db.kysely
      .selectFrom('crossing_event')
      .select('person_id')
      .where('id', '=', crossing)
      .executeTakeFirst();
    if (!row?.person_id) throw new Error(`no person for ${crossing}`);
    return row.person_id;
  };
  const passes = async () => {
    const issued = await send(ctx.supervisor, 'POST', `/api/convoys/${CONVOY}/passes`);
    expect(issued.statusCode, issued.body).toBeLessThan(300);
    return issued.json<{ passes: Pass[] }>().passes;
  };
  const passById = async (id: string) => {
    const answer = await send(ctx.supervisor, 'GET', `/api/convoys/${CONVOY}/passes`);
    return answer.json<{ passes: Pass[] }>().passes.find((p) => p.id === id);
  };
  const causesRevoked = async (passId: string) =>
    (
      await ctx.t.db.kysely
        .selectFrom('pass_revocation')
        .select('cause')
        .where('pass_id', '=', passId)
        .execute()
    ).map((r) => r.cause);

  // Yelitza's crossing SEATED is on the convoy with a pass; her crossing OTHER, at `otherAt`, is a
  // second record of hers, merged into the seated one. Answers the pass issued before the merge.
  async function seatedThenMerged(seatedAt: string, otherAt: string): Promise<Pass> {
    await recordCrossings(send, ctx.supervisor, [yelitza(SEATED, seatedAt, 'Yelitza')]);
    await planConvoy(send, ctx.humanitarian, convoyBody(CONVOY, 'CONVOY-S1'));
    const seated = await personOf(SEATED);
    const set = await send(ctx.humanitarian, 'PUT', `/api/convoys/${CONVOY}/manifest`, {
      seats: [{ personId: seated, plate: 'BUS-1' }],
    });
    expect(set.statusCode, set.body).toBe(200);
    const [pass, ...others] = await passes();
    expect(others).toEqual([]);
    if (!pass) throw new Error('no pass issued');
    expect(pass.name).toBe('Yelitza Parra');

    await recordCrossings(send, ctx.supervisor, [yelitza(OTHER, otherAt, 'Yelitsa')]);
    const other = await personOf(OTHER);
    // The booth may have linked the two records already, as look-alikes: that link is the one merged.
    await insertLinks(ctx.t.db.kysely, [
      {
        id: uuid(700),
        personId: other,
        otherPersonId: seated,
        score: 0.97,
        explanation: LINK_EXPLANATION,
        modelVersion: 'test',
        source: 'batch',
        createdAt: '2025-11-27T15:00:00.000Z',
      },
    ]);
    const link = await ctx.t.db.kysely
      .selectFrom('duplicate_link')
      .select('id')
      .where((eb) =>
        eb.or([
          eb.and([eb('person_id', '=', other), eb('other_person_id', '=', seated)]),
          eb.and([eb('person_id', '=', seated), eb('other_person_id', '=', other)]),
        ]),
      )
      .executeTakeFirstOrThrow();
    const merged = await send(ctx.supervisor, 'POST', `/api/duplicates/${link.id}/review`, {
      decision: 'merge',
      reason: 'Mismo documento',
    });
    expect(merged.json(), merged.body).toMatchObject({ status: 'merged' });
    return pass;
  }

  const correctOther = async () => {
    const corrected = await send(ctx.supervisor, 'POST', '/api/events', {
      events: [
        {
          kind: 'correction',
          id: uuid(911),
          at: '2025-11-27T14:50:00Z',
          checkpoint: 'PE-SANTA-ROSA',
          corrects: OTHER,
          set: {
            person: {
              givenNames: 'Yelitza',
              surname1: 'Parra',
              surname2: 'Mora',
              birthDate: BORN,
              nationality: 'VEN',
            },
          },
        },
      ],
    });
    expect(corrected.json().outcomes[0], corrected.body).toMatchObject({ status: 'applied' });
  };

  it('renames the seat and revokes its pass when the later crossing of a merged record is corrected', async () => {
    const first = await seatedThenMerged('2025-11-27T14:00:00Z', '2025-11-27T14:30:00Z');

    await correctOther();

    expect(await causesRevoked(first.id)).toEqual(['details-corrected']);
    const convoy = await send(ctx.humanitarian, 'GET', `/api/convoys/${CONVOY}`);
    expect(convoy.body).toContain('Mora');
    const [second] = await passes();
    expect(second).toMatchObject({ name: 'Yelitza Parra Mora', revoked: null });
    expect(second?.id).not.toBe(first.id);
  });

  it('keeps the seat and its pass when an earlier crossing of a merged record is corrected', async () => {
    const first = await seatedThenMerged('2025-11-27T14:00:00Z', '2025-11-27T13:30:00Z');

    await correctOther();

    expect(await causesRevoked(first.id)).toEqual([]);
    expect(await passById(first.id)).toMatchObject({ name: 'Yelitza Parra', revoked: null });
  });

  it('renames the seat and revokes its pass when a merge brings a later crossing, and gives them back when undone', async () => {
    const first = await seatedThenMerged('2025-11-27T14:00:00Z', '2025-11-27T14:30:00Z');

    // The merge alone: the later crossing, as typed at its booth ("Yelitsa"), is the one that counts.
    expect(await causesRevoked(first.id)).toEqual(['details-corrected']);
    const convoy = await send(ctx.humanitarian, 'GET', `/api/convoys/${CONVOY}`);
    expect(convoy.body).toContain('Yelitsa');
    const [second] = await passes();
    expect(second).toMatchObject({ name: 'Yelitsa Parra', revoked: null });

    const link = await ctx.t.db.kysely
      .selectFrom('duplicate_link')
      .select('id')
      .where('status', '=', 'merged')
      .executeTakeFirstOrThrow();
    const undone = await send(ctx.supervisor, 'POST', `/api/duplicates/${link.id}/review`, {
      decision: 'unmerge',
      reason: 'Eran dos personas',
    });
    expect(undone.statusCode, undone.body).toBe(200);
    expect(await causesRevoked(second?.id ?? '')).toEqual(['details-corrected']);
    const [third] = await passes();
    expect(third).toMatchObject({ name: 'Yelitza Parra', revoked: null });
  });
});
