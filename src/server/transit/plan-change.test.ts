// Changing a convoy's times and vehicles before it leaves (PATCH /api/convoys/:id), on both databases:
// a bus replaced takes its passengers, the rules of a new convoy hold, a convoy that left no longer
// changes, only those who plan convoys may, every change is audited before and after, and the passes
// the new times leave short are revoked and issued again while the others stand.
import { beforeAll, describe, expect, it } from 'vitest';
import { as, SESSIONS_FOR_A_WEEK, sendAs, steppingClock, suiteTestApp } from '../../../test/support/app';
import { planConvoy, recordCrossings } from '../../../test/support/convoys';
import { DIALECTS } from '../../../test/support/databases';
import { venezuelanInTransit } from '../../../test/support/transit-crossings';
import { convoyBody } from '../../../test/support/write-bodies';
import { keyRingOf, PassKeyset, revokedOf, verifyPass } from '../../domain/passes';

const uuid = (n: number) => `0d0f0000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const QUISPE = { surname1: 'Quispe', birthDate: '1985-04-09' };
// convoyBody's convoy: leaves 2025-11-28T11:00Z, arrives 2025-11-30T03:00Z; its passes end 24 hours later.
const DEPARTURE = '2025-11-28T11:00:00.000Z';
const ARRIVAL = '2025-11-30T03:00:00.000Z';

interface Pass {
  readonly id: string;
  readonly text: string;
  readonly validFrom: string;
  readonly validUntil: string;
}

describe.each(DIALECTS)("changing a convoy's times and vehicles, on %s", (dialect) => {
  const clock = steppingClock();
  const ctx = suiteTestApp(
    dialect,
    ['supervisor', 'humanitarian', 'officer', 'analyst'],
    clock.clock,
    SESSIONS_FOR_A_WEEK,
  );
  const send = sendAs(ctx);
  const change = (who: typeof ctx.humanitarian, convoy: string, payload: object) =>
    ctx.app.inject({ method: 'PATCH', url: `/api/convoys/${convoy}`, headers: as(who), payload });
  // A convoy of its own for each case, with two travellers who ride no other seated on its first vehicle.
  let next = 0;
  const seatedConvoy = async (extra: Partial<ReturnType<typeof convoyBody>> = {}) => {
    next += 1;
    const body = { ...convoyBody(uuid(900 + next), `CONVOY-P${next}`), ...extra };
    const people = (await planConvoy(send, ctx.humanitarian, body)).slice(0, 2).map((c) => c.personId);
    const plate = body.vehicles[0]?.plate ?? '';
    const seats = people.map((personId) => ({ personId, plate }));
    const set = await send(ctx.humanitarian, 'PUT', `/api/convoys/${body.id}/manifest`, { seats });
    expect(set.statusCode, set.body).toBe(200);
    return { id: body.id, people };
  };
  const issuePasses = async (convoy: string) => {
    const issued = await send(ctx.supervisor, 'POST', `/api/convoys/${convoy}/passes`);
    expect(issued.statusCode, issued.body).toBeLessThan(300);
    return issued.json<{ passes: Pass[] }>().passes;
  };
  const checkpointVerifies = async (text: string, at: string) => {
    const keyset = PassKeyset.parse((await send(ctx.humanitarian, 'GET', '/api/passes/keyset')).json());
    return verifyPass(text, keyRingOf(keyset), revokedOf(keyset), at);
  };
  const auditOf = async (convoy: string) => {
    const rows = await ctx.t.db.kysely
      .selectFrom('audit_entry')
      .select(['detail', 'actor_id'])
      .where('entity_id', '=', convoy)
      .where('action', '=', 'convoy.update')
      .execute();
    return rows.map((r) => ({ ...r, detail: JSON.parse(r.detail ?? '{}') as unknown }));
  };

  beforeAll(async () => {
    // Everyone the convoys below carry: each convoy takes those who ride no other, so each gets its own.
    const travellers = Array.from({ length: 40 }, (_, i) =>
      venezuelanInTransit(uuid(i + 1), `Persona${i + 1}`, QUISPE, `V${i}555`),
    );
    await recordCrossings(send, ctx.supervisor, travellers);
  });

  it('moves the departure two hours later and keeps the passes issued, which still cover it', async () => {
    const { id } = await seatedConvoy({
      vehicles: [{ plate: 'BUS-1', kind: 'bus', seats: 2 }],
    });
    const [pass] = await issuePasses(id);
    const later = '2025-11-28T13:00:00.000Z';
    const changed = await change(ctx.humanitarian, id, { plannedDeparture: '2025-11-28T08:00:00-05:00' });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({
      convoy: { plannedDeparture: later, plannedArrival: ARRIVAL },
      passesRevoked: 0,
    });
    expect((await checkpointVerifies(pass?.text ?? '', '2025-11-28T14:00:00Z')).valid).toBe(true);
    const [entry, ...others] = await auditOf(id);
    expect(others).toEqual([]);
    expect(entry?.detail).toEqual({
      code: 'CONVOY-P1',
      before: { plannedDeparture: DEPARTURE },
      change: { plannedDeparture: later },
    });
  });

  it('revokes the passes a later arrival leaves short, and issues new ones for the new times', async () => {
    const { id } = await seatedConvoy({ vehicles: [{ plate: 'BUS-1', kind: 'bus', seats: 2 }] });
    const issued = await issuePasses(id);
    expect(issued).toHaveLength(2);
    const changed = await change(ctx.supervisor, id, {
      plannedDeparture: '2025-11-28T13:00:00Z',
      plannedArrival: '2025-11-30T05:00:00Z',
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json().passesRevoked).toBe(2);
    for (const old of issued) {
      expect(await checkpointVerifies(old.text, '2025-11-28T14:00:00Z')).toMatchObject({
        valid: false,
        reason: { code: 'revoked', cause: 'schedule-changed' },
      });
    }
    // The seats stay their holders': the convoy's passes are the new ones, valid over the new times.
    expect((await send(ctx.supervisor, 'GET', `/api/convoys/${id}/passes`)).json().passes).toEqual([]);
    const reissued = await issuePasses(id);
    expect(reissued.map((p) => [p.validFrom, p.validUntil])).toEqual([
      ['2025-11-28T13:00:00.000Z', '2025-12-01T05:00:00.000Z'],
      ['2025-11-28T13:00:00.000Z', '2025-12-01T05:00:00.000Z'],
    ]);
    expect(reissued.map((p) => p.id)).not.toContain(issued[0]?.id);
  });

  it('puts the passengers of a bus that broke down on the bus that replaces it', async () => {
    const { id, people } = await seatedConvoy({
      vehicles: [
        { plate: 'BUS-1', kind: 'bus', seats: 2 },
        { plate: 'VAN-1', kind: 'van', seats: 8 },
      ],
    });
    const spare = { plate: 'BUS-77', kind: 'bus', seats: 44, replaces: 'BUS-1' };
    const changed = await change(ctx.humanitarian, id, {
      vehicles: [spare, { plate: 'VAN-1', kind: 'van', seats: 8 }],
    });
    expect(changed.statusCode, changed.body).toBe(200);
    const detail = changed.json<{
      convoy: { vehicles: { plate: string }[] };
      manifest: { plate: string }[];
    }>();
    expect(detail.convoy.vehicles.map((v) => v.plate)).toEqual(['BUS-77', 'VAN-1']);
    expect(detail.manifest.map((p) => p.plate)).toEqual(['BUS-77', 'BUS-77']);
    expect(people).toHaveLength(2);
    const [entry] = await auditOf(id);
    expect(entry?.detail).toMatchObject({
      before: { vehicles: [{ plate: 'BUS-1' }, { plate: 'VAN-1' }] },
      change: {
        vehicles: [{ plate: 'BUS-77', seats: 44 }, { plate: 'VAN-1' }],
        replaced: { 'BUS-1': 'BUS-77' },
      },
    });
  });

  it.each([
    ['nothing to change', {}, 'body'],
    [
      'an arrival before the departure',
      { plannedDeparture: '2025-11-29T00:00:00Z', plannedArrival: '2025-11-28T00:00:00Z' },
      'body.plannedArrival',
    ],
    [
      'a departure after the arrival that stands',
      { plannedDeparture: '2025-12-02T00:00:00Z' },
      'body.plannedArrival',
    ],
    ['a time without its zone', { plannedDeparture: '2025-11-28T13:00:00' }, 'body.plannedDeparture'],
    [
      'a plate twice',
      {
        vehicles: [
          { plate: 'BUS-1', kind: 'bus', seats: 40 },
          { plate: 'BUS-1', kind: 'van', seats: 8 },
        ],
      },
      'body.vehicles',
    ],
    [
      'a vehicle replaced twice',
      {
        vehicles: [
          { plate: 'BUS-2', kind: 'bus', seats: 40, replaces: 'BUS-1' },
          { plate: 'BUS-3', kind: 'bus', seats: 40, replaces: 'BUS-1' },
        ],
      },
      'body.vehicles',
    ],
    ['no vehicle', { vehicles: [] }, 'body.vehicles'],
    [
      'a seat count it cannot take',
      { vehicles: [{ plate: 'BUS-1', kind: 'bus', seats: 0 }] },
      'body.vehicles.0.seats',
    ],
  ])('refuses %s as a bad field (400)', async (_, payload, path) => {
    const { id } = await seatedConvoy({ vehicles: [{ plate: 'BUS-1', kind: 'bus', seats: 2 }] });
    const refused = await change(ctx.humanitarian, id, payload);
    expect(refused.statusCode, refused.body).toBe(400);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(refused.json()).toMatchObject({ code: 'validation', errors: [expect.objectContaining({ path })] });
    expect(await auditOf(id)).toEqual([]);
  });

  it.each([
    [
      'a vehicle taken away with its passengers',
      [{ plate: 'VAN-1', kind: 'van', seats: 8 }],
      'plan.vehicle-seated',
    ],
    ['fewer seats than passengers', [{ plate: 'BUS-1', kind: 'bus', seats: 1 }], 'plan.over-seats'],
    [
      'a vehicle the convoy does not have replaced',
      [
        { plate: 'BUS-2', kind: 'bus', seats: 40, replaces: 'BUS-9' },
        { plate: 'BUS-1', kind: 'bus', seats: 2 },
      ],
      'plan.unknown-vehicle',
    ],
  ])('refuses %s: the vehicles could not carry the manifest (409)', async (_, vehicles, reason) => {
    const { id } = await seatedConvoy({ vehicles: [{ plate: 'BUS-1', kind: 'bus', seats: 2 }] });
    const refused = await change(ctx.humanitarian, id, { vehicles });
    expect(refused.statusCode, refused.body).toBe(409);
    expect(refused.json()).toMatchObject({ code: 'transit.vehicles', reason });
    const kept = await send(ctx.humanitarian, 'GET', `/api/convoys/${id}`);
    expect(kept.json().manifest.map((p: { plate: string }) => p.plate)).toEqual(['BUS-1', 'BUS-1']);
  });

  it('changes a convoy while boarding, and no longer once it has departed or was cancelled', async () => {
    const { id, people } = await seatedConvoy({ vehicles: [{ plate: 'BUS-1', kind: 'bus', seats: 2 }] });
    await issuePasses(id);
    const log = (event: object, at: string, n: number) =>
      clock.at(at, () =>
        send(ctx.humanitarian, 'POST', `/api/convoys/${id}/events`, { id: uuid(n), at, event }),
      );
    for (const [i, personId] of people.entries()) {
      const boarded = await log(
        { kind: 'boarding', personId, boarded: true },
        '2025-11-28T10:50:00Z',
        700 + i,
      );
      expect(boarded.statusCode, boarded.body).toBe(201);
    }
    const whileBoarding = await change(ctx.humanitarian, id, { plannedDeparture: '2025-11-28T11:30:00Z' });
    expect(whileBoarding.statusCode, whileBoarding.body).toBe(200);
    expect((await log({ kind: 'departed' }, '2025-11-28T11:35:00Z', 710)).statusCode).toBe(201);

    const departed = await change(ctx.humanitarian, id, { plannedArrival: '2025-11-30T06:00:00Z' });
    expect(departed.statusCode, departed.body).toBe(409);
    expect(departed.json()).toMatchObject({ code: 'transit.not-changeable' });

    const cancelled = await seatedConvoy({ vehicles: [{ plate: 'BUS-1', kind: 'bus', seats: 2 }] });
    const cancel = await send(ctx.humanitarian, 'POST', `/api/convoys/${cancelled.id}/events`, {
      id: uuid(720),
      at: '2025-11-27T15:00:00Z',
      event: { kind: 'cancelled', reason: 'Bloqueo de la carretera' },
    });
    expect(cancel.statusCode, cancel.body).toBe(201);
    const refused = await change(ctx.supervisor, cancelled.id, { plannedDeparture: '2025-11-28T12:00:00Z' });
    expect(refused.json()).toMatchObject({ status: 409, code: 'transit.not-changeable' });
    expect(await auditOf(cancelled.id)).toEqual([]);
  });

  it('lets supervisors and humanitarian partners change a convoy, and not officers or analysts', async () => {
    const { id } = await seatedConvoy({ vehicles: [{ plate: 'BUS-1', kind: 'bus', seats: 2 }] });
    const payload = { plannedDeparture: '2025-11-28T12:00:00Z' };
    expect((await change(ctx.officer, id, payload)).statusCode).toBe(403);
    expect((await change(ctx.analyst, id, payload)).statusCode).toBe(403);
    expect(await auditOf(id)).toEqual([]);
    expect((await change(ctx.supervisor, id, payload)).statusCode).toBe(200);
    const [entry] = await auditOf(id);
    expect(entry?.actor_id).toBe(ctx.supervisor.userId);
    expect((await change(ctx.humanitarian, uuid(999), payload)).json()).toMatchObject({
      status: 404,
      code: 'transit.not-found',
    });
  });
});
