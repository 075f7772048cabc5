// The decree register through the API on both databases: who may read and write it, declarations,
// extensions and amendments kept with their history and audited, and every bad decree refused with a
// problem that says which rule it breaks. Every test app holds the demo decree (D.S. N.° 135-2025-PCM
// for Santa Rosa and the districts of Palca, Tacna and La Yarada–Los Palos); the tests' own decrees
// cover a checkpoint and a district it does not name (the tests' own checkpoints, made for each
// test), unless a test is about the demo decree itself.
import { beforeEach, describe, expect, it } from 'vitest';
import { as, eachTestApp, type Login, login, suiteTestApp } from '../../../test/support/app';
import { DIALECTS } from '../../../test/support/databases';
import { addTestCheckpoints } from '../../../test/support/decrees';
import { DEMO_DECREE_ID } from '../../store/demo';

const declaration = (over: Record<string, unknown> = {}) => ({
  id: crypto.randomUUID(),
  number: 'D.S. N.° 150-2025-PCM',
  title: 'Declaran el estado de emergencia en el distrito de Candarave',
  issuedOn: '2025-11-27',
  publishedOn: '2025-11-27',
  legalBasis: 'Constitución Política del Perú, art. 137, num. 1',
  startsOn: '2025-11-29',
  endsOn: '2026-01-27',
  checkpoints: ['PE-TEST-A'],
  areas: [{ kind: 'district', name: 'Candarave' }],
  rightsSuspended: ['freedom-of-assembly', 'freedom-of-movement'],
  measures: ['Patrullaje motorizado permanente en la línea de frontera'],
  units: [
    {
      name: 'Ejército del Perú, 3.ª Brigada de Caballería',
      force: 'armed-forces',
      tasks: ['Apoyo a la PNP'],
    },
  ],
  ...over,
});

type Problem = { code: string; errors?: { code: string; path: string; other?: { number: string } }[] };

describe.each(DIALECTS)('the decree register API on %s', (dialect) => {
  const ctx = eachTestApp(dialect, ['supervisor']);
  beforeEach(() => addTestCheckpoints(ctx.t.db.kysely, ['PE-TEST-A', 'PE-OTHER']));

  const post = (who: Login, url: string, payload: unknown) =>
    ctx.app.inject({ method: 'POST', url, headers: as(who), payload: payload as object });
  const get = (who: Login, url: string) => ctx.app.inject({ method: 'GET', url, headers: as(who) });
  const auditActions = async () =>
    (
      await ctx.t.db.kysely
        .selectFrom('audit_entry')
        .select('action')
        .where('entity_type', '=', 'decree')
        .execute()
    ).map((r) => r.action);

  it('records a declaration once, answers its resend as recorded, and refuses other content under its id', async () => {
    const body = declaration();
    const created = await post(ctx.supervisor, '/api/decrees', body);
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json<{ decree: { number: string; chainEndsOn: string } }>().decree).toMatchObject({
      number: 'D.S. N.° 150-2025-PCM',
      chainEndsOn: '2026-01-27',
    });
    expect((await post(ctx.supervisor, '/api/decrees', body)).statusCode).toBe(200);
    const other = await post(ctx.supervisor, '/api/decrees', { ...body, title: 'Otro' });
    expect(other.statusCode).toBe(409);
    expect(other.json<Problem>().code).toBe('decree.exists');
    expect(await auditActions()).toEqual(['decree.record']);
  });

  it('refuses a second decree over the same zone on the same days, naming the decree already there', async () => {
    const first = declaration();
    expect((await post(ctx.supervisor, '/api/decrees', first)).statusCode).toBe(201);
    const overlapping = await post(
      ctx.supervisor,
      '/api/decrees',
      declaration({
        number: 'D.S. N.° 140-2025-PCM',
        checkpoints: [],
        startsOn: '2026-01-01',
        endsOn: '2026-02-01',
      }),
    );
    expect(overlapping.statusCode).toBe(409);
    expect(overlapping.headers['content-type']).toMatch(/^application\/problem\+json/);
    const problem = overlapping.json<Problem & { detail: string }>();
    expect(problem.code).toBe('decree.overlap');
    expect(problem.errors?.[0]).toMatchObject({
      path: 'body.areas.0',
      code: 'decree.overlap',
      other: { id: first.id, number: 'D.S. N.° 150-2025-PCM' },
    });
    expect(problem.detail).toContain('D.S. N.° 150-2025-PCM');
    const register = (await get(ctx.supervisor, '/api/decrees')).json<{ decrees: { number: string }[] }>();
    expect(register.decrees.map((d) => d.number).sort()).toEqual([
      'D.S. N.° 135-2025-PCM',
      'D.S. N.° 150-2025-PCM',
    ]);
    expect(await auditActions()).toEqual(['decree.record']);
  });

  it('refuses a new decree over a zone of the demo decree, and takes the same decree as its extension', async () => {
    const demo = (await get(ctx.supervisor, `/api/decrees/${DEMO_DECREE_ID}`)).json<{
      decree: { startsOn: string; endsOn: string };
    }>().decree;
    const later = (date: string, days: number) =>
      new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
    const sequel = declaration({
      number: 'D.S. N.° 0XX-2026-PCM',
      issuedOn: demo.startsOn,
      publishedOn: demo.startsOn,
      startsOn: later(demo.endsOn, -9),
      endsOn: later(demo.endsOn, 50),
      checkpoints: [],
      areas: [{ kind: 'district', name: ' TACNA ' }],
    });
    const asNew = await post(ctx.supervisor, '/api/decrees', sequel);
    expect(asNew.statusCode).toBe(409);
    expect(asNew.json<Problem>().errors?.[0]).toMatchObject({
      path: 'body.areas.0',
      other: { id: DEMO_DECREE_ID, number: 'D.S. N.° 135-2025-PCM' },
    });
    const asExtension = await post(ctx.supervisor, `/api/decrees/${DEMO_DECREE_ID}/extensions`, sequel);
    expect(asExtension.statusCode, asExtension.body).toBe(201);
    const chain = (await get(ctx.supervisor, `/api/decrees/${DEMO_DECREE_ID}`)).json<{
      decree: { chainEndsOn: string };
    }>();
    expect(chain.decree.chainEndsOn).toBe(later(demo.endsOn, 50));
    expect(await auditActions()).toEqual(['decree.extend']);
  });

  it('counts a decree in the zone it says, else in that of its checkpoints, and keeps it when amended', async () => {
    type Recorded = { decree: { id: string; timeZone: string; from: string; version: number } };
    const record = async (over: Record<string, unknown>) => {
      const december = { startsOn: '2025-12-01', endsOn: '2025-12-31', checkpoints: [] };
      const response = await post(ctx.supervisor, '/api/decrees', declaration({ ...december, ...over }));
      expect(response.statusCode, response.body).toBe(201);
      return response.json<Recorded>().decree;
    };
    // A Chilean decree naming only the province of Arica: 1 December begins at 00:00 in Arica (UTC−3).
    const arica = await record({
      areas: [{ kind: 'province', name: 'Arica' }],
      timeZone: 'America/Santiago',
    });
    expect(arica).toMatchObject({ timeZone: 'America/Santiago', from: '2025-12-01T03:00:00.000Z' });
    // No zone said: the zone of the checkpoint it names (Chacalluta, in Chile) ...
    const chacalluta = await record({ checkpoints: ['CL-CHACALLUTA'], areas: [] });
    expect(chacalluta).toMatchObject({ timeZone: 'America/Santiago', from: '2025-12-01T03:00:00.000Z' });
    // ... and Peru's for a decree that names only areas.
    const candarave = await record({ areas: [{ kind: 'district', name: 'Candarave' }] });
    expect(candarave).toMatchObject({ timeZone: 'America/Lima', from: '2025-12-01T05:00:00.000Z' });
    // An amendment that does not say the zone keeps the decree's, instead of moving it to Lima's.
    const { id: _id, ...content } = declaration({
      startsOn: '2025-12-01',
      endsOn: '2026-01-15',
      checkpoints: [],
      areas: [{ kind: 'province', name: 'Arica' }],
    });
    const amended = await post(ctx.supervisor, `/api/decrees/${arica.id}/amendments`, {
      reason: 'Fe de erratas',
      content,
    });
    expect(amended.statusCode, amended.body).toBe(200);
    expect(amended.json<Recorded>().decree).toMatchObject({ version: 2, timeZone: 'America/Santiago' });
  });

  it.each([
    ['an end before its start', { endsOn: '2025-11-01' }, 'decree.ends-before-start'],
    ['a date that does not exist', { startsOn: '2025-11-31' }, 'decree.date'],
    ['no zone', { checkpoints: [], areas: [] }, 'decree.no-zone'],
    ['an unknown time zone', { timeZone: 'Mars/Olympus' }, 'decree.time-zone'],
    // The test's clock: 27 November 2025, 10:00 in Lima.
    ['an issue day still to come', { issuedOn: '2025-11-28', publishedOn: null }, 'decree.issued-later'],
  ])('refuses a decree with %s as decree.invalid, with the rule broken', async (_case, over, code) => {
    const response = await post(ctx.supervisor, '/api/decrees', declaration(over));
    expect(response.statusCode).toBe(400);
    const problem = response.json<Problem>();
    expect(problem.code).toBe('decree.invalid');
    expect(problem.errors?.map((e) => e.code)).toEqual([code]);
  });

  it("tells every fault at once: the decree's own days and zones, and the register's overlap", async () => {
    expect((await post(ctx.supervisor, '/api/decrees', declaration())).statusCode).toBe(201);
    const tacnaTwice = [
      { kind: 'province', name: 'Tacna' },
      { kind: 'province', name: 'TACNA' },
    ];
    const response = await post(
      ctx.supervisor,
      '/api/decrees',
      declaration({ number: 'D.S. N.° 151-2025-PCM', publishedOn: '2025-11-30', areas: tacnaTwice }),
    );
    expect(response.statusCode).toBe(400);
    expect(response.json<Problem>().errors?.map((e) => [e.path, e.code])).toEqual([
      ['body.publishedOn', 'decree.issued-later'],
      ['body.areas.1', 'decree.duplicate-zone'],
      ['body.checkpoints.0', 'decree.overlap'],
    ]);
  });

  it.each([
    ['a missing number', { number: undefined }],
    ['a right not in article 137', { rightsSuspended: ['freedom-of-speech'] }],
    ['a unit of an unknown force', { units: [{ name: 'X', force: 'navy-seals', tasks: [] }] }],
    ['an id that is not a UUID', { id: '135' }],
  ])('refuses %s as a validation problem', async (_case, over) => {
    const response = await post(ctx.supervisor, '/api/decrees', declaration(over));
    expect(response.statusCode).toBe(400);
    expect(response.json<Problem>().code).toBe('validation');
  });

  it('lets every role read the register and the decree in force, and only supervisors and admins write', async () => {
    const body = declaration();
    await post(ctx.supervisor, '/api/decrees', body);
    for (const role of ['officer', 'humanitarian', 'analyst'] as const) {
      const who = await login(ctx.app, role);
      expect((await get(who, '/api/decrees')).statusCode).toBe(200);
      expect((await get(who, `/api/decrees/${body.id}`)).statusCode).toBe(200);
      const write = await post(who, '/api/decrees', declaration({ checkpoints: ['PE-OTHER'], areas: [] }));
      expect(write.statusCode).toBe(403);
    }
    const admin = await login(ctx.app, 'admin');
    const byAdmin = await post(admin, '/api/decrees', declaration({ checkpoints: ['PE-OTHER'], areas: [] }));
    expect(byAdmin.statusCode).toBe(201);
  });

  it('extends a decree: the extension links to it and moves the end of the chain', async () => {
    const base = declaration();
    await post(ctx.supervisor, '/api/decrees', base);
    const extension = declaration({
      number: 'D.S. N.° 0XX-2026-PCM',
      title: 'Prorrogan el estado de emergencia',
      issuedOn: '2025-11-27',
      publishedOn: '2025-11-27',
      startsOn: '2026-01-28',
      endsOn: '2026-03-28',
    });
    const created = await post(ctx.supervisor, `/api/decrees/${base.id}/extensions`, extension);
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json<{ decree: { extends: unknown } }>().decree.extends).toEqual({
      id: base.id,
      number: 'D.S. N.° 150-2025-PCM',
    });
    const detail = (await get(ctx.supervisor, `/api/decrees/${base.id}`)).json<{
      decree: { chainEndsOn: string; extendedBy: { number: string }[] };
    }>();
    expect(detail.decree.chainEndsOn).toBe('2026-03-28');
    expect(detail.decree.extendedBy.map((e) => e.number)).toEqual(['D.S. N.° 0XX-2026-PCM']);
    const gap = await post(
      ctx.supervisor,
      `/api/decrees/${base.id}/extensions`,
      declaration({
        issuedOn: '2025-11-27',
        publishedOn: null,
        startsOn: '2026-04-01',
        endsOn: '2026-05-01',
      }),
    );
    expect(gap.json<Problem>().errors?.map((e) => e.code)).toContain('decree.extension-gap');
    const unknown = await post(
      ctx.supervisor,
      `/api/decrees/${crypto.randomUUID()}/extensions`,
      declaration(),
    );
    expect(unknown.statusCode).toBe(404);
    expect(await auditActions()).toEqual(['decree.record', 'decree.extend']);
  });

  it('amends a decree keeping every earlier version, and refuses an amendment of an old version', async () => {
    const { id, ...content } = declaration();
    await post(ctx.supervisor, '/api/decrees', { id, ...content });
    const amend = (baseVersion: number, endsOn: string) =>
      post(ctx.supervisor, `/api/decrees/${id}/amendments`, {
        baseVersion,
        reason: 'Fe de erratas publicada el 30 de noviembre',
        content: { ...content, endsOn },
      });
    const amended = await amend(1, '2026-01-28');
    expect(amended.statusCode, amended.body).toBe(200);
    const detail = amended.json<{
      decree: { version: number; endsOn: string };
      history: { version: number; change: string; content: { endsOn: string } }[];
    }>();
    expect(detail.decree).toMatchObject({ version: 2, endsOn: '2026-01-28' });
    expect(detail.history.map((h) => [h.version, h.change, h.content.endsOn])).toEqual([
      [1, 'recorded', '2026-01-27'],
      [2, 'amended', '2026-01-28'],
    ]);
    const stale = await amend(1, '2026-01-29');
    expect(stale.statusCode).toBe(409);
    expect(stale.json<Problem>().code).toBe('decree.stale');
    const invalid = await amend(2, '2025-01-01');
    expect(invalid.json<Problem>().code).toBe('decree.invalid');
    expect(await auditActions()).toEqual(['decree.record', 'decree.amend']);
  });

  it('answers the decree in force at a checkpoint by the decree’s own days', async () => {
    const body = declaration();
    await post(ctx.supervisor, '/api/decrees', body);
    const inForce = async (at: string) =>
      (
        await get(ctx.supervisor, `/api/decrees/in-force?checkpoint=PE-TEST-A&at=${encodeURIComponent(at)}`)
      ).json<{
        decree: { number: string } | null;
      }>().decree;
    expect(await inForce('2026-01-27T23:59:00-05:00')).toMatchObject({ number: 'D.S. N.° 150-2025-PCM' });
    expect(await inForce('2026-01-28T00:00:00-05:00')).toBeNull();
    const bad = await get(ctx.supervisor, '/api/decrees/in-force?checkpoint=PE-TEST-A&at=yesterday');
    expect(bad.statusCode).toBe(400);
  });
});

describe.each(DIALECTS)('where the register says a decree applies, on %s', (dialect) => {
  const ctx = suiteTestApp(dialect, ['supervisor', 'officer', 'humanitarian']);

  it('names the checkpoints of every decree to every reader, and nothing else of them', async () => {
    const chacalluta = declaration({ checkpoints: ['CL-CHACALLUTA'], areas: [] });
    const recorded = await ctx.app.inject({
      method: 'POST',
      url: '/api/decrees',
      headers: as(ctx.supervisor),
      payload: chacalluta,
    });
    expect(recorded.statusCode, recorded.body).toBe(201);
    // The Santa Rosa officer's own checkpoint list holds only Santa Rosa; the register names both.
    for (const who of [ctx.officer, ctx.humanitarian]) {
      const reply = await ctx.app.inject({ method: 'GET', url: '/api/decrees', headers: as(who) });
      expect(reply.statusCode).toBe(200);
      expect(reply.json<{ checkpoints: unknown[] }>().checkpoints).toEqual([
        { code: 'CL-CHACALLUTA', name: 'Complejo Fronterizo Chacalluta' },
        { code: 'PE-SANTA-ROSA', name: 'Complejo Fronterizo Santa Rosa' },
      ]);
    }
  });
});
