// Walks every route of the API with every role (and with nobody) and checks allow or deny for each
// against the table below, written by hand from shared/DESIGN.md's roles. A new route fails this
// test until it is added to the table.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, type Login, login, makeTestApp, type TestApp } from '../../test/support/app';
import { ROLES, type Role } from '../domain/access';
import { DEMO_RULESET } from '../domain/documents';
import { insertUser } from '../store/accounts/users';
import { SANTA_ROSA_ID } from '../store/demo/scenario';

type Who = Role | 'anonymous';
type Rule = 'public' | 'signed-in' | readonly Role[];

const ALL: readonly Role[] = ROLES;
const EXPECTED: Readonly<Record<string, Rule>> = {
  'GET /healthz': 'public',
  'GET /readyz': 'public',
  'GET /api/meta': 'public',
  'POST /api/auth/login': 'public',
  'GET /api/auth/session': 'signed-in',
  'POST /api/auth/logout': 'signed-in',
  'GET /api/checkpoints': ALL,
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
  'POST /api/documents/policy': ['supervisor', 'admin'],
};

// The user that the user-administration routes act on: not a demo user, whose password must stay.
const TARGET_USER = '0a7a0000-0000-4000-8000-00000000000a';

let counter = 0;
// A request that the route accepts when access is granted.
function sampleRequest(method: string, url: string): { url: string; payload?: unknown } {
  const path = url.replace(':id', TARGET_USER);
  counter += 1;
  switch (`${method} ${url}`) {
    case 'POST /api/auth/login':
      return { url: path, payload: { username: 'supervisor', password: 'paso-demo-2025' } };
    case 'POST /api/users':
      return {
        url: path,
        payload: {
          username: `walk.user.${counter}`,
          displayName: 'Walk',
          role: 'officer',
          checkpointIds: [SANTA_ROSA_ID],
          password: 'a-long-enough-password',
        },
      };
    case 'PATCH /api/users/:id':
      return { url: path, payload: { displayName: `Analista ${counter}` } };
    case 'POST /api/users/:id/password':
      return { url: path, payload: { password: 'another-long-password' } };
    case 'POST /api/documents/mrz':
      return {
        url: path,
        payload: { mrz: 'P<UTOERIKSSON<<ANNA<MARIA', checkpointId: SANTA_ROSA_ID, direction: 'entry' },
      };
    case 'POST /api/documents/identifier':
      return { url: path, payload: { idType: 'PE-DNI', number: '12345678' } };
    case 'POST /api/documents/policy':
      return { url: path, payload: { rules: DEMO_RULESET.rules, note: `Walk ${counter}` } };
    default:
      return { url: path };
  }
}

const isApiRoute = (method: string, url: string) =>
  method !== 'HEAD' && !url.startsWith('/api/docs') && url !== '/*';

describe('authorization: every route with every role', () => {
  let ctx: TestApp;
  beforeAll(async () => {
    ctx = await makeTestApp('sqlite');
    await insertUser(ctx.t.db.kysely, {
      id: TARGET_USER,
      username: 'walk.target',
      displayName: 'Target',
      role: 'analyst',
      checkpointIds: [],
      passwordHash: 'unused',
      now: '2025-11-27T15:00:00.000Z',
    });
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
    if (allowed) {
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
    expect(all.json<{ checkpoints: unknown[] }>().checkpoints).toHaveLength(2);
  });
});
