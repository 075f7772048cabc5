// A person whose name a correction changes is screened again as corrected: a listed person registered
// under a name typed wrong, then put right, is held like one registered under the right name, on both
// databases and whichever of the crossing and its correction arrives first.
import { describe, expect, it } from 'vitest';
import { as, eachTestApp, login } from '../../../test/support/app';
import { DIALECTS } from '../../../test/support/databases';
import { importWatchlist, LISTED_ALONE_CSV, LISTED_AS_READ } from '../../../test/support/watchlists';
import { crossingAt, decisionCounts, getOk, postEvents, TYPED_WRONG } from './test-post-events';

describe.each(DIALECTS)('a crossing whose person a correction changes, on %s', (dialect) => {
  // The test's clock is 2025-11-27T15:00:00Z.
  const ctx = eachTestApp(dialect, ['officer', 'supervisor']);

  const crossing = (id: string, decision: string, extra: object = {}) =>
    crossingAt('2025-11-27T14:50:00Z', TYPED_WRONG, { id, decision, ...extra });
  const renaming = (target: string, id = crypto.randomUUID()) => ({
    kind: 'correction',
    id,
    at: '2025-11-27T14:52:00Z',
    checkpoint: 'PE-SANTA-ROSA',
    corrects: target,
    set: { person: LISTED_AS_READ },
    note: 'nombre mal escrito',
  });
  const decisions = () => decisionCounts(ctx.app, as(ctx.supervisor), '2025-11-27');
  type Hit = { id: string; entry: { watchId: string }; person: { givenNames: string; surname1: string } };
  const openHits = async () =>
    (await getOk<{ hits: Hit[] }>(ctx.app, as(ctx.supervisor), '/api/screening/hits?status=open')).hits;
  type Held = { eventId: string; why: { screening: boolean } };
  const heldCases = async () =>
    (
      await getOk<{ held: Held[] }>(
        ctx.app,
        as(ctx.supervisor),
        '/api/crossings/overview?checkpoint=PE-SANTA-ROSA',
      )
    ).held;

  it('holds an admitted person once their name is corrected to a listed one, until a review', async () => {
    await importWatchlist(ctx.app, await login(ctx.app, 'admin'), LISTED_ALONE_CSV);
    const id = crypto.randomUUID();
    const [sent] = await postEvents(ctx.app, as(ctx.officer), [crossing(id, 'admitted')]);
    expect(sent).toMatchObject({ status: 'applied', screening: 'clear' });
    expect(await openHits()).toEqual([]);

    const correctionId = crypto.randomUUID();
    const [renamed] = await postEvents(ctx.app, as(ctx.officer), [renaming(id, correctionId)]);
    // Whoever sent the correction learns that the person as corrected is held.
    expect(renamed).toMatchObject({ status: 'applied', screening: 'hold' });
    expect(await decisions()).toEqual([{ dims: { decision: 'held' }, crossed: 0, refused: 0, held: 1 }]);
    // The supervisor reviews the person as now corrected, not as first typed.
    const [hit] = await openHits();
    expect(hit?.entry.watchId).toBe('UN-001');
    expect(hit?.person).toMatchObject({ givenNames: 'MARIA JOSE', surname1: 'DE LA CRUZ' });
    expect(await heldCases()).toMatchObject([{ eventId: id, why: { screening: true } }]);

    // The same correction again changes nothing and raises no second hit.
    const [again] = await postEvents(ctx.app, as(ctx.officer), [renaming(id, correctionId)]);
    expect(again?.status).toBe('duplicate');
    expect(await openHits()).toHaveLength(1);

    // Nobody lets the person through before the match is reviewed.
    const [early] = await postEvents(ctx.app, as(ctx.supervisor), [
      {
        kind: 'correction',
        id: crypto.randomUUID(),
        at: '2025-11-27T14:59:00Z',
        checkpoint: 'PE-SANTA-ROSA',
        corrects: id,
        set: { decision: 'admitted' },
      },
    ]);
    expect(early).toMatchObject({ status: 'problem', problem: { code: 'correction.unreviewed-hit' } });
  });

  it('holds the person when the correction arrives before its crossing', async () => {
    await importWatchlist(ctx.app, await login(ctx.app, 'admin'), LISTED_ALONE_CSV);
    const id = crypto.randomUUID();
    const [first] = await postEvents(ctx.app, as(ctx.supervisor), [renaming(id)]);
    expect(first).toMatchObject({ status: 'applied', waiting: true });
    const [arrived] = await postEvents(ctx.app, as(ctx.officer), [crossing(id, 'referred-protection')]);
    // The booth is told the person is held, not clear as the name it sent would be.
    expect(arrived).toMatchObject({ status: 'applied', screening: 'hold' });
    expect(await decisions()).toEqual([{ dims: { decision: 'held' }, crossed: 0, refused: 0, held: 1 }]);
    expect((await openHits()).map((h) => [h.entry.watchId, h.person.surname1])).toEqual([
      ['UN-001', 'DE LA CRUZ'],
    ]);
  });

  it('keeps a refusal a refusal, with the match raised for review', async () => {
    await importWatchlist(ctx.app, await login(ctx.app, 'admin'), LISTED_ALONE_CSV);
    const id = crypto.randomUUID();
    await postEvents(ctx.app, as(ctx.officer), [
      crossing(id, 'refused', { refusalGround: 'no-valid-document' }),
      renaming(id),
    ]);
    expect(await decisions()).toEqual([{ dims: { decision: 'refused' }, crossed: 0, refused: 1, held: 0 }]);
    expect((await openHits()).map((h) => h.entry.watchId)).toEqual(['UN-001']);
  });

  it('leaves a person corrected to a name nobody lists as decided', async () => {
    await importWatchlist(ctx.app, await login(ctx.app, 'admin'), LISTED_ALONE_CSV);
    const id = crypto.randomUUID();
    const outcomes = await postEvents(ctx.app, as(ctx.officer), [
      crossing(id, 'admitted'),
      { ...renaming(id), set: { person: { ...TYPED_WRONG, givenNames: 'ROSA ELENA' } } },
    ]);
    expect(outcomes.map((o) => [o.status, o.screening])).toEqual([
      ['applied', 'clear'],
      ['applied', undefined],
    ]);
    expect(await decisions()).toEqual([{ dims: { decision: 'admitted' }, crossed: 1, refused: 0, held: 0 }]);
    expect(await openHits()).toEqual([]);
  });
});
