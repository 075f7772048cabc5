// Paso behind a real nginx, set up as docs/operations.md says: `paso serve` on 127.0.0.1 with
// PASO_TRUST_PROXY naming nginx's address. Clients connect to nginx from addresses of their own
// (127.0.0.2, 127.0.0.3: all of 127/8 is this machine), so nginx, not the client, says who they are.
import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findNginx, startNginx, type ThrowawayNginx } from '../../test/support/nginx';
import { type ServerProcess, startServer, stopServer } from '../../test/support/process';
import { DEMO_PASSWORD } from '../store/demo';

const CLIENT_A = '127.0.0.2';
const CLIENT_B = '127.0.0.3';
// Without nginx the test is skipped on a workstation; in CI it must run (.ci/run installs nginx).
const SKIP = !findNginx() && !process.env.CI;
if (SKIP) console.warn('proxy.test.ts skipped: nginx is not installed (apt-get install nginx-light)');

interface Answer {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: unknown;
}

describe.skipIf(SKIP)('behind nginx', () => {
  let dataDir: string;
  let paso: ServerProcess;
  let nginx: ThrowawayNginx;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'paso-proxy-'));
    paso = await startServer({
      PASO_DATA_DIR: dataDir,
      PASO_TRUST_PROXY: '127.0.0.1',
      PASO_LOGIN_RATE_LIMIT: '3',
    });
    nginx = await startNginx(paso.url);
  });
  afterAll(async () => {
    await nginx?.stop();
    if (paso) await stopServer(paso, 'SIGTERM');
    rmSync(dataDir, { recursive: true, force: true });
  });

  // Through nginx, from a client address of our choosing, as a browser on that page would send it.
  const send = (
    from: string,
    method: string,
    path: string,
    options: { body?: unknown; headers?: Record<string, string> } = {},
  ) =>
    new Promise<Answer>((resolve, reject) => {
      const payload = options.body === undefined ? undefined : JSON.stringify(options.body);
      const req = request(
        {
          host: '127.0.0.1',
          port: nginx.port,
          localAddress: from,
          method,
          path,
          agent: false,
          headers: {
            ...(payload && { 'content-type': 'application/json' }),
            ...(method !== 'GET' && { origin: nginx.url }),
            ...options.headers,
          },
        },
        (res) => {
          let text = '';
          res.on('data', (chunk: Buffer) => {
            text += chunk.toString();
          });
          res.on('end', () =>
            resolve({ status: res.statusCode ?? 0, headers: res.headers, body: parse(text) }),
          );
        },
      );
      req.on('error', reject);
      req.end(payload);
    });
  const parse = (text: string): unknown => (text ? JSON.parse(text) : null);
  const login = (from: string, username: string, password: string, headers?: Record<string, string>) =>
    send(from, 'POST', '/api/auth/login', { body: { username, password }, ...(headers && { headers }) });
  const auditAddresses = async (action: string) => {
    const admin = await login(CLIENT_B, 'admin', DEMO_PASSWORD);
    const cookie = String(admin.headers['set-cookie']?.[0]).split(';')[0] ?? '';
    const page = await send(CLIENT_B, 'GET', `/api/audit?action=${action}&limit=100`, {
      headers: { cookie },
    });
    expect(page.status).toBe(200);
    const entries = (page.body as { entries: { ip: string | null; detail: { username?: unknown } }[] })
      .entries;
    return entries.map((e) => ({ ip: e.ip, username: e.detail.username }));
  };

  it('does not let three bad logins from one client lock out another', async () => {
    for (let i = 0; i < 3; i++) expect((await login(CLIENT_A, 'supervisor', 'adivina')).status).toBe(401);
    const refused = await login(CLIENT_A, 'supervisor', DEMO_PASSWORD);
    expect(refused.status).toBe(429);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(refused.body).toMatchObject({ code: 'auth.rate-limited', status: 429 });
    expect((await login(CLIENT_B, 'supervisor', DEMO_PASSWORD)).status).toBe(200);
  });

  it('records the client’s address in the audit log, not the proxy’s nor one the client claims', async () => {
    // nginx appends the address it saw to what the client claimed; Paso believes only nginx.
    const claimed = { 'x-forwarded-for': '198.51.100.1' };
    expect((await login(CLIENT_A, 'humanitario', 'adivina', claimed)).status).toBe(401);
    expect(await auditAddresses('auth.login-failed')).toContainEqual({
      ip: CLIENT_A,
      username: 'humanitario',
    });
    const logins = await auditAddresses('auth.login');
    expect(logins.map((e) => e.ip)).toContain(CLIENT_B);
    const all = [...(await auditAddresses('auth.login-failed')), ...logins].map((e) => e.ip);
    expect(all).not.toContain('127.0.0.1');
    expect(all).not.toContain('198.51.100.1');
  });

  it('lets a POST with the proxy’s public Origin pass the Origin check, and refuses a cross-site one', async () => {
    const same = await login(CLIENT_B, 'analista', DEMO_PASSWORD);
    expect(same.status).toBe(200);
    const crossSite = await login(CLIENT_B, 'analista', DEMO_PASSWORD, { origin: 'https://evil.example' });
    expect(crossSite.status).toBe(403);
    expect(crossSite.body).toMatchObject({ code: 'auth.csrf' });
    // nginx sends Paso's own address as Host; the Origin that matches it is not the page's.
    const upstream = await login(CLIENT_B, 'analista', DEMO_PASSWORD, { origin: paso.url });
    expect(upstream.body).toMatchObject({ code: 'auth.csrf' });

    const cookie = String(same.headers['set-cookie']?.[0]).split(';')[0] ?? '';
    const { csrfToken } = same.body as { csrfToken: string };
    const logout = await send(CLIENT_B, 'POST', '/api/auth/logout', {
      headers: { cookie, 'x-csrf-token': csrfToken },
    });
    expect(logout.status).toBe(204);
  });
});
