// An earlier version of the document policy is read whole, on both databases: what it said stays at
// hand after a newer one is saved, so a version saved by mistake can be undone by saving the earlier
// rules again. A version that does not exist is a 404 problem; one that is not a number, a 400.
import { describe, expect, it } from 'vitest';
import { as, suiteTestApp } from '../../../test/support/app';
import { DIALECTS } from '../../../test/support/databases';

describe.each(DIALECTS)('an earlier policy version, on %s', (dialect) => {
  const ctx = suiteTestApp(dialect, ['supervisor', 'officer']);
  const get = (url: string) => ctx.app.inject({ method: 'GET', url, headers: as(ctx.supervisor) });

  it('is read with its rules after a newer version is saved, and saved again as the newest', async () => {
    const first = (await get('/api/documents/policy')).json();
    const shorter = first.rules.slice(1);
    const saved = await ctx.app.inject({
      method: 'POST',
      url: '/api/documents/policy',
      headers: as(ctx.supervisor),
      payload: { rules: shorter, note: 'Sin la primera regla', baseVersion: first.version },
    });
    expect(saved.statusCode, saved.body).toBe(201);

    const earlier = await get(`/api/documents/policy/versions/${first.version}`);
    expect(earlier.statusCode, earlier.body).toBe(200);
    expect(earlier.json()).toEqual(first);
    const later = (await get(`/api/documents/policy/versions/${first.version + 1}`)).json();
    expect(later).toMatchObject({ version: first.version + 1, note: 'Sin la primera regla', rules: shorter });

    // Put back: the earlier rules saved as a new version, the history kept whole.
    const back = await ctx.app.inject({
      method: 'POST',
      url: '/api/documents/policy',
      headers: as(ctx.supervisor),
      payload: { rules: earlier.json().rules, note: 'Vuelve la versión 1', baseVersion: first.version + 1 },
    });
    expect(back.statusCode, back.body).toBe(201);
    expect((await get('/api/documents/policy')).json()).toMatchObject({
      version: first.version + 2,
      rules: first.rules,
    });
  });

  it('is read by an officer too, as the version in force is', async () => {
    const response = await ctx.app.inject({
      method: 'GET',
      url: '/api/documents/policy/versions/1',
      headers: as(ctx.officer),
    });
    expect(response.statusCode).toBe(200);
  });

  it.each([
    ['99', 404, 'request.not-found'],
    ['0', 400, 'validation'],
    ['uno', 400, 'validation'],
    ['1e3', 400, 'validation'],
  ])('answers version %s with a %s problem', async (version, status, code) => {
    const response = await get(`/api/documents/policy/versions/${version}`);
    expect(response.statusCode).toBe(status);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.json().code).toBe(code);
  });
});
