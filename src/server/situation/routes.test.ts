// The situation API on both databases: observations with their history and latest values, incidents
// opened, updated and closed by supervisors, the picture the map reads, and every refusal a problem.
import { describe, expect, it } from 'vitest';
import { as, type Login, suiteTestApp } from '../../../test/support/app';
import { DIALECTS } from '../../../test/support/databases';

// The test clock is 2025-11-27T15:00Z.
const uuid = (n: number) => `0d5e0000-0000-4000-8000-${String(n).padStart(12, '0')}`;

describe.each(DIALECTS)('the situation API on %s', (dialect) => {
  const ctx = suiteTestApp(dialect, ['officer', 'supervisor', 'analyst', 'humanitarian']);

  const post = (who: Login, url: string, payload: object) =>
    ctx.app.inject({ method: 'POST', url, headers: as(who), payload });
  const get = (who: Login, url: string) => ctx.app.inject({ method: 'GET', url, headers: as(who) });
  const audited = async (action: string) =>
    (
      await ctx.t.db.kysely
        .selectFrom('audit_entry')
        .select('entity_id')
        .where('action', '=', action)
        .execute()
    ).map((r) => r.entity_id);

  const observation = (n: number, extra: object) => ({
    id: uuid(n),
    checkpoint: 'PE-SANTA-ROSA',
    side: 'entry',
    observedAt: '2025-11-27T14:30:00Z',
    ...extra,
  });

  it('records an officer’s observation once, audits it, and shows the latest values to every role', async () => {
    const first = await post(
      ctx.officer,
      '/api/situation/observations',
      observation(1, { peopleWaiting: 80, queueKm: 4.5 }),
    );
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toMatchObject({
      checkpoint: { code: 'PE-SANTA-ROSA' },
      observer: { displayName: 'Oficial de caseta, Santa Rosa' },
      values: { peopleWaiting: 80, queueKm: 4.5 },
    });
    const resent = await post(
      ctx.officer,
      '/api/situation/observations',
      observation(1, { peopleWaiting: 80, queueKm: 4.5 }),
    );
    expect(resent.statusCode).toBe(200);
    const later = observation(2, { observedAt: '2025-11-27T14:55:00Z', peopleWaiting: 95 });
    expect((await post(ctx.supervisor, '/api/situation/observations', later)).statusCode).toBe(201);
    expect(await audited('situation.observe')).toEqual([uuid(1), uuid(2)]);

    const latest = await get(ctx.analyst, '/api/situation/observations/latest');
    expect(latest.json().latest.map((l: { kind: string; value: number }) => `${l.kind}=${l.value}`)).toEqual([
      'peopleWaiting=95',
      'queueKm=4.5',
    ]);
    const history = await get(ctx.analyst, '/api/situation/observations?checkpoint=PE-SANTA-ROSA&limit=10');
    expect(history.json().observations.map((o: { id: string }) => o.id)).toEqual([uuid(2), uuid(1)]);
  });

  it.each([
    ['a negative count', { peopleWaiting: -3 }, 'situation.negative', 'body.peopleWaiting'],
    [
      'a time in the future',
      { peopleWaiting: 3, observedAt: '2025-11-27T16:00:00Z' },
      'situation.in-future',
      'body.observedAt',
    ],
    ['an impossible queue', { queueKm: 5000 }, 'situation.too-large', 'body.queueKm'],
    ['no figure', {}, 'situation.no-values', 'body.values'],
  ])(
    'refuses an observation with %s as a validation problem naming the field',
    async (_what, extra, code, path) => {
      const response = await post(ctx.officer, '/api/situation/observations', observation(10, extra));
      expect(response.statusCode, response.body).toBe(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.json()).toMatchObject({
        code: 'validation',
        errors: [expect.objectContaining({ code, path })],
      });
    },
  );

  it('refuses an officer at another checkpoint, a checkpoint nobody has and a reused id', async () => {
    const elsewhere = await post(
      ctx.officer,
      '/api/situation/observations',
      observation(11, { checkpoint: 'CL-CHACALLUTA', trucksQueued: 3 }),
    );
    expect(elsewhere.statusCode).toBe(403);
    expect(elsewhere.json().code).toBe('registration.checkpoint');
    const nowhere = await post(
      ctx.supervisor,
      '/api/situation/observations',
      observation(12, { checkpoint: 'XX-NOWHERE', trucksQueued: 3 }),
    );
    expect(nowhere.json().code).toBe('registration.unknown-place');
    await post(ctx.officer, '/api/situation/observations', observation(13, { trucksQueued: 3 }));
    const reused = await post(
      ctx.officer,
      '/api/situation/observations',
      observation(13, { trucksQueued: 4 }),
    );
    expect(reused.statusCode).toBe(400);
    expect(reused.json().errors).toEqual([
      expect.objectContaining({ code: 'situation.id-taken', path: 'body.id' }),
    ]);
  });

  const blockade = {
    id: uuid(20),
    kind: 'road-blockade',
    severity: 'high',
    title: 'Bloqueo de la Panamericana',
    description: 'Unas 70 personas varadas bloquean la vía',
    latitude: -18.305,
    longitude: -70.318,
    checkpoint: 'CL-CHACALLUTA',
  };

  it('lets a supervisor open, update and close an incident that everyone sees with its log', async () => {
    const opened = await post(ctx.supervisor, '/api/situation/incidents', blockade);
    expect(opened.statusCode, opened.body).toBe(201);
    expect(opened.json()).toMatchObject({
      status: 'open',
      severity: 'high',
      reporter: { displayName: 'Supervisora de turno' },
    });
    expect((await post(ctx.supervisor, '/api/situation/incidents', blockade)).statusCode).toBe(200);

    const picture = await get(ctx.officer, '/api/situation/picture');
    expect(picture.statusCode, picture.body).toBe(200);
    expect(picture.json().incidents.map((i: { id: string }) => i.id)).toContain(uuid(20));
    expect(picture.json().shelters).toBeNull();
    // Each checkpoint's clock: an incident opened there is typed on it (the form had none to offer).
    expect(
      picture.json().checkpoints.map((c: { code: string; timeZone: string }) => `${c.code} ${c.timeZone}`),
    ).toEqual(['CL-CHACALLUTA America/Santiago', 'PE-SANTA-ROSA America/Lima']);
    expect((await get(ctx.analyst, '/api/situation/picture')).json().shelters).toHaveLength(3);

    const url = `/api/situation/incidents/${uuid(20)}/updates`;
    const update = await post(ctx.supervisor, url, {
      status: 'monitoring',
      severity: 'medium',
      note: 'Paso de un carril',
    });
    expect(update.statusCode, update.body).toBe(200);
    const closed = await post(ctx.supervisor, url, { id: uuid(21), status: 'closed', note: 'Vía despejada' });
    expect(closed.json()).toMatchObject({ status: 'closed', severity: 'medium' });
    expect(
      (await post(ctx.supervisor, url, { id: uuid(21), status: 'closed', note: 'Vía despejada' })).statusCode,
    ).toBe(200);

    // The log's texts as the staff read them (partners only those shared: ./incident-texts.test.ts).
    const detail = await get(ctx.officer, `/api/situation/incidents/${uuid(20)}`);
    expect(detail.json().updates.map((u: { note: string }) => u.note)).toEqual([
      'Unas 70 personas varadas bloquean la vía',
      'Paso de un carril',
      'Vía despejada',
    ]);
    const open = await get(ctx.analyst, '/api/situation/incidents?status=open');
    expect(open.json().incidents.map((i: { id: string }) => i.id)).not.toContain(uuid(20));
    const closedList = await get(ctx.analyst, '/api/situation/incidents?status=closed');
    expect(closedList.json().incidents.map((i: { id: string }) => i.id)).toContain(uuid(20));
    expect(await audited('incident.open')).toEqual([uuid(20)]);
    expect(await audited('incident.update')).toEqual([uuid(20)]);
    expect(await audited('incident.close')).toEqual([uuid(20)]);

    const afterClose = await post(ctx.supervisor, url, { note: 'Nada más' });
    expect(afterClose.statusCode).toBe(400);
    expect(afterClose.json().errors).toEqual([expect.objectContaining({ code: 'incident.closed' })]);
  });

  it('sends partners and analysts what was observed and when, without the names of the officers who recorded it', async () => {
    await post(ctx.officer, '/api/situation/observations', observation(40, { peopleWaiting: 12 }));
    await post(ctx.supervisor, '/api/situation/incidents', { ...blockade, id: uuid(41) });
    await post(ctx.supervisor, `/api/situation/incidents/${uuid(41)}/updates`, { note: 'Sigue cortada' });
    const answers = async (who: Login) =>
      Promise.all(
        [
          '/api/situation/observations?limit=500',
          '/api/situation/observations/latest',
          '/api/situation/picture',
          '/api/situation/incidents?status=all',
          `/api/situation/incidents/${uuid(41)}`,
        ].map(async (url) => {
          const response = await get(who, url);
          expect(response.statusCode, `${url}: ${response.body}`).toBe(200);
          return response.body;
        }),
      );
    const names = /Oficial de caseta|Supervisora de turno/;

    for (const who of [ctx.humanitarian, ctx.analyst]) {
      const bodies = await answers(who);
      for (const body of bodies) expect(body).not.toMatch(names);
      for (const body of bodies) expect(body).not.toMatch(/"(observer|observerName|reporter|by)"/);
      const [history, latest, , , detail] = bodies.map((b) => JSON.parse(b ?? '{}'));
      expect(history.observations.find((o: { id: string }) => o.id === uuid(40))).toMatchObject({
        observedAt: '2025-11-27T14:30:00.000Z',
        values: { peopleWaiting: 12 },
      });
      expect(latest.latest).not.toHaveLength(0);
      // Neither text was shared with partners: both withheld (./incident-texts.test.ts).
      expect(detail.updates.map((u: { note: string | null }) => u.note)).toEqual([null, null]);
    }

    for (const who of [ctx.officer, ctx.supervisor]) {
      const [history, latest, , incidents, detail] = (await answers(who)).map((b) => JSON.parse(b ?? '{}'));
      expect(history.observations.find((o: { id: string }) => o.id === uuid(40)).observer).toEqual({
        displayName: 'Oficial de caseta, Santa Rosa',
      });
      expect(latest.latest.map((l: { observerName: string }) => l.observerName)).toContain(
        'Oficial de caseta, Santa Rosa',
      );
      expect(incidents.incidents.find((i: { id: string }) => i.id === uuid(41)).reporter).toEqual({
        displayName: 'Supervisora de turno',
      });
      expect(detail.updates.map((u: { by: unknown }) => u.by)).toEqual([
        { displayName: 'Supervisora de turno' },
        { displayName: 'Supervisora de turno' },
      ]);
    }
  });

  it('keeps an officer’s note from partners and analysts, as it keeps who recorded it', async () => {
    const note = 'Retuvimos a 2 venezolanos con alerta de Interpol; familia Pérez rechazada';
    const recorded = await post(
      ctx.officer,
      '/api/situation/observations',
      observation(45, { peopleWaiting: 30, note }),
    );
    expect(recorded.statusCode, recorded.body).toBe(201);
    expect(recorded.json().note).toBe(note);
    const urls = [
      '/api/situation/observations?limit=1',
      '/api/situation/observations?limit=500',
      '/api/situation/observations/latest',
      '/api/situation/picture',
    ];
    for (const who of [ctx.humanitarian, ctx.analyst]) {
      for (const url of urls) {
        const response = await get(who, url);
        expect(response.statusCode, response.body).toBe(200);
        expect(response.body, url).not.toContain('Interpol');
        expect(response.body, url).not.toMatch(/"note"/);
      }
    }
    for (const who of [ctx.officer, ctx.supervisor]) {
      const history = (await get(who, '/api/situation/observations?limit=500')).json();
      expect(history.observations.find((o: { id: string }) => o.id === uuid(45)).note).toBe(note);
    }
  });

  it.each([
    ['north of the border, in the Pacific', { latitude: 18.3 }, 'body.latitude'],
    ['near Lima', { latitude: -12.05, longitude: -77.04 }, 'body.latitude'],
  ])('refuses an incident %s as off the map', async (_where, point, path) => {
    const response = await post(ctx.supervisor, '/api/situation/incidents', {
      ...blockade,
      id: uuid(30),
      ...point,
    });
    expect(response.statusCode, response.body).toBe(400);
    expect(response.json().errors).toContainEqual(
      expect.objectContaining({ code: 'situation.outside-extent', path }),
    );
  });

  it('refuses, as a conflict, an incident resent under its id with other content', async () => {
    const first = { ...blockade, id: uuid(50) };
    expect((await post(ctx.supervisor, '/api/situation/incidents', first)).statusCode).toBe(201);
    const same = await post(ctx.supervisor, '/api/situation/incidents', first);
    expect(same.statusCode, same.body).toBe(200);
    for (const other of [
      { kind: 'crowd' },
      { severity: 'critical' },
      { title: 'Aglomeración en el control' },
      { latitude: -18.31 },
      { checkpoint: 'PE-SANTA-ROSA' },
      { occurredAt: '2025-11-27T10:00:00Z' },
    ]) {
      const changed = await post(ctx.supervisor, '/api/situation/incidents', { ...first, ...other });
      expect(changed.statusCode, JSON.stringify(other)).toBe(409);
      expect(changed.headers['content-type']).toContain('application/problem+json');
      expect(changed.json().code).toBe('incident.conflict');
    }
    const kept = (await get(ctx.analyst, `/api/situation/incidents/${uuid(50)}`)).json();
    expect(kept).toMatchObject({ kind: 'road-blockade', severity: 'high', title: blockade.title });
    expect((await audited('incident.open')).filter((id) => id === uuid(50))).toHaveLength(1);
  });

  const url = (n: number) => `/api/situation/incidents/${uuid(n)}/updates`;
  const log = async (n: number) =>
    (await get(ctx.supervisor, `/api/situation/incidents/${uuid(n)}`))
      .json()
      .updates.map((u: { note: string }) => u.note);

  it('answers a resent update once, and refuses another update under its id as a conflict', async () => {
    await post(ctx.supervisor, '/api/situation/incidents', { ...blockade, id: uuid(60) });
    const note = { id: uuid(62), note: 'a', status: 'monitoring' };
    expect((await post(ctx.supervisor, url(60), note)).statusCode).toBe(200);
    const again = await post(ctx.supervisor, url(60), note);
    expect(again.statusCode, again.body).toBe(200);
    for (const other of [
      { ...note, note: 'b' },
      { id: uuid(62), note: 'a' },
      { ...note, severity: 'low' },
    ]) {
      const refused = await post(ctx.supervisor, url(60), other);
      expect(refused.statusCode, `${JSON.stringify(other)}: ${refused.body}`).toBe(409);
      expect(refused.json().code).toBe('incident.conflict');
    }
    expect(await log(60)).toEqual([blockade.description, 'a']);
  });

  it("refuses, as a conflict and not an error, an update under the id of another incident's entry", async () => {
    await post(ctx.supervisor, '/api/situation/incidents', { ...blockade, id: uuid(63) });
    await post(ctx.supervisor, '/api/situation/incidents', {
      ...blockade,
      id: uuid(64),
      title: 'Otro corte',
    });
    const entry = { id: uuid(65), note: 'a' };
    expect((await post(ctx.supervisor, url(63), entry)).statusCode).toBe(200);
    for (const other of [entry, { ...entry, note: 'b' }]) {
      const refused = await post(ctx.supervisor, url(64), other);
      expect(refused.statusCode, refused.body).toBe(409);
      expect(refused.headers['content-type']).toContain('application/problem+json');
      expect(refused.json().code).toBe('incident.conflict');
    }
    expect(await log(64)).toEqual([blockade.description]);
  });

  it('keeps incidents for supervisors, and answers a missing one 404', async () => {
    const byOfficer = await post(ctx.officer, '/api/situation/incidents', { ...blockade, id: uuid(31) });
    expect(byOfficer.statusCode).toBe(403);
    const missing = await get(ctx.analyst, `/api/situation/incidents/${uuid(99)}`);
    expect(missing.statusCode).toBe(404);
    const nothing = await post(ctx.supervisor, `/api/situation/incidents/${uuid(99)}/updates`, { note: 'x' });
    expect(nothing.statusCode).toBe(404);
    const bad = await post(ctx.supervisor, '/api/situation/incidents', {
      ...blockade,
      id: uuid(32),
      latitude: 'far',
    });
    expect(bad.statusCode).toBe(400);
  });
});
