// The transit API on both databases: a convoy from its manifest through boarding and stops to arrival,
// the refusals of seats, families and sequence, who may do what, and the audit of every write.
import type { LightMyRequestResponse } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { SESSIONS_FOR_A_WEEK, sendAs, steppingClock, suiteTestApp } from '../../../test/support/app';
import { planConvoy, recordCrossings } from '../../../test/support/convoys';
import { DIALECTS } from '../../../test/support/databases';
import { travellingChild, venezuelanInTransit } from '../../../test/support/transit-crossings';
import { convoyBody, passBody } from '../../../test/support/write-bodies';
import { DEMO_CONVOY_ID } from '../../store/demo';
import { maintainedPicture, recountPicture } from '../../store/transit';

const uuid = (n: number) => `0d0a0000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const CONVOY = uuid(900);
const GROUP = uuid(800);

const MENDOZA = { surname1: 'Mendoza', birthDate: '1988-02-11' };
const crossing = (n: number, given: string, extra: Record<string, unknown> = {}) =>
  venezuelanInTransit(uuid(n), given, MENDOZA, `V${n}123`, extra);
// The texts of the passes an answer lists, in an order that does not depend on the answer's.
const passTexts = (answer: LightMyRequestResponse) =>
  answer
    .json<{ passes: { text: string }[] }>()
    .passes.map((p) => p.text)
    .sort();

describe.each(DIALECTS)('the transit API on %s', (dialect) => {
  // Each step is logged at its time; everything else happens at the test's hour.
  const clock = steppingClock();
  const ctx = suiteTestApp(
    dialect,
    ['supervisor', 'humanitarian', 'officer', 'analyst'],
    clock.clock,
    SESSIONS_FOR_A_WEEK,
  );
  const people = new Map<string, string>();

  const send = sendAs(ctx);
  let n = 1000;
  const logEvent = (event: object, at: string) =>
    clock.at(at, () =>
      send(ctx.humanitarian, 'POST', `/api/convoys/${CONVOY}/events`, { id: uuid(++n), at, event }),
    );

  beforeAll(async () => {
    await recordCrossings(send, ctx.supervisor, [
      crossing(1, 'Carmen', { group: GROUP, relationship: 'reference' }),
      crossing(2, 'Sofía', {
        ...travellingChild(GROUP, uuid(1)),
        person: { givenNames: 'Sofía', surname1: 'Mendoza', birthDate: '2019', nationality: 'VEN' },
      }),
      crossing(3, 'Diego'),
      crossing(4, 'Elena', { consent: false }),
    ]);
    const convoy = convoyBody(CONVOY, 'CONVOY-T1');
    const vehicles = [...convoy.vehicles, { plate: 'VAN-1', kind: 'van', seats: 2 }];
    for (const c of await planConvoy(send, ctx.humanitarian, { ...convoy, vehicles })) {
      people.set(c.givenNames, c.personId);
    }
  });

  const who = (name: string) => people.get(name) ?? uuid(0);

  it('offers only people admitted in transit who consented, families sharing a key', () => {
    expect([...people.keys()].sort()).toEqual(['Carmen', 'Diego', 'Sofía']);
  });

  it('refuses a vehicle over its seats, counting the child, and a family on two vehicles', async () => {
    const full = await send(ctx.humanitarian, 'PUT', `/api/convoys/${CONVOY}/manifest`, {
      seats: [
        { personId: who('Carmen'), plate: 'VAN-1' },
        { personId: who('Diego'), plate: 'VAN-1' },
      ],
    });
    expect(full.statusCode).toBe(409);
    expect(full.json()).toMatchObject({ code: 'transit.manifest', reason: 'manifest.over-seats' });
    const split = await send(ctx.humanitarian, 'PUT', `/api/convoys/${CONVOY}/manifest`, {
      seats: [
        { personId: who('Carmen'), plate: 'VAN-1' },
        { personId: who('Sofía'), plate: 'BUS-1' },
      ],
    });
    expect(split.json()).toMatchObject({ code: 'transit.manifest', reason: 'manifest.family-split' });
  });

  it('lets officers read convoys but not manage them, and analysts neither', async () => {
    expect((await send(ctx.officer, 'GET', `/api/convoys/${CONVOY}`)).statusCode).toBe(200);
    expect(
      (await send(ctx.officer, 'PUT', `/api/convoys/${CONVOY}/manifest`, { seats: [] })).statusCode,
    ).toBe(403);
    expect((await send(ctx.analyst, 'GET', '/api/convoys')).statusCode).toBe(403);
    expect((await send(ctx.humanitarian, 'GET', `/api/convoys/${CONVOY}/pass-holders`)).statusCode).toBe(403);
  });

  it('runs a convoy from manifest through boarding and stops to arrival', async () => {
    const manifest = await send(ctx.humanitarian, 'PUT', `/api/convoys/${CONVOY}/manifest`, {
      seats: [
        { personId: who('Carmen'), plate: 'VAN-1' },
        { personId: who('Diego'), plate: 'BUS-1' },
      ],
    });
    expect(manifest.statusCode, manifest.body).toBe(200);
    const placed = manifest.json<{ manifest: { givenNames: string; plate: string }[] }>().manifest;
    expect(placed.map((p) => `${p.givenNames}@${p.plate}`).sort()).toEqual([
      'Carmen@VAN-1',
      'Diego@BUS-1',
      'Sofía@VAN-1',
    ]);

    const holders = await send(ctx.supervisor, 'GET', `/api/convoys/${CONVOY}/pass-holders`);
    expect(holders.json().holders).toHaveLength(3);
    expect(holders.json().holders[0]).toMatchObject({
      convoyCode: 'CONVOY-T1',
      corridorCode: 'TACNA-TUMBES',
      validFrom: '2025-11-28T11:00:00.000Z',
      validUntil: '2025-12-01T03:00:00.000Z',
    });

    const issued = await send(ctx.supervisor, 'POST', `/api/convoys/${CONVOY}/passes`);
    expect(issued.statusCode, issued.body).toBe(201);
    const passes = issued.json<{
      passes: {
        id: string;
        text: string;
        name: string;
        convoy: { name: string };
        corridor: { id: string; name: string };
      }[];
    }>().passes;
    const holderNames = holders
      .json<{ holders: { givenNames: string; surname1: string }[] }>()
      .holders.map((h) => `${h.givenNames} ${h.surname1}`);
    expect(passes).toHaveLength(holderNames.length);
    for (const name of holderNames) expect(passes.some((p) => p.name.startsWith(name))).toBe(true);
    expect(passes.every((p) => p.convoy.name === 'CONVOY-T1')).toBe(true);
    // The corridor by its name, as a checkpoint officer reads it on the pass, not its code twice.
    expect(passes.map((p) => p.corridor)).toEqual(
      passes.map(() => ({ id: 'TACNA-TUMBES', name: 'Tacna → Tumbes (hacia Ecuador)' })),
    );
    // Issuing again answers the same passes: nobody holds two.
    const again = await send(ctx.supervisor, 'POST', `/api/convoys/${CONVOY}/passes`);
    expect(again.statusCode, again.body).toBe(200);
    expect(passTexts(again)).toEqual(passTexts(issued));
    expect((await send(ctx.humanitarian, 'POST', `/api/convoys/${CONVOY}/passes`)).statusCode).toBe(403);
    // The convoy's page lists its passes, and they print together: an A5 page each.
    const listed = await send(ctx.supervisor, 'GET', `/api/convoys/${CONVOY}/passes`);
    expect(listed.statusCode, listed.body).toBe(200);
    expect(passTexts(listed)).toEqual(passTexts(issued));
    const printed = await send(ctx.supervisor, 'GET', `/api/convoys/${CONVOY}/passes/pdf?lang=en`);
    expect(printed.statusCode).toBe(200);
    expect(printed.headers['content-type']).toBe('application/pdf');
    expect(printed.rawPayload.toString('latin1').match(/\/Type \/Page\b/g)).toHaveLength(passes.length);
    expect(printed.headers['content-disposition']).toBe(`inline; filename="pases-${CONVOY}.pdf"`);
    // Each pass printed shows a person's data: each is recorded as a read.
    const prints = await ctx.t.db.kysely
      .selectFrom('audit_entry')
      .select('entity_id')
      .where('action', '=', 'pass.print')
      .execute();
    expect(prints.map((p) => p.entity_id).sort()).toEqual(passes.map((p) => p.id).sort());

    const steps: [object, string][] = [
      [{ kind: 'boarding', personId: who('Carmen'), boarded: true }, '2025-11-28T10:40:00Z'],
      [{ kind: 'boarding', personId: who('Sofía'), boarded: true }, '2025-11-28T10:41:00Z'],
      [{ kind: 'boarding', personId: who('Diego'), boarded: true }, '2025-11-28T10:42:00Z'],
      [{ kind: 'departed' }, '2025-11-28T11:05:00Z'],
      [{ kind: 'stop-arrived', stop: 'NAZCA', headCount: 3 }, '2025-11-28T23:00:00Z'],
      [
        { kind: 'left', personId: who('Diego'), stop: 'NAZCA', reason: 'Atención médica' },
        '2025-11-28T23:30:00Z',
      ],
      [{ kind: 'stop-departed', stop: 'NAZCA', headCount: 2 }, '2025-11-29T00:00:00Z'],
      [{ kind: 'arrived', personIds: [who('Carmen'), who('Sofía')] }, '2025-11-30T02:30:00Z'],
    ];
    const boarding = steps.slice(0, 3);
    const onTheRoad = steps.slice(3);
    for (const [event, at] of boarding) {
      const answer = await logEvent(event, at);
      expect(answer.statusCode, answer.body).toBe(201);
    }
    // Its passes are valid from the planned departure, 11:00, and are signed so: a departure before it
    // would send everyone down the road with passes that read "not yet valid". One more pass issued by
    // hand, valid from 10:00, does not make the others valid earlier.
    const byHand = await send(ctx.supervisor, 'POST', '/api/passes', {
      ...passBody(uuid(950)),
      convoy: { id: CONVOY, name: 'CONVOY-T1' },
      corridor: { id: 'TACNA-TUMBES', name: 'Tacna → Tumbes (hacia Ecuador)' },
      validFrom: '2025-11-28T10:00:00Z',
      validUntil: '2025-12-01T03:00:00Z',
    });
    expect(byHand.statusCode, byHand.body).toBe(201);
    const early = await logEvent({ kind: 'departed' }, '2025-11-28T10:50:00Z');
    expect(early.statusCode, early.body).toBe(409);
    expect(early.json()).toMatchObject({
      code: 'transit.sequence',
      reason: 'sequence.departed-before-passes',
    });
    for (const [event, at] of onTheRoad) {
      const answer = await logEvent(event, at);
      expect(answer.statusCode, answer.body).toBe(201);
    }
    const detail = (await send(ctx.officer, 'GET', `/api/convoys/${CONVOY}`)).json();
    expect(detail.convoy.status).toBe('arrived');
    expect(detail.counts).toEqual({ listed: 3, boarded: 3, noShow: 0, onBoard: 0, left: 1, arrived: 2 });
    // Why he left is read by supervisors only; officers and partners see who left, where and when.
    const left = { personId: who('Diego'), stop: 'NAZCA', at: '2025-11-28T23:30:00.000Z' };
    expect(detail.left).toEqual([{ ...left, reason: null }]);
    const partners = (await send(ctx.humanitarian, 'GET', `/api/convoys/${CONVOY}`)).json();
    expect(partners.left).toEqual([{ ...left, reason: null }]);
    expect(JSON.stringify(partners)).not.toContain('Atención médica');
    const supervisors = (await send(ctx.supervisor, 'GET', `/api/convoys/${CONVOY}`)).json();
    expect(supervisors.left).toEqual([{ ...left, reason: 'Atención médica' }]);
    expect(detail.visits.map((v: { stop: string }) => v.stop)).toEqual(['TACNA', 'NAZCA', 'TUMBES']);
    const db = ctx.t.db.kysely;
    expect(await maintainedPicture(db, CONVOY)).toEqual((await recountPicture(db, CONVOY))?.summary);
    // No screening or enforcement data in what the convoy page answers.
    expect(JSON.stringify(detail)).not.toMatch(/screening|decision|refus|watchlist/i);

    const audited = await db
      .selectFrom('audit_entry')
      .select('action')
      .where('entity_id', '=', CONVOY)
      .execute();
    const actions = audited.map((a) => a.action);
    for (const action of [
      'convoy.create',
      'convoy.manifest',
      'convoy.boarding',
      'convoy.departed',
      'convoy.left',
      'convoy.arrived',
    ]) {
      expect(actions).toContain(action);
    }
  });

  it('refuses boarding after departure and a stop off the corridor, with the rule', async () => {
    const other = uuid(901);
    const candidates = await planConvoy(send, ctx.supervisor, {
      ...convoyBody(other, 'CONVOY-T2'),
      plannedDeparture: '2025-11-29T11:00:00Z',
      plannedArrival: '2025-12-01T03:00:00Z',
    });
    expect(candidates).toEqual([]);
    const post = (event: object, at: string) =>
      clock.at(at, () =>
        send(ctx.supervisor, 'POST', `/api/convoys/${other}/events`, { id: uuid(++n), at, event }),
      );
    expect((await post({ kind: 'departed' }, '2025-11-29T11:00:00Z')).json()).toMatchObject({
      code: 'transit.sequence',
      reason: 'sequence.nobody-boarded',
    });
    const stop = await post({ kind: 'stop-arrived', stop: 'CUSCO', headCount: 1 }, '2025-11-29T12:00:00Z');
    expect(stop.json()).toMatchObject({ code: 'transit.sequence', reason: 'sequence.not-departed' });
    const finished = await logEvent(
      { kind: 'boarding', personId: who('Carmen'), boarded: true },
      '2025-11-30T05:00:00Z',
    );
    expect(finished.statusCode).toBe(409);
    expect(finished.json()).toMatchObject({ reason: 'sequence.finished' });
    const locked = await send(ctx.humanitarian, 'PUT', `/api/convoys/${CONVOY}/manifest`, { seats: [] });
    expect(locked.json()).toMatchObject({ code: 'transit.manifest', reason: 'manifest.locked' });
  });

  it('refuses a step dated after the server clock, which would close the log until then', async () => {
    const convoy = uuid(904);
    await planConvoy(send, ctx.supervisor, convoyBody(convoy, 'CONVOY-T3'));
    const step = (id: number, at: string) =>
      send(ctx.supervisor, 'POST', `/api/convoys/${convoy}/events`, {
        id: uuid(id),
        at,
        event: { kind: 'cancelled', reason: 'Carretera bloqueada' },
      });
    // The test's clock stands at 15:00 UTC: a device a day ahead, then one ten minutes ahead.
    for (const [id, at] of [
      [910, '2025-11-28T15:00:00Z'],
      [911, '2025-11-27T15:10:00Z'],
    ] as const) {
      const ahead = await step(id, at);
      expect(ahead.statusCode, ahead.body).toBe(409);
      expect(ahead.json()).toMatchObject({ code: 'transit.sequence', reason: 'sequence.in-future' });
    }
    expect((await step(912, '2025-11-27T15:04:00Z')).statusCode).toBe(201);
    const detail = await send(ctx.supervisor, 'GET', `/api/convoys/${convoy}`);
    expect(detail.json()).toMatchObject({
      convoy: { status: 'cancelled' },
      cancelled: { reason: 'Carretera bloqueada' },
    });
    // Partners managing convoys are told when it was cancelled, not why.
    const partners = await send(ctx.humanitarian, 'GET', `/api/convoys/${convoy}`);
    expect(partners.json()).toMatchObject({ cancelled: { at: '2025-11-27T15:04:00.000Z', reason: null } });
  });

  it('answers 400 to bad input and 404 to a convoy nobody has', async () => {
    const bad = await send(ctx.humanitarian, 'POST', `/api/convoys/${CONVOY}/events`, {
      id: uuid(5000),
      at: 'yesterday',
      event: { kind: 'teleported' },
    });
    expect(bad.statusCode).toBe(400);
    const backwards = await send(ctx.humanitarian, 'POST', '/api/convoys', {
      ...convoyBody(uuid(902), 'BACKWARDS'),
      plannedDeparture: '2025-11-29T11:00:00Z',
      plannedArrival: '2025-11-28T11:00:00Z',
    });
    expect(backwards.statusCode).toBe(400);
    expect((await send(ctx.officer, 'GET', `/api/convoys/${uuid(999)}`)).statusCode).toBe(404);
  });

  it('refuses a second convoy with a code already used, saying in `reason` that the code is taken', async () => {
    const again = await send(ctx.supervisor, 'POST', '/api/convoys', convoyBody(uuid(903), 'CONVOY-T1'));
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'transit.conflict', reason: 'code-taken' });
  });

  it('says there is nothing to print for a convoy none of whose passes is issued', async () => {
    const none = await send(ctx.supervisor, 'GET', `/api/convoys/${DEMO_CONVOY_ID}/passes/pdf`);
    expect(none.statusCode).toBe(404);
    expect(none.json()).toMatchObject({ detail: 'No pass has been issued for this convoy.' });
    const listed = await send(ctx.supervisor, 'GET', `/api/convoys/${DEMO_CONVOY_ID}/passes`);
    expect(listed.json()).toEqual({ passes: [] });
  });
});
