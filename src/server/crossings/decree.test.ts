// Every crossing decision records the decree in force at its checkpoint at its time: a reference to
// the decree record when the register has one, the policy's legal basis text alone otherwise. Every
// test app holds the demo decree for Santa Rosa (D.S. N.° 135-2025-PCM); these tests record its
// extension and cross on either side of the day one ends and the other starts, and before the first.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { as, eachTestApp, login } from '../../../test/support/app';
import { DIALECTS } from '../../../test/support/databases';
import { DEMO_DECREE_ID } from '../../store/demo';
import { postEvents } from './test-post-events';

const DECREE_ID = '0a7a0000-0000-4000-8000-0000000001d5';
const dayAfter = (date: string, days = 1) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
// Issued while the demo decree is in force (a decree is recorded once issued), to start when it ends.
const extensionOf = (demo: { startsOn: string; endsOn: string }) => ({
  id: DECREE_ID,
  number: 'D.S. N.° 0XX-2026-PCM',
  title: 'Prorrogan el estado de emergencia en Tacna',
  issuedOn: demo.startsOn,
  legalBasis: 'Constitución Política del Perú, art. 137',
  startsOn: dayAfter(demo.endsOn),
  endsOn: dayAfter(demo.endsOn, 60),
  checkpoints: ['PE-SANTA-ROSA'],
});

const crossing = (at: string) => ({
  kind: 'crossing',
  id: crypto.randomUUID(),
  at,
  checkpoint: 'PE-SANTA-ROSA',
  direction: 'entry',
  decision: 'admitted',
  person: { givenNames: 'Luis Alberto', surname1: 'Rodríguez', birthDate: '1988-07-02', nationality: 'VEN' },
  recommendation: 'admit',
  policyVersion: 1,
  policyRule: 'entry-valid-passport',
  legalBasis: 'D.L. N.º 1350, Ley de Migraciones',
});

describe.each(DIALECTS)('the decree a crossing records, on %s', (dialect) => {
  // The server's clock moves on to after the crossings sent, which are in the decrees' days ahead: a
  // booth's record dated after the server's clock is refused.
  const START = '2025-11-27T15:00:00Z';
  let clock = START;
  const ctx = eachTestApp(dialect, ['officer', 'supervisor'], () => clock);
  afterEach(() => {
    clock = START;
  });
  // The demo decree's first and last days, and the extension these tests record.
  let demo: { startsOn: string; endsOn: string };
  let decree: ReturnType<typeof extensionOf>;
  beforeEach(async () => {
    const found = await ctx.app.inject({
      method: 'GET',
      url: `/api/decrees/${DEMO_DECREE_ID}`,
      headers: as(ctx.supervisor),
    });
    demo = found.json<{ decree: typeof demo }>().decree;
    decree = extensionOf(demo);
    const made = await ctx.app.inject({
      method: 'POST',
      url: `/api/decrees/${DEMO_DECREE_ID}/extensions`,
      headers: as(ctx.supervisor),
      payload: decree,
    });
    expect(made.statusCode, made.body).toBe(201);
  });

  const send = async (events: readonly { at: string }[]) => {
    const last = Math.max(Date.parse(clock), ...events.map((e) => Date.parse(e.at)));
    clock = new Date(last + 60_000).toISOString();
    // Signed in again: a session of the first clock has ended by then.
    return (await postEvents(ctx.app, as(await login(ctx.app, 'officer')), events)).map((o) => o.status);
  };
  const stored = async (id: string) => {
    const row = await ctx.t.db.kysely
      .selectFrom('crossing_event')
      .select('body')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    return JSON.parse(row.body) as { decree?: unknown; legalBasis?: string };
  };

  it('records the decree’s id and number with a crossing in its days, beside the policy’s legal basis', async () => {
    // 00:30 in Tacna on the extension's first day, and 23:30 on the day before, the demo decree's last
    // (both on the same UTC date: only UTC−5 tells them apart).
    const inExtension = crossing(`${decree.startsOn}T05:30:00Z`);
    const inDemo = crossing(`${decree.startsOn}T04:30:00Z`);
    expect(await send([inExtension, inDemo])).toEqual(['applied', 'applied']);
    expect(await stored(inExtension.id)).toMatchObject({
      decree: { id: DECREE_ID, number: 'D.S. N.° 0XX-2026-PCM' },
      legalBasis: 'D.L. N.º 1350, Ley de Migraciones',
    });
    expect(await stored(inDemo.id)).toMatchObject({
      decree: { id: DEMO_DECREE_ID, number: 'D.S. N.° 135-2025-PCM' },
      legalBasis: 'D.L. N.º 1350, Ley de Migraciones',
    });
  });

  it('keeps only the policy’s legal basis for a crossing when no decree is in force', async () => {
    // 23:30 in Tacna on the day before the demo decree's first.
    const event = crossing(`${demo.startsOn}T04:30:00Z`);
    expect(await send([event])).toEqual(['applied']);
    const body = await stored(event.id);
    expect(body.decree).toBeUndefined();
    expect(body.legalBasis).toBe('D.L. N.º 1350, Ley de Migraciones');
  });

  it('records the register’s decree, not one the device names, and none when none is in force', async () => {
    const forged = { id: crypto.randomUUID(), number: 'D.S. falso' };
    const inForce = { ...crossing(`${decree.startsOn}T05:30:00Z`), decree: forged };
    const before = { ...crossing(`${demo.startsOn}T04:30:00Z`), decree: forged };
    expect(await send([inForce, before])).toEqual(['applied', 'applied']);
    expect((await stored(inForce.id)).decree).toEqual({ id: DECREE_ID, number: 'D.S. N.° 0XX-2026-PCM' });
    expect((await stored(before.id)).decree).toBeUndefined();
  });

  it('answers a resend as a duplicate even after the register changed', async () => {
    const event = crossing(`${dayAfter(decree.startsOn, 3)}T15:00:00Z`);
    expect(await send([event])).toEqual(['applied']);
    const amended = await ctx.app.inject({
      method: 'POST',
      url: `/api/decrees/${DECREE_ID}/amendments`,
      headers: as(await login(ctx.app, 'supervisor')),
      payload: {
        reason: 'Fe de erratas',
        content: { ...decree, id: undefined, number: 'D.S. N.° 0XX-2026-PCM (fe de erratas)' },
      },
    });
    expect(amended.statusCode, amended.body).toBe(200);
    expect(await send([event])).toEqual(['duplicate']);
    expect((await stored(event.id)).decree).toEqual({ id: DECREE_ID, number: 'D.S. N.° 0XX-2026-PCM' });
  });
});
