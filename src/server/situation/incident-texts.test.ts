// Who reads an incident's free text, on both databases. An incident's description and each note of
// its log go to humanitarian partners (and analysts, as observation notes do) only when whoever wrote
// the text shared it: otherwise the server leaves it out of every answer they get, and says it is
// withheld. Officers, supervisors and administrators read every text with its flag.
import { describe, expect, it } from 'vitest';
import { as, type Login, suiteTestApp } from '../../../test/support/app';
import { DIALECTS } from '../../../test/support/databases';

// The test clock is 2025-11-27T15:00Z.
const uuid = (n: number) => `0d5e7000-0000-4000-8000-${String(n).padStart(12, '0')}`;

// What officers write in an incident and partners must never receive: enforcement data.
const ARREST = 'Detenido por requisitoria de la PNP';
const PROSECUTOR = 'Traslado a la fiscalía de Tacna';
const LANE = 'Se habilita un carril para vehículos livianos';

const incident = (n: number, extra: object = {}) => ({
  id: uuid(n),
  kind: 'road-blockade',
  severity: 'high',
  title: 'Bloqueo de la Panamericana',
  description: ARREST,
  latitude: -18.305,
  longitude: -70.318,
  checkpoint: 'PE-SANTA-ROSA',
  ...extra,
});

type Entry = { note: string | null; noteShared: boolean; noteWithheld: boolean };

describe.each(DIALECTS)('the texts of incidents on %s', (dialect) => {
  const ctx = suiteTestApp(dialect, ['officer', 'supervisor', 'humanitarian', 'analyst', 'admin']);
  const post = (who: Login, url: string, payload: object) =>
    ctx.app.inject({ method: 'POST', url, headers: as(who), payload });
  const get = (who: Login, url: string) => ctx.app.inject({ method: 'GET', url, headers: as(who) });
  const readers = () => ({
    partners: [ctx.humanitarian, ctx.analyst],
    staff: [ctx.officer, ctx.supervisor, ctx.admin],
  });
  // Every answer that carries incidents, as its reader receives it.
  const answers = async (who: Login, id: string) =>
    Promise.all(
      [
        '/api/situation/picture',
        '/api/situation/incidents',
        '/api/situation/incidents?status=all',
        `/api/situation/incidents/${id}`,
      ].map(async (url) => {
        const response = await get(who, url);
        expect(response.statusCode, `${url}: ${response.body}`).toBe(200);
        return { url, body: response.body };
      }),
    );
  const detail = async (who: Login, id: string) => (await get(who, `/api/situation/incidents/${id}`)).json();

  it('never sends a partner or an analyst a description or a note that was not shared', async () => {
    const opened = await post(ctx.supervisor, '/api/situation/incidents', incident(1));
    expect(opened.statusCode, opened.body).toBe(201);
    const url = `/api/situation/incidents/${uuid(1)}/updates`;
    expect((await post(ctx.supervisor, url, { note: PROSECUTOR, noteShared: false })).statusCode).toBe(200);
    expect((await post(ctx.supervisor, url, { note: LANE, noteShared: true })).statusCode).toBe(200);

    for (const who of readers().partners) {
      for (const { url: read, body } of await answers(who, uuid(1))) {
        expect(body, `${who.role} ${read}`).not.toContain(ARREST);
        expect(body, `${who.role} ${read}`).not.toContain(PROSECUTOR);
      }
      const seen = await detail(who, uuid(1));
      // What partners need still comes: the kind, severity, status, place and times.
      expect(seen).toMatchObject({
        kind: 'road-blockade',
        severity: 'high',
        status: 'open',
        latitude: -18.305,
        longitude: -70.318,
        checkpoint: { code: 'PE-SANTA-ROSA' },
        occurredAt: '2025-11-27T15:00:00.000Z',
        description: null,
        descriptionShared: false,
        descriptionWithheld: true,
      });
      expect(seen.updates.map((u: Entry) => [u.note, u.noteShared, u.noteWithheld])).toEqual([
        [null, false, true],
        [null, false, true],
        [LANE, true, false],
      ]);
    }
    for (const who of readers().staff) {
      const seen = await detail(who, uuid(1));
      expect(seen).toMatchObject({
        description: ARREST,
        descriptionShared: false,
        descriptionWithheld: false,
      });
      expect(seen.updates.map((u: Entry) => [u.note, u.noteShared, u.noteWithheld])).toEqual([
        [ARREST, false, false],
        [PROSECUTOR, false, false],
        [LANE, true, false],
      ]);
    }
  });

  it('sends partners a description and a note their writer shared, and keeps the flag as written', async () => {
    const shared = 'Unas 70 personas varadas bloquean la vía';
    const opened = await post(
      ctx.supervisor,
      '/api/situation/incidents',
      incident(10, { description: shared, descriptionShared: true }),
    );
    expect(opened.statusCode, opened.body).toBe(201);
    expect(opened.json()).toMatchObject({ description: shared, descriptionShared: true });
    const updated = await post(ctx.supervisor, `/api/situation/incidents/${uuid(10)}/updates`, {
      note: LANE,
      noteShared: true,
    });
    expect(updated.json().updates.map((u: Entry) => u.noteShared)).toEqual([true, true]);

    for (const who of [...readers().partners, ...readers().staff]) {
      const seen = await detail(who, uuid(10));
      expect(seen, who.role).toMatchObject({
        description: shared,
        descriptionShared: true,
        descriptionWithheld: false,
      });
      expect(seen.updates.map((u: Entry) => [u.note, u.noteShared, u.noteWithheld])).toEqual([
        [shared, true, false],
        [LANE, true, false],
      ]);
      const listed = (await get(who, '/api/situation/incidents')).json().incidents;
      expect(listed.find((i: { id: string }) => i.id === uuid(10))).toMatchObject({
        description: shared,
        descriptionShared: true,
      });
    }
  });

  it('keeps a text unshared unless said, and no flag without a text', async () => {
    await post(ctx.supervisor, '/api/situation/incidents', incident(20));
    await post(ctx.supervisor, '/api/situation/incidents', {
      ...incident(21, { descriptionShared: true }),
      description: undefined,
    });
    const url = `/api/situation/incidents/${uuid(21)}/updates`;
    await post(ctx.supervisor, url, { status: 'monitoring', noteShared: true });
    expect(await detail(ctx.supervisor, uuid(20))).toMatchObject({ descriptionShared: false });
    const bare = await detail(ctx.supervisor, uuid(21));
    expect(bare).toMatchObject({ description: null, descriptionShared: false });
    expect(bare.updates.map((u: Entry) => [u.note, u.noteShared])).toEqual([
      [null, false],
      [null, false],
    ]);
    // Nothing to withhold: partners are not told of a text there is not.
    const partner = await detail(ctx.humanitarian, uuid(21));
    expect(partner.descriptionWithheld).toBe(false);
    expect(partner.updates.map((u: Entry) => u.noteWithheld)).toEqual([false, false]);
  });

  it('refuses, as a conflict, an incident or an update resent with the text shared otherwise', async () => {
    expect((await post(ctx.supervisor, '/api/situation/incidents', incident(30))).statusCode).toBe(201);
    const reshared = await post(
      ctx.supervisor,
      '/api/situation/incidents',
      incident(30, { descriptionShared: true }),
    );
    expect(reshared.statusCode, reshared.body).toBe(409);
    expect(reshared.json().code).toBe('incident.conflict');
    const url = `/api/situation/incidents/${uuid(30)}/updates`;
    const entry = { id: uuid(31), note: PROSECUTOR };
    expect((await post(ctx.supervisor, url, entry)).statusCode).toBe(200);
    expect((await post(ctx.supervisor, url, { ...entry, noteShared: false })).statusCode).toBe(200);
    const shared = await post(ctx.supervisor, url, { ...entry, noteShared: true });
    expect(shared.statusCode, shared.body).toBe(409);
    expect(shared.json().code).toBe('incident.conflict');
    expect((await detail(ctx.humanitarian, uuid(30))).updates.map((u: Entry) => u.note)).toEqual([
      null,
      null,
    ]);
  });

  it('records in the audit whether the description and each note were shared', async () => {
    await post(ctx.supervisor, '/api/situation/incidents', incident(40, { descriptionShared: true }));
    const url = `/api/situation/incidents/${uuid(40)}/updates`;
    await post(ctx.supervisor, url, { id: uuid(41), note: PROSECUTOR });
    await post(ctx.supervisor, url, { id: uuid(42), note: LANE, noteShared: true, status: 'closed' });
    const entries = await ctx.t.db.kysely
      .selectFrom('audit_entry')
      .select(['action', 'detail'])
      .where('entity_id', '=', uuid(40))
      .orderBy('seq')
      .execute();
    expect(entries.map((e) => [e.action, JSON.parse(String(e.detail))])).toEqual([
      ['incident.open', expect.objectContaining({ descriptionShared: true })],
      ['incident.update', expect.objectContaining({ update: uuid(41), noteShared: false })],
      ['incident.close', expect.objectContaining({ update: uuid(42), noteShared: true })],
    ]);
  });

  it.each([
    ['a description shared as a word', { descriptionShared: 'sí' }, 'body.descriptionShared'],
    ['a description shared as a number', { descriptionShared: 1 }, 'body.descriptionShared'],
  ])('refuses %s as a validation problem', async (_what, extra, path) => {
    const response = await post(ctx.supervisor, '/api/situation/incidents', incident(50, extra));
    expect(response.statusCode, response.body).toBe(400);
    expect(response.json()).toMatchObject({ code: 'validation' });
    expect(JSON.stringify(response.json())).toContain(path.replace('body.', ''));
    const note = await post(ctx.supervisor, `/api/situation/incidents/${uuid(1)}/updates`, {
      note: 'x',
      noteShared: 'yes',
    });
    expect(note.statusCode, note.body).toBe(400);
  });
});
