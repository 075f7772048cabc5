// Walks every route of the API with every role (and with nobody) and checks allow or deny for each
// against the table below, written by hand from shared/DESIGN.md's roles. A new route fails this
// test until it is added to the table.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, type Login, login, makeTestApp, type TestApp } from '../../test/support/app';
import { makeAuthorizationFixtures } from '../../test/support/authorization-fixtures';
import { sampleRequest } from '../../test/support/authorization-samples';
import { ROLES, type Role } from '../domain/access';
import { SANTA_ROSA_ID } from '../store/demo';

type Who = Role | 'anonymous';
type Rule = 'public' | 'signed-in' | readonly Role[];

const ALL: readonly Role[] = ROLES;
const EXPECTED: Readonly<Record<string, Rule>> = {
  'GET /healthz': 'public',
  'GET /readyz': 'public',
  'GET /api/meta': 'public',
  'POST /api/auth/login': 'public',
  'GET /api/auth/session': 'public',
  'POST /api/auth/logout': 'signed-in',
  'GET /api/checkpoints': ALL,
  'POST /api/checkpoints': ['admin'],
  'PATCH /api/checkpoints/:code': ['admin'],
  'POST /api/checkpoints/:code/booths': ['supervisor', 'admin'],
  'PATCH /api/checkpoints/:code/booths/:booth': ['supervisor', 'admin'],
  'GET /api/countries': ALL,
  'GET /api/situation/summary': ALL,
  'GET /api/shelters': ['supervisor', 'humanitarian', 'analyst', 'admin'],
  'GET /api/users': ['admin'],
  'POST /api/users': ['admin'],
  'PATCH /api/users/:id': ['admin'],
  'POST /api/users/:id/password': ['admin'],
  'GET /api/audit': ['admin'],
  'GET /api/audit/verify': ['admin'],
  'POST /api/documents/mrz': ['officer', 'supervisor', 'admin'],
  'POST /api/documents/identifier': ['officer', 'supervisor', 'admin'],
  'GET /api/documents/policy': ['officer', 'supervisor', 'admin'],
  'GET /api/documents/policy/versions': ['officer', 'supervisor', 'admin'],
  'GET /api/documents/policy/versions/:version': ['officer', 'supervisor', 'admin'],
  'POST /api/documents/policy': ['supervisor', 'admin'],
  'POST /api/registrations': ['officer', 'supervisor'],
  'POST /api/people/candidates': ['officer', 'supervisor'],
  'GET /api/watchlists': ['supervisor', 'admin'],
  'POST /api/watchlists': ['admin'],
  'PATCH /api/watchlists/:id': ['admin'],
  'GET /api/screening/hits': ['supervisor'],
  'POST /api/screening/hits/:id/review': ['supervisor'],
  'GET /api/duplicates': ['supervisor'],
  'POST /api/duplicates/:id/review': ['supervisor'],
  'POST /api/duplicates/batch': ['supervisor'],
  'GET /api/jobs/:id': 'signed-in',
  'POST /api/events': ['officer', 'supervisor'],
  // Partners see published figures (the dashboard's, the reports'), not counts by any breakdown.
  'GET /api/counts': ['officer', 'supervisor', 'analyst', 'admin'],
  'GET /api/tallies/open': ['officer', 'supervisor'],
  'GET /api/crossings/waiting': ['supervisor'],
  'GET /api/crossings/overview': ['supervisor'],
  'GET /api/referrals': ['supervisor', 'humanitarian'],
  'POST /api/referrals/:id/close': ['humanitarian'],
  'GET /api/situation/picture': ALL,
  'GET /api/situation/observations': ALL,
  'GET /api/situation/observations/latest': ALL,
  'POST /api/situation/observations': ['officer', 'supervisor'],
  'GET /api/situation/incidents': ALL,
  'GET /api/situation/incidents/:id': ALL,
  'POST /api/situation/incidents': ['supervisor'],
  'POST /api/situation/incidents/:id/updates': ['supervisor'],
  'GET /api/dashboard': ALL,
  'GET /api/forecast': ALL,
  // Beds needed at the shelters, against their occupancy: for those who read the shelters (care.read).
  'GET /api/forecast/shelter-beds': ['supervisor', 'humanitarian', 'analyst', 'admin'],
  'GET /api/live': ALL,
  'GET /api/reports/sitrep': ['supervisor', 'humanitarian', 'analyst', 'admin'],
  'GET /api/reports/export': ['supervisor', 'humanitarian', 'analyst', 'admin'],
  'POST /api/passes': ['supervisor'],
  'POST /api/passes/:id/revoke': ['supervisor'],
  'GET /api/passes/:id/pdf': ['supervisor'],
  'GET /api/passes/keyset': ['officer', 'supervisor', 'humanitarian'],
  'POST /api/keys/rotate': ['admin'],
  'GET /api/decrees': ALL,
  'GET /api/decrees/in-force': ALL,
  'GET /api/decrees/:id': ALL,
  'POST /api/decrees': ['supervisor', 'admin'],
  'POST /api/decrees/:id/extensions': ['supervisor', 'admin'],
  'POST /api/decrees/:id/amendments': ['supervisor', 'admin'],
  'GET /api/corridors': ['officer', 'supervisor', 'humanitarian'],
  'POST /api/corridors': ['supervisor', 'humanitarian'],
  'GET /api/convoys': ['officer', 'supervisor', 'humanitarian'],
  'POST /api/convoys': ['supervisor', 'humanitarian'],
  'GET /api/convoys/:id': ['officer', 'supervisor', 'humanitarian'],
  'GET /api/convoys/:id/candidates': ['supervisor', 'humanitarian'],
  'GET /api/convoys/:id/pass-holders': ['supervisor'],
  'POST /api/convoys/:id/passes': ['supervisor'],
  'GET /api/convoys/:id/passes': ['supervisor'],
  'GET /api/convoys/:id/passes/pdf': ['supervisor'],
  'PATCH /api/convoys/:id': ['supervisor', 'humanitarian'],
  'PUT /api/convoys/:id/manifest': ['supervisor', 'humanitarian'],
  // Last of the convoy's routes: the sample cancels the demo convoy (its resend is a duplicate, 200).
  'POST /api/convoys/:id/events': ['supervisor', 'humanitarian'],
  'GET /api/care/shelters': ['supervisor', 'humanitarian', 'analyst', 'admin'],
  'GET /api/care/shelters/:id': ['supervisor', 'humanitarian', 'analyst', 'admin'],
  'POST /api/care/shelters': ['humanitarian', 'admin'],
  'PATCH /api/care/shelters/:id': ['humanitarian', 'admin'],
  'GET /api/care/candidates': ['supervisor', 'humanitarian'],
  'POST /api/care/beds': ['supervisor', 'humanitarian'],
  'POST /api/care/check-ins': ['supervisor', 'humanitarian'],
  'POST /api/care/check-outs': ['supervisor', 'humanitarian'],
  'POST /api/care/needs': ['supervisor', 'humanitarian'],
  'GET /api/care/stock': ['supervisor', 'humanitarian', 'analyst', 'admin'],
  'POST /api/care/movements': ['supervisor', 'humanitarian'],
  'POST /api/care/thresholds': ['supervisor', 'humanitarian'],
  'GET /api/care/requests': ['supervisor', 'humanitarian', 'analyst', 'admin'],
  'POST /api/care/requests': ['supervisor', 'humanitarian'],
  'POST /api/care/request-transitions': ['supervisor', 'humanitarian'],
  'POST /api/events/import': ['supervisor'],
  'GET /api/corrections/conflicts': ['supervisor'],
};

// A job is there only for whoever asked for it (and admins); to anyone else signed in, it is not (404).
const NOT_THEIRS = new Set(['GET /api/jobs/:id']);

const isApiRoute = (method: string, url: string) =>
  method !== 'HEAD' && !url.startsWith('/api/docs') && url !== '/*';

describe('authorization: every route with every role', () => {
  let ctx: TestApp;
  beforeAll(async () => {
    ctx = await makeTestApp('sqlite');
    await makeAuthorizationFixtures(ctx);
  });
  afterAll(async () => {
    await ctx.close();
  });

  it('has an expected rule for every API route, and a route for every rule', () => {
    const actual = ctx.routes.filter((r) => isApiRoute(r.method, r.url)).map((r) => `${r.method} ${r.url}`);
    expect(new Set(actual)).toEqual(new Set(Object.keys(EXPECTED)));
  });

  const whoList: readonly Who[] = ['anonymous', ...ROLES];
  const cases = Object.entries(EXPECTED).flatMap(([route, rule]) =>
    whoList.map((who) => ({ route, rule, who })),
  );

  it.each(cases)('$route as $who', async ({ route, rule, who }) => {
    const [method, url] = route.split(' ') as [string, string];
    // A fresh session per case: password resets and logouts end sessions.
    const session: Login | undefined = who === 'anonymous' ? undefined : await login(ctx.app, who);
    const sample = sampleRequest(method, url);
    const response = await ctx.app.inject({
      method: method as 'GET',
      url: sample.url,
      headers: session ? as(session) : {},
      ...(sample.payload !== undefined && { payload: sample.payload as object }),
    });
    const allowed =
      rule === 'public' ||
      (rule === 'signed-in' ? who !== 'anonymous' : who !== 'anonymous' && rule.includes(who));
    if (allowed && NOT_THEIRS.has(route)) {
      expect(response.statusCode, response.body).toBe(404);
    } else if (allowed) {
      expect(response.statusCode, response.body).toBeLessThan(300);
    } else {
      expect(response.statusCode, response.body).toBe(who === 'anonymous' ? 401 : 403);
      expect(response.headers['content-type']).toContain('application/problem+json');
    }
  });

  it('shows an officer only the checkpoints they work at', async () => {
    const officer = await login(ctx.app, 'officer');
    const response = await ctx.app.inject({ method: 'GET', url: '/api/checkpoints', headers: as(officer) });
    expect(response.json<{ checkpoints: { id: string }[] }>().checkpoints.map((c) => c.id)).toEqual([
      SANTA_ROSA_ID,
    ]);
    const supervisor = await login(ctx.app, 'supervisor');
    const all = await ctx.app.inject({ method: 'GET', url: '/api/checkpoints', headers: as(supervisor) });
    // Every checkpoint there is: the demo's two, and those the walk above made.
    const every = await ctx.t.db.kysely.selectFrom('checkpoint').select('id').execute();
    expect(every.length).toBeGreaterThanOrEqual(2);
    expect(all.json<{ checkpoints: unknown[] }>().checkpoints).toHaveLength(every.length);
  });
});
