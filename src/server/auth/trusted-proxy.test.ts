import { afterEach, describe, expect, it } from 'vitest';
import { as, demoUser, login, makeTestApp, type TestApp } from '../../../test/support/app';
import { DEMO_PASSWORD } from '../../store/demo';
import type { TrustProxy } from '../config';

// A reverse proxy at 10.0.0.1 forwards for clients; Paso is known inside as paso.internal:8080 and
// outside as paso.example. The nginx test (src/server/proxy.test.ts) does the same over real sockets.
const PROXY = '10.0.0.1';

describe('behind a reverse proxy', () => {
  let ctx: TestApp;
  const start = async (trustProxy: TrustProxy) => {
    ctx = await makeTestApp('sqlite', { loginRateLimit: 3, trustProxy });
  };
  afterEach(async () => {
    await ctx.close();
  });

  const failLogin = (remoteAddress: string, forwardedFor?: string) =>
    ctx.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      remoteAddress,
      headers: forwardedFor ? { 'x-forwarded-for': forwardedFor } : {},
      payload: { username: demoUser('officer').username, password: 'guess' },
    });
  const failedLoginAddresses = async () => {
    const admin = await login(ctx.app, 'admin');
    const response = await ctx.app.inject({
      method: 'GET',
      url: '/api/audit?action=auth.login-failed',
      headers: as(admin),
    });
    return response.json<{ entries: { ip: string | null }[] }>().entries.map((e) => e.ip);
  };

  it('records the client’s address from a trusted proxy, and the peer’s from anyone else', async () => {
    await start([PROXY]);
    await failLogin(PROXY, '203.0.113.7');
    // A client that reaches Paso directly cannot choose the address recorded for it.
    await failLogin('198.51.100.5', '203.0.113.99');
    expect(await failedLoginAddresses()).toEqual(['198.51.100.5', '203.0.113.7']);
  });

  it('believes no forwarded address unless a proxy is trusted', async () => {
    await start(false);
    await failLogin(PROXY, '203.0.113.7');
    expect(await failedLoginAddresses()).toEqual([PROXY]);
  });

  it('keys the login limit on the client behind the proxy, not on the proxy', async () => {
    await start([PROXY]);
    for (let i = 0; i < 3; i++) expect((await failLogin(PROXY, '203.0.113.7')).statusCode).toBe(401);
    expect((await failLogin(PROXY, '203.0.113.7')).statusCode).toBe(429);
    const other = await ctx.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      remoteAddress: PROXY,
      headers: { 'x-forwarded-for': '203.0.113.8' },
      payload: { username: demoUser('officer').username, password: DEMO_PASSWORD },
    });
    expect(other.statusCode).toBe(200);
  });

  describe('the Origin check', () => {
    const patch = async (remoteAddress: string, headers: Record<string, string>) => {
      const admin = await login(ctx.app, 'admin');
      return ctx.app.inject({
        method: 'PATCH',
        url: `/api/users/${demoUser('analyst').id}`,
        remoteAddress,
        headers: { ...as(admin), host: 'paso.internal:8080', ...headers },
        payload: { displayName: 'Changed' },
      });
    };

    it('compares Origin with the host a trusted proxy forwards', async () => {
      await start([PROXY]);
      const forwarded = { 'x-forwarded-host': 'paso.example' };
      const same = await patch(PROXY, { ...forwarded, origin: 'https://paso.example' });
      expect(same.statusCode).toBe(200);
      const crossSite = await patch(PROXY, { ...forwarded, origin: 'https://evil.example' });
      expect(crossSite.json()).toMatchObject({ status: 403, code: 'auth.csrf' });
    });

    it('ignores a forwarded host from a peer it does not trust', async () => {
      await start([PROXY]);
      const spoofed = await patch('198.51.100.5', {
        'x-forwarded-host': 'evil.example',
        origin: 'https://evil.example',
      });
      expect(spoofed.json()).toMatchObject({ status: 403, code: 'auth.csrf' });
      const direct = await patch('198.51.100.5', { origin: 'http://paso.internal:8080' });
      expect(direct.statusCode).toBe(200);
    });

    it('ignores a forwarded host when no proxy is trusted', async () => {
      await start(false);
      const response = await patch(PROXY, {
        'x-forwarded-host': 'paso.example',
        origin: 'https://paso.example',
      });
      expect(response.json()).toMatchObject({ status: 403, code: 'auth.csrf' });
    });
  });
});
