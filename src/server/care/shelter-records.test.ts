// Making and describing shelters through the API on both databases: humanitarian staff and
// administrators may, officers and analysts may not; a name is unique whatever its case or accents,
// on making a shelter and on renaming one (409); an unknown shelter is a 404; each write is audited.
import { describe, expect, it } from 'vitest';
import { as, type Login, suiteTestApp } from '../../../test/support/app';
import { DIALECTS } from '../../../test/support/databases';
import { DEMO_SHELTERS } from '../../store/demo';

const COLISEO = DEMO_SHELTERS[0]?.name ?? '';
const shelter = (name: string) => ({
  id: crypto.randomUUID(),
  name,
  city: 'Tacna',
  operator: 'Parroquia San Martín',
  latitude: -18.01,
  longitude: -70.25,
  beds: { family: 20, women: 10, children: 0, general: 30 },
});

type ShelterAnswer = { shelter: { id: string; name: string; beds: { family: number } } };

describe.each(DIALECTS)('making shelters through the API on %s', (dialect) => {
  const ctx = suiteTestApp(dialect, ['officer', 'supervisor', 'humanitarian', 'analyst', 'admin']);
  const send = (who: Login, method: 'POST' | 'PATCH', url: string, payload: object) =>
    ctx.app.inject({ method, url, headers: as(who), payload });

  it('lets humanitarian staff and administrators make a shelter, which the shelter list then has', async () => {
    for (const who of [ctx.officer, ctx.supervisor, ctx.analyst]) {
      expect((await send(who, 'POST', '/api/care/shelters', shelter('Albergue Nuevo'))).statusCode).toBe(403);
    }
    const body = shelter('Albergue San Martín');
    const made = await send(ctx.humanitarian, 'POST', '/api/care/shelters', body);
    expect(made.statusCode, made.body).toBe(201);
    expect(made.json<ShelterAnswer>().shelter).toMatchObject({ id: body.id, name: 'Albergue San Martín' });
    expect((await send(ctx.humanitarian, 'POST', '/api/care/shelters', body)).statusCode).toBe(200);
    const byAdmin = await send(ctx.admin, 'POST', '/api/care/shelters', shelter('Albergue Frontera'));
    expect(byAdmin.statusCode, byAdmin.body).toBe(201);
    const list = await ctx.app.inject({ method: 'GET', url: '/api/care/shelters', headers: as(ctx.analyst) });
    const names = list.json<{ shelters: { name: string; beds: { general: number } }[] }>().shelters;
    expect(names).toContainEqual(
      expect.objectContaining({
        name: 'Albergue San Martín',
        beds: expect.objectContaining({ general: 30 }),
      }),
    );
    const entries = await ctx.t.db.kysely
      .selectFrom('audit_entry')
      .select(['actor_username', 'entity_id'])
      .where('action', '=', 'care.shelter-create')
      .orderBy('seq')
      .execute();
    expect(entries.map((e) => e.actor_username)).toEqual(['humanitario', 'admin']);
  });

  it.each([
    ['the same name in other case and accents', 'ALBERGUE SAN MARTIN'],
    ["a demo shelter's name", COLISEO.toLowerCase()],
  ])('refuses to make a shelter with %s (409)', async (_what, name) => {
    const response = await send(ctx.humanitarian, 'POST', '/api/care/shelters', shelter(name));
    expect(response.statusCode, response.body).toBe(409);
    expect(response.json()).toMatchObject({ code: 'care.shelter-name-taken' });
  });

  it('renames and moves a shelter, refuses a name another has (409) and a shelter nobody has (404)', async () => {
    const body = shelter('Albergue Las Palmas');
    await send(ctx.admin, 'POST', '/api/care/shelters', body);
    const url = `/api/care/shelters/${body.id}`;
    const renamed = await send(ctx.humanitarian, 'PATCH', url, {
      name: 'Albergue Palmeras',
      latitude: -18.02,
    });
    expect(renamed.statusCode, renamed.body).toBe(200);
    expect(renamed.json<ShelterAnswer>().shelter.name).toBe('Albergue Palmeras');
    // Its own name in another case is no clash.
    expect((await send(ctx.humanitarian, 'PATCH', url, { name: 'ALBERGUE PALMERAS' })).statusCode).toBe(200);
    const clash = await send(ctx.humanitarian, 'PATCH', url, { name: 'albergue frontera' });
    expect(clash.statusCode).toBe(409);
    expect(clash.json()).toMatchObject({ code: 'care.shelter-name-taken' });
    expect((await send(ctx.officer, 'PATCH', url, { name: 'X' })).statusCode).toBe(403);
    const missing = await send(ctx.admin, 'PATCH', `/api/care/shelters/${crypto.randomUUID()}`, {
      name: 'X',
    });
    expect(missing.statusCode).toBe(404);
    const beds = await send(ctx.admin, 'PATCH', url, {
      beds: { family: 5, women: 0, children: 0, general: 0 },
    });
    expect(beds.json<ShelterAnswer>().shelter.beds.family).toBe(5);
  });

  it.each([
    ['a name of spaces', { name: '  ' }],
    ['a latitude past the pole', { latitude: -91 }],
    ['a negative number of beds', { beds: { family: -1, women: 0, children: 0, general: 0 } }],
    ['a capacity instead of beds', { beds: undefined, capacity: 10 }],
  ])('refuses %s with a 400 problem', async (_what, change) => {
    const response = await send(ctx.humanitarian, 'POST', '/api/care/shelters', {
      ...shelter('Albergue X'),
      ...change,
    });
    expect(response.statusCode, response.body).toBe(400);
    expect(response.json()).toMatchObject({ code: 'validation' });
  });

  it.each([
    ['a longitude whose sign was typed wrong', { longitude: 70.25 }, ['body.longitude']],
    ['a latitude north of the equator', { latitude: 18.01 }, ['body.latitude']],
    ['both signs wrong', { latitude: 18.01, longitude: 70.25 }, ['body.latitude', 'body.longitude']],
  ])("refuses a shelter placed outside the operation's map: %s (400)", async (_what, place, paths) => {
    const made = await send(ctx.humanitarian, 'POST', '/api/care/shelters', {
      ...shelter('Albergue Fuera'),
      ...place,
    });
    expect(made.statusCode, made.body).toBe(400);
    const problem = made.json<{ code: string; errors: { path: string; code: string }[] }>();
    expect(problem.code).toBe('validation');
    expect(problem.errors).toEqual(
      paths.map((path) => expect.objectContaining({ path, code: 'situation.outside-extent' })),
    );
  });

  it("refuses to move a shelter outside the operation's map, one coordinate or both (400)", async () => {
    const body = shelter('Albergue Pocollay');
    expect((await send(ctx.humanitarian, 'POST', '/api/care/shelters', body)).statusCode).toBe(201);
    const url = `/api/care/shelters/${body.id}`;
    for (const place of [{ longitude: 70.25 }, { latitude: 18.01, longitude: -70.25 }]) {
      const moved = await send(ctx.humanitarian, 'PATCH', url, place);
      expect(moved.statusCode, moved.body).toBe(400);
      expect(moved.json()).toMatchObject({
        code: 'validation',
        errors: [expect.objectContaining({ code: 'situation.outside-extent' })],
      });
    }
    const list = await ctx.app.inject({ method: 'GET', url: '/api/care/shelters', headers: as(ctx.analyst) });
    const kept = list.json<{ shelters: { id: string; latitude: number; longitude: number }[] }>();
    expect(kept.shelters.find((s) => s.id === body.id)).toMatchObject({
      latitude: -18.01,
      longitude: -70.25,
    });
    // Moved within the map, and a change that does not move it, are taken.
    expect((await send(ctx.humanitarian, 'PATCH', url, { longitude: -70.3 })).statusCode).toBe(200);
    expect((await send(ctx.humanitarian, 'PATCH', url, { city: 'Pocollay' })).statusCode).toBe(200);
  });

  it('refuses a change that changes nothing (400)', async () => {
    const id = DEMO_SHELTERS[1]?.id ?? '';
    expect((await send(ctx.humanitarian, 'PATCH', `/api/care/shelters/${id}`, {})).statusCode).toBe(400);
  });

  it('makes one shelter of several requests for one new name at once, and refuses the rest (409)', async () => {
    const names = ['Albergue Ilo', 'ALBERGUE ILO', 'albergue ilo', 'Albergue Iló'];
    const made = await Promise.all(
      names.map((name) => send(ctx.humanitarian, 'POST', '/api/care/shelters', shelter(name))),
    );
    expect(made.map((r) => r.statusCode).sort()).toEqual([201, 409, 409, 409]);
    const first = await send(ctx.admin, 'POST', '/api/care/shelters', shelter('Albergue Locumba'));
    const second = await send(ctx.admin, 'POST', '/api/care/shelters', shelter('Albergue Sama'));
    const renames = await Promise.all(
      [first, second].map((r) =>
        send(ctx.humanitarian, 'PATCH', `/api/care/shelters/${r.json<ShelterAnswer>().shelter.id}`, {
          name: 'Albergue Candarave',
        }),
      ),
    );
    expect(renames.map((r) => r.statusCode).sort()).toEqual([200, 409]);
  });
});
