import { describe, expect, it, vi } from 'vitest';
import { MetaReply } from '../../api/reference';
import { buildUrl, createApiClient } from './client';
import { createPasoApi } from './endpoints';

type Call = { url: string; init: RequestInit };

function fakeFetch(...responses: Array<Response | Error>) {
  const calls: Call[] = [];
  const fetchImpl = vi.fn(async (url: string, init: RequestInit) => {
    calls.push({ url, init });
    const next = responses.shift();
    if (next === undefined) throw new Error('no more answers');
    if (next instanceof Error) throw next;
    return next;
  });
  return { fetchImpl, calls };
}

const json = (status: number, body: unknown, type = 'application/json') =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': type } });

const header = (call: Call | undefined, name: string) =>
  ((call?.init.headers ?? {}) as Record<string, string>)[name];

const user = {
  id: '0b7e5a52-3f53-4c1e-9d3a-8a1f2f0f6a11',
  username: 'admin',
  displayName: 'Admin',
  role: 'admin',
  checkpointIds: [],
  disabled: false,
  createdAt: '2025-11-26T00:00:00.000Z',
};

describe('createApiClient', () => {
  it('sends same-origin credentials and returns the parsed answer', async () => {
    const { fetchImpl, calls } = fakeFetch(json(200, { version: '1', demo: true, operationName: 'Op' }));
    const result = await createApiClient(fetchImpl).request('GET', '/api/meta', MetaReply);
    expect(result).toEqual({ ok: true, value: { version: '1', demo: true, operationName: 'Op' } });
    expect(calls[0]?.init.credentials).toBe('same-origin');
    expect(calls[0]?.init.method).toBe('GET');
  });

  it('sends the CSRF token on state-changing requests but not on reads', async () => {
    const { fetchImpl, calls } = fakeFetch(
      json(200, { version: '1', demo: false, operationName: 'Op' }),
      new Response(null, { status: 204 }),
    );
    const client = createApiClient(fetchImpl);
    client.setCsrfToken('tok-1');
    await client.request('GET', '/api/meta', MetaReply);
    await client.command('POST', '/api/auth/logout');
    expect(header(calls[0], 'x-csrf-token')).toBeUndefined();
    expect(header(calls[1], 'x-csrf-token')).toBe('tok-1');
  });

  it.each(['POST', 'PATCH', 'PUT', 'DELETE'] as const)('sends the CSRF token with %s', async (method) => {
    const { fetchImpl, calls } = fakeFetch(new Response(null, { status: 204 }));
    const client = createApiClient(fetchImpl);
    client.setCsrfToken('tok-2');
    await client.command(method, '/api/x', { body: { a: 1 } });
    expect(header(calls[0], 'x-csrf-token')).toBe('tok-2');
    expect(header(calls[0], 'content-type')).toBe('application/json');
    expect(calls[0]?.init.body).toBe('{"a":1}');
  });

  it('sends no content type when there is no body', async () => {
    const { fetchImpl, calls } = fakeFetch(new Response(null, { status: 204 }));
    await createApiClient(fetchImpl).command('POST', '/api/auth/logout');
    expect(header(calls[0], 'content-type')).toBeUndefined();
    expect(calls[0]?.init.body).toBeUndefined();
  });

  it('turns a problem+json answer into a typed problem', async () => {
    const problem = {
      type: 'https://paso.example/problems/validation',
      title: 'Invalid input',
      status: 400,
      detail: 'body/username is required',
      instance: '/api/users',
      code: 'validation',
      errors: [{ path: '/body/username', message: 'Required' }],
    };
    const { fetchImpl } = fakeFetch(json(400, problem, 'application/problem+json'));
    const result = await createApiClient(fetchImpl).command('POST', '/api/users', { body: {} });
    expect(result).toEqual({ ok: false, error: problem });
  });

  it('makes a problem from an error answer that is not JSON', async () => {
    const { fetchImpl } = fakeFetch(new Response('<h1>Bad gateway</h1>', { status: 502 }));
    const result = await createApiClient(fetchImpl).request('GET', '/api/meta', MetaReply);
    expect(result).toEqual({ ok: false, error: { type: 'about:blank', title: '', status: 502, errors: [] } });
  });

  it('reports a network failure as a problem with status 0', async () => {
    const { fetchImpl } = fakeFetch(new TypeError('Failed to fetch'));
    const result = await createApiClient(fetchImpl).request('GET', '/api/meta', MetaReply);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatchObject({ status: 0, code: 'client.network' });
  });

  it('reports an answer that does not match the schema', async () => {
    const { fetchImpl } = fakeFetch(json(200, { version: 1 }));
    const result = await createApiClient(fetchImpl).request('GET', '/api/meta', MetaReply);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatchObject({ status: 200, code: 'client.bad-response' });
  });

  it('tells listeners when a request is answered 401, except login', async () => {
    const unauthorized = json(401, { status: 401, title: 'Unauthorized', code: 'auth.required' });
    const { fetchImpl } = fakeFetch(unauthorized.clone(), unauthorized.clone());
    const client = createApiClient(fetchImpl);
    const listener = vi.fn();
    client.onUnauthorized(listener);
    await client.command('POST', '/api/auth/login', { body: {} });
    expect(listener).not.toHaveBeenCalled();
    await client.request('GET', '/api/users', MetaReply);
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('reads a file with the name the server gives it, and a refusal as a problem', async () => {
    const pdf = new Response('%PDF-1.3', {
      status: 200,
      headers: { 'content-disposition': 'attachment; filename="paso-sitrep-2025-11-26-es.pdf"' },
    });
    const refused = json(
      400,
      { status: 400, title: 'The request is not valid', code: 'validation' },
      'application/problem+json',
    );
    const { fetchImpl, calls } = fakeFetch(pdf, refused);
    const client = createApiClient(fetchImpl);
    const file = await client.file('/api/reports/sitrep', { query: { date: '2025-11-26', checkpoint: '' } });
    expect(calls[0]?.url).toBe('/api/reports/sitrep?date=2025-11-26');
    expect(file.ok && file.value.name).toBe('paso-sitrep-2025-11-26-es.pdf');
    expect(file.ok && (await file.value.blob.text())).toBe('%PDF-1.3');
    const problem = await client.file('/api/reports/export', { query: { from: '2024-01-01' } });
    expect(problem).toMatchObject({ ok: false, error: { status: 400, code: 'validation' } });
  });
});

describe('buildUrl', () => {
  it.each([
    [undefined, '/api/audit'],
    [{}, '/api/audit'],
    [{ actor: 'admin', action: '', from: undefined, cursor: null }, '/api/audit?actor=admin'],
    [{ limit: 50, cursor: 'a b&c' }, '/api/audit?limit=50&cursor=a+b%26c'],
  ])('builds the query from %j', (query, expected) => {
    expect(buildUrl('/api/audit', query)).toBe(expected);
  });
});

describe('createPasoApi', () => {
  it('logs in with the credentials as JSON and returns the session', async () => {
    const { fetchImpl, calls } = fakeFetch(json(200, { user, csrfToken: 'c' }));
    const result = await createPasoApi(createApiClient(fetchImpl)).login('admin', 'secret');
    expect(result).toEqual({ ok: true, value: { user, csrfToken: 'c' } });
    expect(calls[0]?.url).toBe('/api/auth/login');
    expect(calls[0]?.init.body).toBe('{"username":"admin","password":"secret"}');
  });

  it('reads the session check: the session, or null for the 204 of nobody signed in', async () => {
    const { fetchImpl } = fakeFetch(json(200, { user, csrfToken: 'c' }), new Response(null, { status: 204 }));
    const api = createPasoApi(createApiClient(fetchImpl));
    expect(await api.getSession()).toEqual({ ok: true, value: { user, csrfToken: 'c' } });
    expect(await api.getSession()).toEqual({ ok: true, value: null });
  });

  it('unwraps lists and escapes ids in paths', async () => {
    const { fetchImpl, calls } = fakeFetch(json(200, { users: [user] }), json(200, user));
    const api = createPasoApi(createApiClient(fetchImpl));
    expect(await api.listUsers()).toEqual({ ok: true, value: [user] });
    await api.updateUser('a/b', { disabled: true });
    expect(calls[1]?.url).toBe('/api/users/a%2Fb');
    expect(calls[1]?.init.method).toBe('PATCH');
  });

  it('sends a list read its query and passes its problem on as it came', async () => {
    const { fetchImpl, calls } = fakeFetch(
      json(403, { type: 'about:blank', title: 'Forbidden', status: 403 }),
    );
    const result = await createPasoApi(createApiClient(fetchImpl)).listHits('open', 51);
    expect(calls[0]?.url).toBe('/api/screening/hits?status=open&limit=51');
    expect(result.ok ? null : result.error.status).toBe(403);
  });
});
