// A watchlist hold against a device whose clock runs a little ahead: a correction sent with the
// crossing, dated after the server's clock, does not let the listed person through. The hold screening
// makes takes effect after every correction already stored for the crossing, on both databases.
import { describe, expect, it } from 'vitest';
import { as, eachTestApp, login } from '../../../test/support/app';
import { DIALECTS } from '../../../test/support/databases';
import { importWatchlist, LISTED_ALONE_CSV, LISTED_AS_READ } from '../../../test/support/watchlists';
import { crossingAt, decisionCounts, postEvents } from './test-post-events';

describe.each(DIALECTS)('a watchlist hold and a device clock ahead, on %s', (dialect) => {
  // The test's clock is 2025-11-27T15:00:00Z.
  const ctx = eachTestApp(dialect, ['officer', 'supervisor']);

  it.each([
    ['admitted', '2025-11-27T15:00:02Z'],
    ['referred-protection', '2025-11-27T15:03:00Z'],
  ])(
    'keeps the person held when the booth sends %s corrected at %s with the crossing',
    async (decision, at) => {
      await importWatchlist(ctx.app, await login(ctx.app, 'admin'), LISTED_ALONE_CSV);
      const id = crypto.randomUUID();
      const outcomes = await postEvents(ctx.app, as(ctx.officer), [
        crossingAt('2025-11-27T14:51:00Z', LISTED_AS_READ, { id }),
        {
          kind: 'correction',
          id: crypto.randomUUID(),
          at,
          checkpoint: 'PE-SANTA-ROSA',
          corrects: id,
          set: { decision },
          note: 'corregido en la caseta',
        },
      ]);
      expect(outcomes.map((o) => o.status)).toEqual(['applied', 'applied']);
      expect(outcomes[0]?.screening).toBe('hold');
      for (const recount of [false, true]) {
        expect(await decisionCounts(ctx.app, as(ctx.supervisor), '2025-11-27', recount)).toEqual([
          { dims: { decision: 'held' }, crossed: 0, refused: 0, held: 1 },
        ]);
      }
      const overview = await ctx.app.inject({
        method: 'GET',
        url: '/api/crossings/overview?checkpoint=PE-SANTA-ROSA',
        headers: as(ctx.supervisor),
      });
      expect(overview.statusCode, overview.body).toBe(200);
      expect(overview.json<{ held: { eventId: string }[] }>().held.map((h) => h.eventId)).toContain(id);
    },
  );
});

describe.each(DIALECTS)("a supervisor's decision dated before the hold it answers, on %s", (dialect) => {
  const ctx = eachTestApp(dialect, ['officer', 'supervisor']);

  it('is refused, so the supervisor learns of the hold, and one dated after it applies', async () => {
    const id = crypto.randomUUID();
    const crossing = {
      kind: 'crossing',
      id,
      at: '2025-11-27T14:50:00Z',
      checkpoint: 'PE-SANTA-ROSA',
      booth: 'SR-01',
      direction: 'entry',
      decision: 'admitted',
      person: { givenNames: 'Rosa', surname1: 'Mamani', birthDate: '1990-05-05', nationality: 'VEN' },
    };
    expect((await postEvents(ctx.app, as(ctx.officer), [crossing]))[0]?.status).toBe('applied');
    const correction = (at: string, set: object | null) => ({
      kind: 'correction',
      id: crypto.randomUUID(),
      at,
      checkpoint: 'PE-SANTA-ROSA',
      corrects: id,
      ...(set === null ? { void: true } : { set }),
    });
    const supervisor = (event: object) => postEvents(ctx.app, as(ctx.supervisor), [event]);
    const held = await supervisor(
      correction('2025-11-27T14:58:00Z', { decision: 'held', note: 'Verificar' }),
    );
    expect(held[0]?.status).toBe('applied');
    // A second device, its clock three minutes behind: its decisions predate the hold.
    for (const early of [
      correction('2025-11-27T14:55:00Z', { decision: 'admitted' }),
      correction('2025-11-27T14:58:00Z', { decision: 'refused', refusalGround: 'no-valid-document' }),
      correction('2025-11-27T14:57:00Z', null),
    ]) {
      const [outcome] = await supervisor(early);
      expect(outcome, JSON.stringify(outcome)).toMatchObject({
        status: 'problem',
        problem: { code: 'correction.before-hold' },
      });
    }
    const decisions = () => decisionCounts(ctx.app, as(ctx.supervisor), '2025-11-27');
    expect(await decisions()).toEqual([{ dims: { decision: 'held' }, crossed: 0, refused: 0, held: 1 }]);
    const [late] = await supervisor(
      correction('2025-11-27T14:59:00Z', { decision: 'admitted', note: 'Filiación verificada' }),
    );
    expect(late?.status).toBe('applied');
    expect(await decisions()).toEqual([{ dims: { decision: 'admitted' }, crossed: 1, refused: 0, held: 0 }]);
  });
});
