// Every route answers bad input with a 4xx problem document, never a 500 and never a stack trace:
// malformed JSON, wrong types, unknown fields, oversized bodies, wrong media types, bad parameters.
import { describe, expect, it } from 'vitest';
import { as, suiteTestApp } from '../../test/support/app';
import { AMENDMENT_BODY, DECLARATION_BODY, EXTENSION_BODY } from '../../test/support/decrees';
import {
  convoyBody,
  corridorBody,
  incidentBody,
  observationBody,
  passBody,
} from '../../test/support/write-bodies';
import { SANTA_ROSA_ID } from '../store/demo';
import { IMPORT_BODY_LIMIT } from './crossings/offline-routes';
import { EVENTS_BODY_LIMIT } from './crossings/routes';
import { WATCHLIST_BODY_LIMIT } from './matching/routes';

const USER_ID = '5a7a0000-0000-4000-8003-000000000004';

// A valid body for each route that takes one.
const BODIES: Readonly<Record<string, Record<string, unknown>>> = {
  'POST /api/decrees': DECLARATION_BODY,
  'POST /api/decrees/:id/extensions': EXTENSION_BODY,
  'POST /api/decrees/:id/amendments': AMENDMENT_BODY,
  'POST /api/auth/login': { username: 'supervisor', password: 'paso-demo-2025' },
  'POST /api/auth/logout': {},
  'POST /api/users': {
    username: 'bad.input',
    displayName: 'X',
    role: 'officer',
    checkpointIds: [SANTA_ROSA_ID],
    password: 'long-enough-password',
  },
  'PATCH /api/users/:id': { displayName: 'Y' },
  'POST /api/checkpoints': {
    code: 'BAD-INPUT',
    name: 'Control',
    country: 'PER',
    latitude: -18.2,
    longitude: -70.3,
    timeZone: 'America/Lima',
  },
  'PATCH /api/checkpoints/:code': { name: 'Control' },
  'POST /api/checkpoints/:code/booths': { code: 'B9', name: 'Caseta' },
  'PATCH /api/checkpoints/:code/booths/:booth': { name: 'Caseta', retired: false },
  'POST /api/care/shelters': {
    id: '7a7a0000-0000-4000-8000-0000000000ca',
    name: 'Albergue',
    city: 'Tacna',
    operator: 'Parroquia',
    latitude: -18.01,
    longitude: -70.25,
    beds: { family: 0, women: 0, children: 0, general: 10 },
  },
  'PATCH /api/care/shelters/:id': { name: 'Albergue' },
  'POST /api/users/:id/password': { password: 'long-enough-password' },
  'POST /api/documents/mrz': {
    mrz: 'P<UTOERIKSSON<<ANNA<MARIA',
    checkpointId: SANTA_ROSA_ID,
    direction: 'exit',
  },
  'POST /api/documents/identifier': { idType: 'CL-RUN', number: '12.345.678-5' },
  'POST /api/documents/policy': { rules: [], note: 'Sin reglas', baseVersion: 1 },
  'POST /api/registrations': {
    id: '7a7a0000-0000-4000-8000-000000000001',
    checkpointId: SANTA_ROSA_ID,
    at: '2025-11-27T14:00:00.000Z',
    person: { givenNames: 'Ana', surname1: 'Rojas', birthDate: '1990-01-02', nationality: 'VEN' },
    intention: 'entry',
    consent: true,
  },
  'POST /api/people/candidates': {
    checkpoint: 'PE-SANTA-ROSA',
    person: { givenNames: 'Ana', surname1: 'Rojas', birthDate: '1990-01-02' },
  },
  'POST /api/watchlists': {
    name: 'Lista',
    format: 'csv',
    content: 'watch_id,given_names,surname1\nW1,Ana,Rojas\n',
  },
  'PATCH /api/watchlists/:id': { active: false },
  'POST /api/screening/hits/:id/review': { decision: 'dismissed', note: 'Otra persona' },
  'POST /api/duplicates/:id/review': { decision: 'reject', reason: 'Otra persona' },
  'POST /api/duplicates/batch': {},
  'POST /api/referrals/:id/close': { note: 'Acogido por la DEMUNA' },
  'POST /api/situation/observations': observationBody('7a7a0000-0000-4000-8000-0000000000d1'),
  'POST /api/situation/incidents': incidentBody('7a7a0000-0000-4000-8000-0000000000d2'),
  'POST /api/situation/incidents/:id/updates': { note: 'Sigue' },
  'POST /api/passes': passBody('7a7a0000-0000-4000-8000-0000000000d1'),
  'POST /api/passes/:id/revoke': { reason: 'Pase perdido' },
  'POST /api/keys/rotate': {},
  'POST /api/corridors': corridorBody('7a7a0000-0000-4000-8000-000000000091', 'BAD-INPUT'),
  'POST /api/convoys': convoyBody(
    '7a7a0000-0000-4000-8000-000000000092',
    'BAD-INPUT',
    '7a7a0000-0000-4000-8000-000000000091',
  ),
  'PATCH /api/convoys/:id': {
    plannedDeparture: '2025-11-28T13:00:00Z',
    plannedArrival: '2025-11-30T05:00:00Z',
    vehicles: [{ plate: 'BUS-2', kind: 'bus', seats: 44, replaces: 'BUS-1' }],
  },
  'PUT /api/convoys/:id/manifest': { seats: [] },
  'POST /api/convoys/:id/passes': {},
  'POST /api/convoys/:id/events': {
    id: '7a7a0000-0000-4000-8000-000000000093',
    at: '2025-11-28T11:00:00Z',
    event: { kind: 'departed' },
  },
  'POST /api/care/beds': {
    shelterId: '5a7a0000-0000-4000-8002-000000000003',
    beds: { family: 0, women: 10, children: 0, general: 50 },
  },
  'POST /api/care/check-ins': {
    id: '7a7a0000-0000-4000-8000-0000000000c1',
    shelterId: '5a7a0000-0000-4000-8002-000000000003',
    bedKind: 'general',
    personIds: ['0a7a0000-0000-4000-8000-0000000000e2'],
  },
  'POST /api/care/check-outs': {
    id: '7a7a0000-0000-4000-8000-0000000000c2',
    personIds: ['0a7a0000-0000-4000-8000-0000000000e2'],
  },
  'POST /api/care/needs': {
    id: '7a7a0000-0000-4000-8000-0000000000c3',
    shelterId: '5a7a0000-0000-4000-8002-000000000003',
    categories: ['water'],
    text: 'Agua',
  },
  'POST /api/care/movements': {
    id: '7a7a0000-0000-4000-8000-0000000000c4',
    kind: 'delivery',
    item: 'water',
    quantity: 10,
    placeId: '5a7a0000-0000-4000-8002-000000000003',
  },
  'POST /api/care/thresholds': { placeId: '5a7a0000-0000-4000-8002-000000000003', item: 'water', minimum: 5 },
  'POST /api/care/requests': {
    id: '7a7a0000-0000-4000-8000-0000000000c9',
    placeId: '5a7a0000-0000-4000-8002-000000000003',
    item: 'blanket',
    quantity: 20,
  },
  'POST /api/care/request-transitions': {
    id: '7a7a0000-0000-4000-8000-0000000000c5',
    requestId: '7a7a0000-0000-4000-8000-0000000000c9',
    to: 'committed',
  },
  'POST /api/events/import': {
    events: [
      {
        kind: 'tally',
        id: '0a7a0000-0000-4000-8000-0000000000c2',
        at: '2025-11-27T14:00:00Z',
        checkpoint: 'PE-SANTA-ROSA',
        direction: 'entry',
        category: 'woman',
        count: 1,
      },
    ],
    exportedBy: 'oficial.santarosa',
  },
  'POST /api/events': {
    events: [
      {
        kind: 'tally',
        id: '0a7a0000-0000-4000-8000-0000000000c1',
        at: '2025-11-27T14:00:00Z',
        checkpoint: 'PE-SANTA-ROSA',
        direction: 'entry',
        category: 'woman',
        count: 2,
      },
    ],
  },
};

// Replaces a value by one of another JSON type.
const wrongTypeOf = (value: unknown): unknown =>
  typeof value === 'string'
    ? 12345
    : Array.isArray(value)
      ? 'not-a-list'
      : typeof value === 'boolean'
        ? 'yes'
        : [];

function expectProblem(
  response: { statusCode: number; headers: Record<string, unknown>; body: string },
  status?: number,
) {
  if (status) expect(response.statusCode, response.body).toBe(status);
  expect(response.statusCode, response.body).toBeGreaterThanOrEqual(400);
  expect(response.statusCode, response.body).toBeLessThan(500);
  expect(String(response.headers['content-type'])).toContain('application/problem+json');
  const problem = JSON.parse(response.body) as Record<string, unknown>;
  expect(problem).toMatchObject({ status: response.statusCode });
  expect(typeof problem.type).toBe('string');
  expect(typeof problem.title).toBe('string');
  expect(typeof problem.detail).toBe('string');
  expect(typeof problem.instance).toBe('string');
  expect(response.body).not.toMatch(/at .+\.ts:\d+/);
}

describe('bad input on every route', () => {
  const ctx = suiteTestApp('sqlite', ['admin', 'supervisor', 'humanitarian']);
  // Each route is called by a role that may call it, so that what is tested is the input.
  const sessionFor = (url: string) =>
    url.startsWith('/api/referrals/') || url.startsWith('/api/care/shelters')
      ? ctx.humanitarian
      : /^\/api\/(registrations|people|screening|duplicates|tallies|crossings|referrals|events|corrections|situation|passes|corridors|convoys|care)/.test(
            url,
          )
        ? ctx.supervisor
        : ctx.admin;

  const apiRoutes = () =>
    ctx.routes.filter((r) => r.method !== 'HEAD' && r.url !== '/*' && !r.url.startsWith('/api/docs'));
  const send = (
    method: string,
    url: string,
    extra: { payload?: string | object; headers?: Record<string, string> },
  ) =>
    ctx.app.inject({
      method: method as 'POST',
      url: url.replace(':id', USER_ID),
      headers: { ...as(sessionFor(url)), ...extra.headers },
      ...(extra.payload !== undefined && { payload: extra.payload }),
    });

  it('knows a valid body for every route that takes one', () => {
    const withBody = apiRoutes().filter((r) => ['POST', 'PATCH', 'PUT'].includes(r.method));
    expect(withBody.map((r) => `${r.method} ${r.url}`).sort()).toEqual(Object.keys(BODIES).sort());
  });

  it.each(Object.keys(BODIES))(
    '%s: malformed JSON, non-objects, unknown fields, wrong types, size, media type',
    async (route) => {
      const [method, url] = route.split(' ') as [string, string];
      const json = { 'content-type': 'application/json' };
      expectProblem(await send(method, url, { payload: '{"username": "a",', headers: json }), 400);
      expectProblem(await send(method, url, { payload: '[1, 2]', headers: json }), 400);
      expectProblem(await send(method, url, { payload: '"text"', headers: json }), 400);
      expectProblem(await send(method, url, { payload: { ...BODIES[route], unexpected: true } }), 400);
      for (const [key, value] of Object.entries(BODIES[route] ?? {})) {
        expectProblem(
          await send(method, url, { payload: { ...BODIES[route], [key]: wrongTypeOf(value) } }),
          400,
        );
      }
      const limit =
        route === 'POST /api/watchlists'
          ? WATCHLIST_BODY_LIMIT
          : route === 'POST /api/events/import'
            ? IMPORT_BODY_LIMIT
            : route === 'POST /api/events'
              ? EVENTS_BODY_LIMIT
              : 1024 * 1024;
      const oversized = { ...BODIES[route], filler: 'x'.repeat(limit + 1000) };
      expectProblem(await send(method, url, { payload: oversized }), 413);
      expectProblem(
        await send(method, url, { payload: 'username=a', headers: { 'content-type': 'text/plain' } }),
        415,
      );
    },
  );

  it('answers a bad path parameter with a 400 problem', async () => {
    for (const route of apiRoutes().filter((r) => r.url.includes(':id'))) {
      const response = await ctx.app.inject({
        method: route.method as 'POST',
        url: route.url.replace(':id', 'not-a-uuid'),
        headers: as(sessionFor(route.url)),
        payload: BODIES[`${route.method} ${route.url}`] ?? {},
      });
      expectProblem(response, 400);
    }
  });

  it('answers unknown query parameters on every route with a 400 problem', async () => {
    for (const route of apiRoutes()) {
      const response = await send(route.method, `${route.url}?surprise=1`, {
        ...(BODIES[`${route.method} ${route.url}`] && { payload: BODIES[`${route.method} ${route.url}`] }),
      });
      expectProblem(response, 400);
    }
  });

  it.each([['limit=abc'], ['limit=0'], ['limit=100000'], ['from=yesterday'], ['cursor=-1'], ['cursor=1e9']])(
    'answers GET /api/audit?%s with a 400 problem',
    async (query) => {
      expectProblem(await send('GET', `/api/audit?${query}`, {}), 400);
    },
  );

  it('answers a badly encoded address with a 400 problem', async () => {
    expectProblem(await send('GET', '/api/users/%E0%A4%A', {}), 400);
  });

  it('answers an unknown address with a 404 problem', async () => {
    expectProblem(await send('GET', '/api/nothing-here', {}), 404);
    expectProblem(await send('DELETE', '/api/users/nothing/here', {}), 404);
  });

  it('answers a known address asked with another method with a 405 problem naming the methods', async () => {
    const response = await send('DELETE', '/api/users', {});
    expectProblem(response, 405);
    expect(response.headers.allow).toBe('GET, HEAD, POST');
  });

  it('answers a user that does not exist with a 404 problem', async () => {
    const missing = '00000000-0000-4000-8000-000000000000';
    expectProblem(await send('PATCH', `/api/users/${missing}`, { payload: { displayName: 'Z' } }), 404);
  });
});
