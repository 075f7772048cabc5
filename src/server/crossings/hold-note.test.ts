// A supervisor's decision on a held person says why, on both databases: through POST /api/events and
// an imported outbox file, a decision (or a void) of a held crossing without a note is refused on its
// own, the other events of the batch applied; with one, it moves the person out of `held`.
import { describe, expect, it } from 'vitest';
import { as, eachTestApp, type Login } from '../../../test/support/app';
import { DIALECTS } from '../../../test/support/databases';
import type { EventOutcome } from '../../api/events';
import { crossingAt, decisionCounts, postEvents } from './test-post-events';

const ROSA = { givenNames: 'Rosa Elena', surname1: 'Quispe', sex: 'F', nationality: 'VEN' };
const DAY = '2025-11-27';
// The booth holds the person for the supervisor (a rule's "refer"), at 14:00 in UTC.
const heldCrossing = () => crossingAt(`${DAY}T14:00:00Z`, ROSA, { decision: 'held' });

const correction = (corrects: string, change: Record<string, unknown>, at = `${DAY}T14:20:00Z`) => ({
  kind: 'correction',
  id: crypto.randomUUID(),
  at,
  checkpoint: 'PE-SANTA-ROSA',
  corrects,
  ...change,
});

const codes = (outcomes: readonly EventOutcome[]) => outcomes.map((o) => o.problem?.code ?? o.status);

describe.each(DIALECTS)('a decision on a held crossing, on %s', (dialect) => {
  const ctx = eachTestApp(dialect, ['officer', 'supervisor']);
  const send = (who: Login, events: unknown[]) => postEvents(ctx.app, as(who), events);
  const counts = () => decisionCounts(ctx.app, as(ctx.supervisor), DAY);

  it.each([
    ['no note', { set: { decision: 'admitted' } }],
    ['a note of spaces only', { set: { decision: 'admitted', note: '   ' } }],
    ['an empty note of its own', { set: { decision: 'refused', refusalGround: 'entry-ban' }, note: ' ' }],
    ['a void with no note', { void: true }],
  ])('refuses one with %s, on its own, and applies the rest of the batch', async (_, change) => {
    const held = heldCrossing();
    await send(ctx.officer, [held]);
    const other = crossingAt(`${DAY}T14:10:00Z`, { ...ROSA, givenNames: 'Ana' });
    const outcomes = await send(ctx.supervisor, [correction(held.id, change), other]);
    expect(codes(outcomes)).toEqual(['correction.note-required', 'applied']);
    expect(outcomes[0]?.problem?.title).toBe('A decision on a held crossing needs a note');
    expect(await counts()).toEqual([
      { dims: { decision: 'admitted' }, crossed: 1, refused: 0, held: 0 },
      { dims: { decision: 'held' }, crossed: 0, refused: 0, held: 1 },
    ]);
  });

  it.each([
    ['the note it sets on the crossing', { set: { decision: 'admitted', note: '  Identidad verificada  ' } }],
    ['its own note', { set: { decision: 'admitted' }, note: 'Identidad verificada con el consulado' }],
  ])('applies one that gives the reason in %s, and logs it', async (_, change) => {
    const held = heldCrossing();
    await send(ctx.officer, [held]);
    const decided = correction(held.id, change);
    expect(codes(await send(ctx.supervisor, [decided]))).toEqual(['applied']);
    expect(await counts()).toEqual([{ dims: { decision: 'admitted' }, crossed: 1, refused: 0, held: 0 }]);
    const entry = await ctx.t.db.kysely
      .selectFrom('audit_entry')
      .select('detail')
      .where('action', '=', 'events.record')
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(entry.detail).corrected[held.id]).toEqual({
      decision: 'admitted',
      note: expect.stringContaining('Identidad verificada'),
    });
  });

  it('asks no note of a correction that leaves the crossing held, nor of one of a crossing not held', async () => {
    const held = heldCrossing();
    const admitted = crossingAt(`${DAY}T14:05:00Z`, { ...ROSA, givenNames: 'Ana' });
    await send(ctx.officer, [held, admitted]);
    const outcomes = await send(ctx.supervisor, [
      correction(held.id, { set: { person: { ...ROSA, surname1: 'Quispe Mamani' } } }),
      correction(held.id, { set: { decision: 'held' } }),
      correction(admitted.id, { set: { decision: 'refused', refusalGround: 'public-order' } }),
    ]);
    expect(codes(outcomes)).toEqual(['applied', 'applied', 'applied']);
  });

  it('refuses a decision without a note on a crossing held earlier in the same batch', async () => {
    const held = heldCrossing();
    const outcomes = await send(ctx.supervisor, [
      held,
      correction(held.id, { set: { decision: 'admitted' } }),
      correction(
        held.id,
        { set: { decision: 'admitted', note: 'Autorizado por la jefatura' } },
        `${DAY}T14:30:00Z`,
      ),
    ]);
    expect(codes(outcomes)).toEqual(['applied', 'correction.note-required', 'applied']);
    expect(await counts()).toEqual([{ dims: { decision: 'admitted' }, crossed: 1, refused: 0, held: 0 }]);
  });

  it('refuses it in an imported outbox file on its own, and imports the rest', async () => {
    const held = heldCrossing();
    await send(ctx.officer, [held]);
    const events = [
      correction(held.id, { set: { decision: 'refused', refusalGround: 'entry-ban' }, offline: true }),
      correction(
        held.id,
        { set: { decision: 'refused', refusalGround: 'entry-ban', note: 'Prohibición vigente' } },
        `${DAY}T14:30:00Z`,
      ),
    ];
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/events/import',
      headers: as(ctx.supervisor),
      payload: { events },
    });
    expect(response.statusCode, response.body).toBe(200);
    const answer = response.json<{ applied: number; refused: number; outcomes: EventOutcome[] }>();
    expect(answer).toMatchObject({ applied: 1, refused: 1 });
    expect(codes(answer.outcomes)).toEqual(['correction.note-required', 'applied']);
    expect(await counts()).toEqual([{ dims: { decision: 'refused' }, crossed: 0, refused: 1, held: 0 }]);
  });
});
