// The offline booth's server side on both databases, with the web app's own outbox and sync loop as
// the devices: two devices correcting one crossing offline keep both corrections and the supervisor
// sees the conflict; an outbox saved to a file is imported once, however often it comes.
import { describe, expect, it } from 'vitest';
import { as, eachTestApp, type Login, login } from '../../../test/support/app';
import { DIALECTS } from '../../../test/support/databases';
import { makeDevice } from '../../../test/support/device';
import type { PasoEvent } from '../../api/events';
import { outboxFile } from '../../web/offline/export';

const crossing = (booth: string, over: Record<string, unknown> = {}): PasoEvent =>
  ({
    kind: 'crossing',
    id: crypto.randomUUID(),
    at: '2025-11-27T14:00:00Z',
    checkpoint: 'PE-SANTA-ROSA',
    booth,
    direction: 'entry',
    decision: 'admitted',
    person: { givenNames: 'Yohana', surname1: 'Briceño', sex: 'F', birthDate: '1994-08', nationality: 'VEN' },
    ...over,
  }) as PasoEvent;

const tally = (n: number): PasoEvent => ({
  kind: 'tally',
  id: crypto.randomUUID(),
  at: `2025-11-27T14:${String(n % 60).padStart(2, '0')}:00Z`,
  checkpoint: 'PE-SANTA-ROSA',
  booth: 'SR-01',
  direction: 'entry',
  category: n % 2 === 0 ? 'man' : 'girl',
  count: 1,
  offline: true,
});

type Conflict = {
  eventId: string;
  corrections: {
    id: string;
    boothCode: string | null;
    offline: boolean;
    set: Record<string, unknown> | null;
  }[];
  pairs: { a: string; b: string; fields: string[] }[];
  current: Record<string, unknown>;
  person: Record<string, unknown> | null;
};

describe.each(DIALECTS)('the offline booth on the server, on %s', (dialect) => {
  const ctx = eachTestApp(dialect, ['officer', 'supervisor']);

  const get = async (who: Login, url: string) => ctx.app.inject({ method: 'GET', url, headers: as(who) });
  const conflicts = async () => {
    const response = await get(ctx.supervisor, '/api/corrections/conflicts?checkpoint=PE-SANTA-ROSA');
    expect(response.statusCode, response.body).toBe(200);
    return response.json<{ conflicts: Conflict[] }>().conflicts;
  };
  const counts = async (recount: boolean) => {
    const response = await get(
      ctx.supervisor,
      `/api/counts?from=2025-11-27&to=2025-11-27&by=decision${recount ? '&recount=true' : ''}`,
    );
    expect(response.statusCode, response.body).toBe(200);
    return response.json<{ rows: { dims: Record<string, string>; crossed: number; refused: number }[] }>()
      .rows;
  };
  const storedIds = async () =>
    (await ctx.t.db.kysely.selectFrom('crossing_event').select('id').execute()).map((r) => r.id);

  it('keeps both corrections two devices made offline to one crossing, and lists the conflict', async () => {
    const a = makeDevice(ctx.app, ctx.officer, 'booth-a');
    // The same officer signed in on a second booth's device.
    const b = makeDevice(ctx.app, await login(ctx.app, 'officer'), 'booth-b');
    const registered = crossing('SR-01');
    expect(await a.sync.submit([registered])).toMatchObject({ kind: 'sent' });

    a.setOnline(false);
    b.setOnline(false);
    // Each device corrects as the booth does: naming the latest correction it has seen of the event.
    const correct = async (device: typeof a, booth: string, at: string, set: Record<string, unknown>) => {
      const event = {
        kind: 'correction',
        id: crypto.randomUUID(),
        at,
        checkpoint: 'PE-SANTA-ROSA',
        booth,
        offline: true,
        corrects: registered.id,
        seen: await device.sync.lastCorrection(registered.id),
        set,
      } as PasoEvent;
      expect(await device.sync.submit([event])).toEqual({ kind: 'queued' });
      return event.id;
    };
    const refusedOnA = await correct(a, 'SR-01', '2025-11-27T14:10:00Z', {
      decision: 'refused',
      refusalGround: 'no-valid-document',
      note: 'Documento vencido',
    });
    const transitOnB = await correct(b, 'SR-02', '2025-11-27T14:20:00Z', {
      decision: 'admitted-transit',
      exitPoint: 'PE-TUMBES',
      note: 'Sale por Tumbes',
    });
    // A's second thought knows of its first: it adds to it, it does not conflict with it.
    const noteOnA = await correct(a, 'SR-01', '2025-11-27T14:30:00Z', { direction: 'entry' });

    b.setOnline(true);
    await b.sync.flush();
    a.setOnline(true);
    await a.sync.flush();
    expect([a.sync.getState().waiting, b.sync.getState().waiting]).toEqual([0, 0]);
    // The booth that sent the later-arriving correction is told it is in conflict; B's arrived first
    // and was not, and A's second thought disputes nothing (it sets what B's does not).
    expect(a.sync.outcomeOf(refusedOnA)).toMatchObject({ status: 'applied', conflict: true });
    expect(a.sync.outcomeOf(noteOnA)).not.toHaveProperty('conflict');
    expect(b.sync.outcomeOf(transitOnB)).not.toHaveProperty('conflict');

    // Both corrections are kept; the counting rules apply the later one (B's, at 14:20).
    expect(await storedIds()).toEqual(expect.arrayContaining([refusedOnA, transitOnB, noteOnA]));
    const listed = await conflicts();
    expect(listed).toHaveLength(1);
    expect(listed[0]).toMatchObject({
      eventId: registered.id,
      pairs: [{ a: [refusedOnA, transitOnB].sort()[0], b: [refusedOnA, transitOnB].sort()[1] }],
      current: { decision: 'admitted-transit' },
    });
    // The reasons differ too, but they are each officer's words, not a dispute.
    expect(listed[0]?.pairs[0]?.fields).toEqual(['decision']);
    expect(listed[0]?.corrections.map((c) => c.set?.note)).toEqual([
      'Documento vencido',
      'Sale por Tumbes',
      undefined,
    ]);
    expect(listed[0]?.corrections.map((c) => [c.id, c.boothCode, c.offline])).toEqual([
      [refusedOnA, 'SR-01', true],
      [transitOnB, 'SR-02', true],
      [noteOnA, 'SR-01', true],
    ]);
    const kept = await counts(false);
    expect(kept).toEqual(await counts(true));
    expect(kept).toEqual([
      expect.objectContaining({ dims: { decision: 'admitted-transit' }, crossed: 1, refused: 0 }),
    ]);

    // The supervisor decides, online, having seen both: the conflict is settled and leaves the list.
    const decided = await ctx.app.inject({
      method: 'POST',
      url: '/api/events',
      headers: as(ctx.supervisor),
      payload: {
        events: [
          {
            kind: 'correction',
            id: crypto.randomUUID(),
            at: '2025-11-27T15:00:00Z',
            checkpoint: 'PE-SANTA-ROSA',
            corrects: registered.id,
            set: { decision: 'refused', refusalGround: 'no-valid-document', note: 'Revisado' },
          },
        ],
      },
    });
    expect(decided.json<{ outcomes: { status: string }[] }>().outcomes[0]?.status).toBe('applied');
    expect(await conflicts()).toEqual([]);
    expect(await counts(false)).toEqual(await counts(true));
  });

  it('lists no conflict when two devices offline set the same decision with reasons in other words', async () => {
    const a = makeDevice(ctx.app, ctx.officer, 'booth-a');
    const b = makeDevice(ctx.app, await login(ctx.app, 'officer'), 'booth-b');
    const registered = crossing('SR-01');
    await a.sync.submit([registered]);
    a.setOnline(false);
    b.setOnline(false);
    const sent: [typeof a, string][] = [];
    for (const [device, booth, note] of [
      [a, 'SR-01', 'Impedimento de ingreso vigente'],
      [b, 'SR-02', 'Tiene prohibición de entrada'],
    ] as const) {
      const id = crypto.randomUUID();
      sent.push([device, id]);
      await device.sync.submit([
        {
          kind: 'correction',
          id,
          at: booth === 'SR-01' ? '2025-11-27T14:10:00Z' : '2025-11-27T14:20:00Z',
          checkpoint: 'PE-SANTA-ROSA',
          booth,
          offline: true,
          corrects: registered.id,
          seen: await device.sync.lastCorrection(registered.id),
          set: { decision: 'refused', refusalGround: 'entry-ban', note },
        } as PasoEvent,
      ]);
    }
    for (const device of [a, b]) {
      device.setOnline(true);
      await device.sync.flush();
    }
    expect(await ctx.t.db.kysely.selectFrom('crossing_event').select('id').execute()).toHaveLength(3);
    expect(await conflicts()).toEqual([]);
    for (const [device, id] of sent) expect(device.sync.outcomeOf(id)).not.toHaveProperty('conflict');
  });

  it('lists no conflict when one device corrects after it has seen the other’s correction', async () => {
    const a = makeDevice(ctx.app, ctx.officer, 'booth-a');
    const registered = crossing('SR-01');
    await a.sync.submit([registered]);
    for (const [i, decision] of ['refused', 'admitted'].entries()) {
      await a.sync.submit([
        {
          kind: 'correction',
          id: crypto.randomUUID(),
          at: `2025-11-27T14:1${i}:00Z`,
          checkpoint: 'PE-SANTA-ROSA',
          corrects: registered.id,
          seen: await a.sync.lastCorrection(registered.id),
          set: decision === 'refused' ? { decision, refusalGround: 'entry-ban' } : { decision },
        } as PasoEvent,
      ]);
    }
    expect(await conflicts()).toEqual([]);
  });

  it('keeps the records when the session ended during the outage, and sends them after a new sign-in', async () => {
    const device = makeDevice(ctx.app, ctx.officer, 'booth', false);
    const made = [crossing('SR-01', { offline: true }), tally(1), tally(2)];
    for (const event of made) await device.sync.submit([event]);
    // The shift's session ends while the network is down (expired, or ended by an administrator).
    await ctx.t.db.kysely.deleteFrom('session').execute();

    device.setOnline(true);
    await device.sync.flush();
    expect(device.sync.getState()).toMatchObject({
      waiting: made.length,
      problem: { code: 'auth.required' },
    });
    expect(await storedIds()).toEqual([]);
    expect((await device.sync.records()).map((r) => r.event)).toEqual(made);

    // The officer signs in again: the web app then sends what waits at once (resumeSync).
    device.signIn(await login(ctx.app, 'officer'));
    await device.sync.flush();
    expect(device.sync.getState()).toMatchObject({ waiting: 0, refused: [], problem: null });
    expect((await storedIds()).sort()).toEqual(made.map((e) => e.id).sort());
  });

  it('names whom a crossing in conflict is about, as it counts now, and nobody for a tally', async () => {
    const registered = crossing('SR-01');
    const counted = tally(7);
    // Two devices offline, neither having seen the other's correction.
    const offline = (corrects: string, booth: string, minute: number, set: Record<string, unknown>) => ({
      kind: 'correction',
      id: crypto.randomUUID(),
      at: `2025-11-27T14:${minute}:00Z`,
      checkpoint: 'PE-SANTA-ROSA',
      booth,
      offline: true,
      corrects,
      seen: null,
      set,
    });
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/events',
      headers: as(ctx.officer),
      payload: {
        events: [
          registered,
          counted,
          offline(registered.id, 'SR-01', 10, { decision: 'refused', refusalGround: 'no-valid-document' }),
          // The name is corrected on the way: the card names the person as the record stands now.
          offline(registered.id, 'SR-02', 20, {
            decision: 'admitted-transit',
            exitPoint: 'PE-TUMBES',
            person: { givenNames: 'Yohana', surname1: 'Briceño', surname2: 'Rojas', nationality: 'VEN' },
          }),
          offline(counted.id, 'SR-01', 11, { count: 2 }),
          offline(counted.id, 'SR-02', 12, { count: 3 }),
        ],
      },
    });
    expect(response.json<{ outcomes: { status: string }[] }>().outcomes.map((o) => o.status)).toEqual(
      Array(6).fill('applied'),
    );
    const listed = await conflicts();
    expect(listed.find((c) => c.eventId === registered.id)?.person).toEqual({
      givenNames: 'Yohana',
      surname1: 'Briceño',
      surname2: 'Rojas',
      sex: null,
      birthDate: null,
      nationality: 'VEN',
    });
    expect(listed.find((c) => c.eventId === counted.id)?.person).toBeNull();
  });

  it('lets only a supervisor list conflicts, of a checkpoint that exists', async () => {
    expect((await get(ctx.officer, '/api/corrections/conflicts?checkpoint=PE-SANTA-ROSA')).statusCode).toBe(
      403,
    );
    const unknown = await get(ctx.supervisor, '/api/corrections/conflicts?checkpoint=XX-NOWHERE');
    expect([unknown.statusCode, unknown.headers['content-type']]).toEqual([
      400,
      expect.stringMatching(/^application\/problem\+json/),
    ]);
    expect((await get(ctx.supervisor, '/api/corrections/conflicts?checkpoint=bad%20code')).statusCode).toBe(
      400,
    );
  });

  it('imports an outbox saved to a file once, however often it comes, and the device then drains', async () => {
    const device = makeDevice(ctx.app, ctx.officer, 'lost-booth', false);
    const made = [crossing('SR-01', { offline: true }), ...Array.from({ length: 30 }, (_, i) => tally(i))];
    for (const event of made) await device.sync.submit([event]);
    const file = outboxFile(
      await device.sync.records(),
      'oficial.santarosa',
      new Date('2025-11-27T18:00:00Z'),
    );
    expect(file.events).toEqual(made);

    const importFile = (who: Login, body: unknown) =>
      ctx.app.inject({
        method: 'POST',
        url: '/api/events/import',
        headers: as(who),
        payload: body as object,
      });
    const first = await importFile(ctx.supervisor, JSON.parse(JSON.stringify(file)));
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ applied: made.length, duplicates: 0, refused: 0 });
    const again = await importFile(ctx.supervisor, file);
    expect(again.json()).toMatchObject({ applied: 0, duplicates: made.length, refused: 0 });

    // The device comes back after all: its records are duplicates and leave its outbox.
    device.setOnline(true);
    await device.sync.flush();
    expect(device.sync.getState()).toMatchObject({ waiting: 0, refused: [] });
    const ids = await storedIds();
    expect(ids.sort()).toEqual(made.map((e) => e.id).sort());
    expect(await counts(false)).toEqual(await counts(true));

    // The officer who made them is who recorded them; the audit says the supervisor imported them.
    const makers = await ctx.t.db.kysely
      .selectFrom('crossing_event')
      .select('recorded_by')
      .distinct()
      .execute();
    expect(makers.map((m) => m.recorded_by)).toEqual([ctx.officer.userId]);
    const audit = await ctx.t.db.kysely
      .selectFrom('audit_entry')
      .select(['action', 'actor_id', 'detail'])
      .where('action', '=', 'events.import')
      .execute();
    expect(audit).toHaveLength(2);
    expect(audit[0]?.actor_id).toBe(ctx.supervisor.userId);
    expect(JSON.parse(audit[0]?.detail ?? '{}')).toMatchObject({ as: 'oficial.santarosa' });
    expect((await importFile(ctx.officer, file)).statusCode).toBe(403);
    // A file naming nobody who records crossings is not applied as anyone's.
    const nobody = await importFile(ctx.supervisor, { ...file, exportedBy: 'humanitario' });
    expect(nobody.statusCode, nobody.body).toBe(400);
    expect(nobody.json()).toMatchObject({ errors: [{ path: 'body.exportedBy' }] });
    const bad = await importFile(ctx.supervisor, { events: [], exportedBy: 'x' });
    expect([bad.statusCode, bad.headers['content-type']]).toEqual([
      400,
      expect.stringMatching(/^application\/problem\+json/),
    ]);
  });
});
