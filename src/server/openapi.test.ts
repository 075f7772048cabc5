// Walks the API's own description (/api/docs/json) and holds it to what the server answers: every
// status an operation answers is documented for it, and every answer fits the documented schema.
// Each operation is sent the requests that provoke its problems; the flows below add its successes.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LightMyRequestResponse } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { as, type Login, login, makeTestApp, suiteTestApp } from '../../test/support/app';
import { AMENDMENT_BODY, EXTENSION_BODY } from '../../test/support/decrees';
import {
  type Answer,
  type OpenApiDocument,
  operationsOf,
  readDocument,
  schemaChecker,
} from '../../test/support/openapi';
import { ROLES } from '../domain/access';
import { DEMO_PASSWORD } from '../store/demo';
import { HANDLER_PROBLEMS } from './openapi';
import { PROBLEMS, type ProblemCode } from './problems';

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;
const MISSING_ID = '00000000-0000-4000-8000-000000000000';
const EVERYTHING = String(100 * 1024 * 1024);

// A body each route with a parameter accepts, so that an id nobody has reaches its handler.
const BODY_FOR_ID: Readonly<Record<string, object>> = {
  'PATCH /api/users/{id}': { displayName: 'Nadie' },
  'POST /api/users/{id}/password': { password: 'a-long-enough-password' },
  'PATCH /api/watchlists/{id}': { active: true },
  'PATCH /api/care/shelters/{id}': { name: 'Albergue que no existe' },
  'POST /api/screening/hits/{id}/review': { decision: 'dismissed', note: 'Otra persona' },
  'POST /api/duplicates/{id}/review': { decision: 'reject', reason: 'Otra persona' },
  'POST /api/referrals/{id}/close': { note: 'Acogida' },
  'POST /api/situation/incidents/{id}/updates': { note: 'Sigue' },
  'POST /api/passes/{id}/revoke': { reason: 'Pase perdido' },
  'POST /api/decrees/{id}/extensions': EXTENSION_BODY,
  'POST /api/decrees/{id}/amendments': AMENDMENT_BODY,
  'POST /api/convoys/{id}/passes': {},
  'PATCH /api/convoys/{id}': { plannedDeparture: '2025-11-28T13:00:00Z' },
  'PUT /api/convoys/{id}/manifest': { seats: [] },
  'POST /api/convoys/{id}/events': {
    id: MISSING_ID,
    at: '2025-11-28T11:00:00Z',
    event: { kind: 'departed' },
  },
};

const problemCodesIn = (answer: Answer): readonly string[] => {
  const schema = answer.content?.['application/problem+json']?.schema as
    | { allOf?: { properties?: { code?: { enum?: string[] } } }[] }
    | undefined;
  return schema?.allOf?.[1]?.properties?.code?.enum ?? [];
};

describe('the OpenAPI document', () => {
  const ctx = suiteTestApp('sqlite', ROLES);
  let doc: OpenApiDocument;
  let faultsOf: ReturnType<typeof schemaChecker>;

  beforeAll(async () => {
    doc = await readDocument(ctx.app);
    faultsOf = schemaChecker(doc);
  });

  const expectFits = (schema: object, body: unknown, what: string) => {
    expect(faultsOf(schema, body), what).toEqual([]);
  };

  /** The answer's status is documented for the operation, and its body fits that status's schema. */
  function expectDocumented(method: string, path: string, response: LightMyRequestResponse): void {
    const what = `${method} ${path} answered ${response.statusCode}: ${response.body.slice(0, 300)}`;
    const op = doc.paths[path]?.[method.toLowerCase()];
    expect(op, what).toBeDefined();
    const answer = op?.responses[String(response.statusCode)];
    expect(answer, what).toBeDefined();
    if (response.statusCode === 204) {
      expect(response.body, what).toBe('');
      return;
    }
    const mediaType = String(response.headers['content-type']).split(';')[0] ?? '';
    const content = answer?.content?.[mediaType];
    expect(content, `${what} (${mediaType} undocumented)`).toBeDefined();
    if (content) expectFits(content.schema, response.json(), what);
  }

  const urlOf = (path: string, id = MISSING_ID) => path.replace('{id}', id);
  const send = (
    method: string,
    url: string,
    options: { who?: Login; payload?: string | object; headers?: Record<string, string> } = {},
  ) =>
    ctx.app.inject({
      method: method as 'GET',
      url,
      headers: { ...(options.who && as(options.who)), ...options.headers },
      ...(options.payload !== undefined && { payload: options.payload }),
    });

  it('documents a problem answer for every code a route module throws', () => {
    const documented = new Set(
      operationsOf(doc).flatMap(({ op }) => Object.values(op.responses).flatMap(problemCodesIn)),
    );
    const thrown = sourceFiles(import.meta.dirname).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/new Problem\(\s*'([a-z.-]+)'/g)].map((m) => m[1]),
    );
    expect(thrown.length).toBeGreaterThan(10);
    expect([...new Set(thrown)].filter((code) => !documented.has(code ?? ''))).toEqual([]);
  });

  it('names only routes that exist in its table of handler refusals', () => {
    const operations = new Set(operationsOf(doc).map(({ method, path }) => `${method} ${path}`));
    const stale = Object.keys(HANDLER_PROBLEMS)
      .map((route) => route.replace(/:(\w+)/g, '{$1}'))
      .filter((route) => !operations.has(route));
    expect(stale).toEqual([]);
  });

  it('documents each problem status with the catalogue codes of that status only', () => {
    for (const { method, path, op } of operationsOf(doc)) {
      for (const [status, answer] of Object.entries(op.responses)) {
        const codes = problemCodesIn(answer) as ProblemCode[];
        for (const code of codes)
          expect(PROBLEMS[code].status, `${method} ${path} ${code}`).toBe(Number(status));
        if (Number(status) >= 400) expect(codes.length, `${method} ${path} ${status}`).toBeGreaterThan(0);
      }
    }
  });

  it('documents no 500 and no catch-all answer: those are never expected', () => {
    for (const { op } of operationsOf(doc)) {
      expect(
        Object.keys(op.responses).filter((s) => s === 'default' || (s.startsWith('5') && s !== '503')),
      ).toEqual([]);
    }
  });

  it('answers, for every operation, only documented problems that fit their schema', async () => {
    for (const { path, method, op } of operationsOf(doc)) {
      const route = `${method} ${path}`;
      const secured = op.security !== undefined;
      const unsafe = method !== 'GET';
      // Nobody signed in, and a query parameter nobody knows.
      const anonymous = await send(method, `${urlOf(path)}?surprise=1`, { payload: unsafe ? {} : undefined });
      expectDocumented(method, path, anonymous);
      expect(anonymous.statusCode, route).toBe(secured ? 401 : 400);

      // Every role: refused (403) or, once allowed, refused the unknown parameter (400).
      let allowed: Login | undefined;
      for (const who of secured ? ROLES.map((role) => ctx[role]) : []) {
        const response = await send(method, `${urlOf(path)}?surprise=1`, {
          who,
          payload: unsafe ? {} : undefined,
        });
        expectDocumented(method, path, response);
        expect([400, 403], route).toContain(response.statusCode);
        if (response.statusCode === 400) allowed ??= who;
      }
      expect(!secured || allowed !== undefined, `${route}: no role may call it`).toBe(true);

      if (unsafe) {
        // A state change from another site, and one without the session's CSRF token.
        const foreign = await send(method, urlOf(path), {
          who: allowed,
          headers: { origin: 'https://elsewhere.example' },
          payload: {},
        });
        expectDocumented(method, path, foreign);
        expect(foreign.statusCode, route).toBe(403);
        if (allowed) {
          const tokenless = await send(method, urlOf(path), {
            headers: { cookie: allowed.cookie },
            payload: {},
          });
          expectDocumented(method, path, tokenless);
          expect(tokenless.statusCode, route).toBe(403);
        }
      }

      if (op.requestBody !== undefined || unsafe) {
        const json = { 'content-type': 'application/json' };
        const cases = [
          { status: 400, payload: '{"truncated": ', headers: json },
          { status: 400, payload: '[1, 2]', headers: json },
          { status: 415, payload: 'plain words', headers: { 'content-type': 'text/plain' } },
          { status: 413, payload: '{}', headers: { ...json, 'content-length': EVERYTHING } },
        ];
        for (const c of cases) {
          const response = await send(method, urlOf(path), {
            who: allowed,
            payload: c.payload,
            headers: c.headers,
          });
          expectDocumented(method, path, response);
          expect(response.statusCode, `${route} ${c.payload}`).toBe(c.status);
        }
      }

      if (path.includes('{id}')) {
        const badId = await send(method, urlOf(path, 'not-a-uuid'), {
          who: allowed,
          payload: unsafe ? {} : undefined,
        });
        expectDocumented(method, path, badId);
        expect(badId.statusCode, route).toBe(400);
        const body = BODY_FOR_ID[route];
        expect(body !== undefined || !unsafe, `${route}: no body known for it`).toBe(true);
        const missing = await send(method, urlOf(path), { who: allowed, payload: body });
        expectDocumented(method, path, missing);
        expect(missing.statusCode, route).toBe(404);
      }
    }
  });

  it('answers a documented path asked with another method 405, with Allow naming its methods', async () => {
    for (const [path, ops] of Object.entries(doc.paths)) {
      const methods = Object.keys(ops).map((m) => m.toUpperCase());
      const allow = [...methods, ...(methods.includes('GET') ? ['HEAD'] : [])].sort().join(', ');
      for (const method of METHODS.filter((m) => !methods.includes(m))) {
        const response = await send(method, urlOf(path));
        expect(response.statusCode, `${method} ${path}`).toBe(405);
        expect(response.headers.allow, `${method} ${path}`).toBe(allow);
        expect(response.headers['content-type']).toContain('application/problem+json');
        expectFits({ $ref: '#/components/schemas/Problem' }, response.json(), `${method} ${path}`);
      }
    }
  });

  it('documents the answers of signing in and out, and of managing a user', async () => {
    const credentials = { username: 'admin', password: DEMO_PASSWORD };
    const signIn = await send('POST', '/api/auth/login', { payload: credentials });
    expectDocumented('POST', '/api/auth/login', signIn);
    expect(signIn.statusCode).toBe(200);
    const wrong = await send('POST', '/api/auth/login', { payload: { ...credentials, password: 'not it' } });
    expectDocumented('POST', '/api/auth/login', wrong);
    expect(wrong.statusCode).toBe(401);

    const admin = await login(ctx.app, 'admin');
    const answers: [string, string, LightMyRequestResponse, number][] = [];
    const call = async (
      method: string,
      path: string,
      url: string,
      payload: object | undefined,
      status: number,
    ) => {
      answers.push([method, path, await send(method, url, { who: admin, payload }), status]);
    };
    const user = {
      id: '0a7a0000-0000-4000-8000-0000000000aa',
      username: 'doc.user',
      displayName: 'Doc',
      role: 'analyst',
    };
    await call('POST', '/api/users', '/api/users', { ...user, password: 'long-enough-pass' }, 201);
    await call('POST', '/api/users', '/api/users', { ...user, password: 'long-enough-pass' }, 200);
    await call(
      'POST',
      '/api/users',
      '/api/users',
      { ...user, id: undefined, password: 'long-enough-pass' },
      409,
    );
    await call(
      'POST',
      '/api/users',
      '/api/users',
      { ...user, id: undefined, username: 'doc.other', password: 'short' },
      400,
    );
    await call(
      'POST',
      '/api/users',
      '/api/users',
      {
        ...user,
        id: undefined,
        username: 'doc.third',
        password: 'long-enough-pass',
        checkpointIds: [MISSING_ID],
      },
      400,
    );
    await call(
      'POST',
      '/api/users',
      '/api/users',
      { ...user, id: undefined, username: 'doc.fourth', role: 'officer', password: 'long-enough-pass' },
      400,
    );
    await call('PATCH', '/api/users/{id}', `/api/users/${user.id}`, { displayName: 'Doc 2' }, 200);
    await call('PATCH', '/api/users/{id}', `/api/users/${user.id}`, { role: 'officer' }, 400);
    await call('PATCH', '/api/users/{id}', `/api/users/${admin.userId}`, { role: 'analyst' }, 409);
    await call(
      'POST',
      '/api/users/{id}/password',
      `/api/users/${user.id}/password`,
      { password: 'another-long-one' },
      204,
    );
    await call('GET', '/api/auth/session', '/api/auth/session', undefined, 200);
    await call('POST', '/api/auth/logout', '/api/auth/logout', undefined, 204);
    await call('GET', '/api/auth/session', '/api/auth/session', undefined, 204);
    for (const [method, path, response, status] of answers) {
      expectDocumented(method, path, response);
      expect(response.statusCode, `${method} ${path}: ${response.body}`).toBe(status);
    }
  });

  it('documents the refusals of registering at an unknown place and of a checkpoint code nobody has', async () => {
    const supervisor = ctx.supervisor;
    const registration = {
      id: '0a7a0000-0000-4000-8000-0000000000ab',
      checkpointId: MISSING_ID,
      at: '2025-11-27T14:00:00.000Z',
      person: { givenNames: 'Ana', surname1: 'Rojas' },
      intention: 'entry',
      consent: true,
    };
    const unknownPlace = await send('POST', '/api/registrations', { who: supervisor, payload: registration });
    expectDocumented('POST', '/api/registrations', unknownPlace);
    expect(unknownPlace.statusCode).toBe(400);
    const noSuchCode = await send('GET', '/api/tallies/open?checkpoint=XX-NOWHERE', { who: supervisor });
    expectDocumented('GET', '/api/tallies/open', noSuchCode);
    expect(noSuchCode.statusCode).toBe(400);
  });
});

describe('the OpenAPI document, on the login limit', () => {
  it('documents the 429 of too many failed logins, with its Retry-After', async () => {
    const ctx = await makeTestApp('sqlite', { loginRateLimit: 1 });
    try {
      const doc = await readDocument(ctx.app);
      const attempt = () =>
        ctx.app.inject({
          method: 'POST',
          url: '/api/auth/login',
          payload: { username: 'admin', password: 'guess' },
        });
      expect((await attempt()).statusCode).toBe(401);
      const refused = await attempt();
      expect(refused.statusCode).toBe(429);
      const answer = doc.paths['/api/auth/login']?.post?.responses['429'] as Answer;
      expect(problemCodesIn(answer)).toEqual(['auth.rate-limited']);
      expect(Object.keys(answer.headers ?? {})).toEqual(['retry-after']);
      expect(refused.headers['retry-after']).toBeDefined();
    } finally {
      await ctx.close();
    }
  });
});

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}
