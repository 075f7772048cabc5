// Setting up a crossing through the API on both databases: administrators make and change checkpoints,
// supervisors and administrators open, rename and retire booths, officers are refused; a code taken is
// a 409, an unknown one a 404, bad input a 400; each write is audited. A corrected time zone moves the
// figures already counted to the checkpoint's new hours and dates.
import { describe, expect, it } from 'vitest';
import { as, type Login, suiteTestApp } from '../../../test/support/app';
import { DIALECTS } from '../../../test/support/databases';
import { listCheckpoints } from '../../store/reference';
import { postEvents } from '../crossings/test-post-events';
import { changeCheckpoint } from './checkpoint-service';
import { finishRecounts, nextRecountStep, recountInBackground } from './recounts';

const ARICA = {
  code: 'CL-ARICA-NORTE',
  name: 'Control Arica Norte',
  country: 'chl',
  latitude: -18.4,
  longitude: -70.3,
  timeZone: 'America/Santiago',
  booths: [{ code: 'A1', name: 'Caseta A1' }],
};

describe.each(DIALECTS)('the checkpoint API on %s', (dialect) => {
  const ctx = suiteTestApp(dialect, ['officer', 'supervisor', 'humanitarian', 'admin']);
  const send = (who: Login, method: 'POST' | 'PATCH' | 'GET', url: string, payload?: object) =>
    ctx.app.inject({ method, url, headers: as(who), ...(payload && { payload }) });
  const actions = async (action: string) =>
    ctx.t.db.kysely
      .selectFrom('audit_entry')
      .select(['actor_username', 'entity_id'])
      .where('action', '=', action)
      .execute();

  it('lets an administrator make a checkpoint with a booth, refuses officers, and audits it', async () => {
    const refused = await send(ctx.officer, 'POST', '/api/checkpoints', ARICA);
    expect(refused.statusCode).toBe(403);
    expect((await send(ctx.supervisor, 'POST', '/api/checkpoints', ARICA)).statusCode).toBe(403);
    const made = await send(ctx.admin, 'POST', '/api/checkpoints', ARICA);
    expect(made.statusCode, made.body).toBe(201);
    const checkpoint = made.json<{
      id: string;
      country: string;
      booths: { code: string; retired: boolean }[];
    }>();
    expect(checkpoint).toMatchObject({
      code: 'CL-ARICA-NORTE',
      country: 'CHL',
      booths: [{ code: 'A1', retired: false }],
    });
    expect(await actions('checkpoint.create')).toEqual([
      { actor_username: 'admin', entity_id: checkpoint.id },
    ]);
    const listed = await send(ctx.supervisor, 'GET', '/api/checkpoints');
    expect(listed.json<{ checkpoints: { code: string }[] }>().checkpoints.map((c) => c.code)).toContain(
      'CL-ARICA-NORTE',
    );
  });

  it('answers a code already taken with a 409 problem, and a resend with the same id with the checkpoint', async () => {
    const taken = await send(ctx.admin, 'POST', '/api/checkpoints', {
      ...ARICA,
      code: 'PE-SANTA-ROSA',
      booths: [],
    });
    expect(taken.statusCode).toBe(409);
    expect(taken.json()).toMatchObject({ code: 'checkpoint.exists', status: 409 });
    const id = crypto.randomUUID();
    const body = { ...ARICA, id, code: 'PE-RESEND', booths: [] };
    expect((await send(ctx.admin, 'POST', '/api/checkpoints', body)).statusCode).toBe(201);
    const again = await send(ctx.admin, 'POST', '/api/checkpoints', body);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ id, code: 'PE-RESEND' });
  });

  it.each([
    ['a code in lower case with spaces', { code: 'pe santa' }],
    ['a country no one has', { country: 'XYZ' }],
    ['a country written out', { country: 'Peru' }],
    ['a latitude past the pole', { latitude: 91 }],
    ['a longitude past the antimeridian', { longitude: -181 }],
    ['a time zone that does not exist', { timeZone: 'America/Tacna' }],
    ['a name of spaces', { name: '   ' }],
  ])('refuses %s with a 400 problem naming the field', async (_what, change) => {
    const response = await send(ctx.admin, 'POST', '/api/checkpoints', {
      ...ARICA,
      code: 'PE-BAD',
      ...change,
    });
    expect(response.statusCode, response.body).toBe(400);
    const field = Object.keys(change)[0];
    expect(response.json<{ errors: { path: string }[] }>().errors.map((e) => e.path)).toContain(
      `body.${field}`,
    );
  });

  it('changes a checkpoint but never its code, and answers an unknown code with a 404', async () => {
    const changed = await send(ctx.admin, 'PATCH', '/api/checkpoints/CL-ARICA-NORTE', {
      name: 'Control Fronterizo Arica Norte',
      timeZone: 'America/Lima',
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({ code: 'CL-ARICA-NORTE', name: 'Control Fronterizo Arica Norte' });
    const recode = await send(ctx.admin, 'PATCH', '/api/checkpoints/CL-ARICA-NORTE', { code: 'CL-OTRO' });
    expect(recode.statusCode).toBe(400);
    expect(
      (await send(ctx.officer, 'PATCH', '/api/checkpoints/CL-ARICA-NORTE', { name: 'X' })).statusCode,
    ).toBe(403);
    const unknown = await send(ctx.admin, 'PATCH', '/api/checkpoints/PE-NOWHERE', { name: 'X' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toMatchObject({ code: 'checkpoint.not-found' });
    expect(await actions('checkpoint.update')).toHaveLength(1);
  });

  it('lets supervisors and administrators open booths, unique within the checkpoint', async () => {
    const url = '/api/checkpoints/CL-ARICA-NORTE/booths';
    expect((await send(ctx.officer, 'POST', url, { code: 'A2', name: 'Caseta A2' })).statusCode).toBe(403);
    expect((await send(ctx.humanitarian, 'POST', url, { code: 'A2', name: 'Caseta A2' })).statusCode).toBe(
      403,
    );
    const opened = await send(ctx.supervisor, 'POST', url, { code: 'A2', name: 'Caseta A2' });
    expect(opened.statusCode, opened.body).toBe(201);
    expect(opened.json()).toMatchObject({ code: 'A2', name: 'Caseta A2', retired: false });
    const twice = await send(ctx.admin, 'POST', url, { code: 'A2', name: 'Otra' });
    expect(twice.statusCode).toBe(409);
    expect(twice.json()).toMatchObject({ code: 'booth.exists' });
    // The same booth code at another checkpoint is another booth.
    expect(
      (await send(ctx.admin, 'POST', '/api/checkpoints/PE-SANTA-ROSA/booths', { code: 'A2', name: 'A2' }))
        .statusCode,
    ).toBe(201);
    const nowhere = await send(ctx.admin, 'POST', '/api/checkpoints/PE-NOWHERE/booths', {
      code: 'A2',
      name: 'A2',
    });
    expect(nowhere.statusCode).toBe(404);
    expect(await actions('booth.create')).toHaveLength(2);
  });

  it('renames and retires a booth, which stays listed as retired and is counted no more', async () => {
    const url = '/api/checkpoints/CL-ARICA-NORTE/booths/A1';
    const before = (await send(ctx.admin, 'GET', '/api/situation/summary')).json<{ booths: number }>().booths;
    const renamed = await send(ctx.supervisor, 'PATCH', url, { name: 'Caseta norte' });
    expect(renamed.json()).toMatchObject({ code: 'A1', name: 'Caseta norte', retired: false });
    const retired = await send(ctx.admin, 'PATCH', url, { retired: true });
    expect(retired.statusCode, retired.body).toBe(200);
    expect(retired.json()).toMatchObject({ code: 'A1', retired: true });
    const listed = (await send(ctx.supervisor, 'GET', '/api/checkpoints'))
      .json<{ checkpoints: { code: string; booths: { code: string; retired: boolean }[] }[] }>()
      .checkpoints.find((c) => c.code === 'CL-ARICA-NORTE');
    expect(listed?.booths).toContainEqual(expect.objectContaining({ code: 'A1', retired: true }));
    const after = (await send(ctx.admin, 'GET', '/api/situation/summary')).json<{ booths: number }>().booths;
    expect(after).toBe(before - 1);
    expect((await send(ctx.officer, 'PATCH', url, { retired: false })).statusCode).toBe(403);
    const missing = await send(ctx.admin, 'PATCH', '/api/checkpoints/CL-ARICA-NORTE/booths/Z9', {
      name: 'Z',
    });
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toMatchObject({ code: 'booth.not-found' });
    expect((await send(ctx.admin, 'PATCH', url, {})).statusCode).toBe(400);
    expect(await actions('booth.update')).toHaveLength(1);
    expect(await actions('booth.retire')).toHaveLength(1);
  });

  it('answers all but one of several requests for one new code at once with a 409, not an error', async () => {
    const at = (code: string) => ({ ...ARICA, code, booths: [] });
    const made = await Promise.all(
      [1, 2, 3, 4].map(() => send(ctx.admin, 'POST', '/api/checkpoints', at('PE-ILO'))),
    );
    expect(made.map((r) => r.statusCode).sort()).toEqual([201, 409, 409, 409]);
    const booths = await Promise.all(
      [1, 2, 3, 4].map(() =>
        send(ctx.admin, 'POST', '/api/checkpoints/PE-ILO/booths', { code: 'I1', name: 'Ilo 1' }),
      ),
    );
    expect(booths.map((r) => r.statusCode).sort()).toEqual([201, 409, 409, 409]);
  });

  it("moves the figures already counted to the new hours and dates when a checkpoint's zone is corrected", async () => {
    const made = await send(ctx.admin, 'POST', '/api/checkpoints', {
      ...ARICA,
      code: 'CL-VISVIRI',
      name: 'Control Visviri',
      booths: [],
    });
    expect(made.statusCode, made.body).toBe(201);
    // 03:30 UTC: 00:30 on the 27th in Santiago (summer time, UTC-3), 22:30 on the 26th in Lima (UTC-5).
    const at = '2025-11-27T03:30:00Z';
    const outcomes = await postEvents(ctx.app, as(ctx.supervisor), [
      {
        kind: 'crossing',
        id: crypto.randomUUID(),
        at,
        checkpoint: 'CL-VISVIRI',
        direction: 'exit',
        decision: 'admitted',
        person: { givenNames: 'Ana Lucía', surname1: 'Pérez', sex: 'F', birthDate: '1990-05-01' },
      },
      {
        kind: 'tally',
        id: crypto.randomUUID(),
        at,
        checkpoint: 'CL-VISVIRI',
        direction: 'exit',
        category: 'boy',
        count: 2,
      },
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(['applied', 'applied']);
    const counts = async (recount: boolean) => {
      const url = `/api/counts?from=2025-11-26&to=2025-11-27&checkpoint=CL-VISVIRI&by=date,hour,source${recount ? '&recount=true' : ''}`;
      const response = await send(ctx.supervisor, 'GET', url);
      expect(response.statusCode, response.body).toBe(200);
      return response
        .json<{ rows: { dims: Record<string, string>; crossed: number }[] }>()
        .rows.map((r) => `${r.dims.date} ${r.dims.hour} ${r.dims.source}: ${r.crossed}`);
    };
    expect(await counts(false)).toEqual(['2025-11-27 00 registered: 1', '2025-11-27 00 tallied: 2']);

    const moved = await send(ctx.admin, 'PATCH', '/api/checkpoints/CL-VISVIRI', { timeZone: 'America/Lima' });
    expect(moved.statusCode, moved.body).toBe(200);
    const after = ['2025-11-26 22 registered: 1', '2025-11-26 22 tallied: 2'];
    expect(await counts(false)).toEqual(after);
    expect(await counts(true)).toEqual(after);
  });

  it('counts a larger history again in the background, step by step, saying how far it is', async () => {
    const db = ctx.t.db.kysely;
    const audit = async () => undefined;
    const counts = async (recount: boolean) => {
      const url = `/api/counts?from=2025-11-26&to=2025-11-27&checkpoint=CL-VISVIRI&by=date,hour,source${recount ? '&recount=true' : ''}`;
      return (await send(ctx.supervisor, 'GET', url))
        .json<{ rows: { dims: Record<string, string>; crossed: number }[] }>()
        .rows.map((r) => `${r.dims.date} ${r.dims.hour} ${r.dims.source}: ${r.crossed}`);
    };
    const visviri = async () =>
      (await send(ctx.admin, 'GET', '/api/checkpoints'))
        .json<{ checkpoints: { code: string; timeZone: string; recount?: object }[] }>()
        .checkpoints.find((c) => c.code === 'CL-VISVIRI');
    const lima = ['2025-11-26 22 registered: 1', '2025-11-26 22 tallied: 2'];
    expect(await counts(false)).toEqual(lima);

    // More events than the request may count (here one): the zone changes at once, the events follow.
    const changed = await changeCheckpoint(db, 'CL-VISVIRI', { timeZone: 'America/Santiago' }, audit, 1);
    expect(changed).toMatchObject({ timeZone: 'America/Santiago', recount: { done: 0, total: 2 } });
    expect(await visviri()).toMatchObject({ timeZone: 'America/Santiago', recount: { done: 0, total: 2 } });
    expect(await counts(false)).toEqual(lima);

    const first = await nextRecountStep(db, () => new Date(), audit, 1);
    expect(first).toMatchObject({ code: 'CL-VISVIRI', done: 1, total: 2, finished: false });
    expect(await visviri()).toMatchObject({ recount: { done: 1, total: 2 } });
    // A crossing recorded meanwhile is counted under the new zone at once (01:00 in Santiago).
    await postEvents(ctx.app, as(ctx.supervisor), [
      {
        kind: 'crossing',
        id: crypto.randomUUID(),
        at: '2025-11-27T04:10:00Z',
        checkpoint: 'CL-VISVIRI',
        direction: 'exit',
        decision: 'admitted',
        person: { givenNames: 'Rosa', surname1: 'Mamani', sex: 'F', birthDate: '1979-01-20' },
      },
    ]);

    // A new server (or the next start) goes on from the place kept on the checkpoint's row.
    const recounts = recountInBackground(
      db,
      () => new Date(),
      (error) => expect.fail(String(error)),
      1,
    );
    recounts.wake();
    await expect.poll(async () => (await visviri())?.recount, { timeout: 20_000 }).toBeUndefined();
    await recounts.stop();
    const santiago = [
      '2025-11-27 00 registered: 1',
      '2025-11-27 00 tallied: 2',
      '2025-11-27 01 registered: 1',
    ];
    expect(await counts(false)).toEqual(santiago);
    expect(await counts(true)).toEqual(santiago);
    expect(await actions('checkpoint.recount')).toEqual([
      {
        actor_username: 'system',
        entity_id: (await listCheckpoints(db)).find((c) => c.code === 'CL-VISVIRI')?.id,
      },
    ]);
  });

  it('counts the rest in the foreground, as `paso checkpoint change` does, telling how far at each step', async () => {
    const db = ctx.t.db.kysely;
    const audit = async () => undefined;
    const changed = await changeCheckpoint(db, 'CL-VISVIRI', { timeZone: 'America/Lima' }, audit, 1);
    expect(changed.recount).toEqual({ done: 0, total: 3 });
    const told: string[] = [];
    await finishRecounts(
      db,
      () => new Date(),
      audit,
      (s) => told.push(`${s.code} ${s.done}/${s.total}`),
      2,
    );
    // The last step, which counts the third event and ends the recount, is told too.
    expect(told).toEqual(['CL-VISVIRI 2/3', 'CL-VISVIRI 3/3']);
    const url = '/api/counts?from=2025-11-26&to=2025-11-27&checkpoint=CL-VISVIRI&by=date,hour';
    const lima = ['2025-11-26 22: 3', '2025-11-26 23: 1'];
    for (const recount of [false, true]) {
      const rows = (await send(ctx.supervisor, 'GET', `${url}${recount ? '&recount=true' : ''}`))
        .json<{ rows: { dims: Record<string, string>; crossed: number }[] }>()
        .rows.map((r) => `${r.dims.date} ${r.dims.hour}: ${r.crossed}`);
      expect(rows).toEqual(lima);
    }
  });
});
