import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { demoUser, makeTestApp, type TestApp } from '../../../test/support/app';
import { DIALECTS } from '../../../test/support/databases';
import { DEMO_PASSWORD } from '../../store/demo';

// The failures are counted in the database (two servers on one: login-limit-together.test.ts).
describe.each(DIALECTS)('the login limit on %s', (dialect) => {
  let ctx: TestApp;
  beforeEach(async () => {
    ctx = await makeTestApp(dialect, { loginRateLimit: 3 });
  });
  afterEach(async () => {
    await ctx.close();
  });

  const attempt = (username: string, password: string, remoteAddress = '127.0.0.1') =>
    ctx.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      remoteAddress,
      payload: { username, password },
    });
  const officer = demoUser('officer').username;

  it('lets eleven correct logins from one address in a minute all succeed', async () => {
    for (let i = 0; i < 11; i++) expect((await attempt(officer, DEMO_PASSWORD)).statusCode).toBe(200);
  });

  it('refuses a client after its failures at one account, with Retry-After and a problem document', async () => {
    for (let i = 0; i < 3; i++) expect((await attempt(officer, 'guess')).statusCode).toBe(401);
    const refused = await attempt(officer, DEMO_PASSWORD);
    expect(refused.statusCode).toBe(429);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(refused.headers['retry-after']).toBe('30');
    expect(refused.json()).toMatchObject({ code: 'auth.rate-limited', status: 429, retryAfter: 30 });
  });

  it('does not let three bad logins from one client lock out another client', async () => {
    for (let i = 0; i < 3; i++) expect((await attempt(officer, 'guess', '203.0.113.7')).statusCode).toBe(401);
    expect((await attempt(officer, 'guess', '203.0.113.7')).statusCode).toBe(429);
    expect((await attempt(officer, DEMO_PASSWORD, '198.51.100.20')).statusCode).toBe(200);
  });

  it('does not let officers behind one shared address lock each other out', async () => {
    const others = (['supervisor', 'humanitarian', 'analyst'] as const).map((r) => demoUser(r).username);
    // One officer mistypes until refused; the others, also mistyping once, still get in.
    for (let i = 0; i < 3; i++) await attempt(officer, 'guess', '192.0.2.1');
    expect((await attempt(officer, DEMO_PASSWORD, '192.0.2.1')).statusCode).toBe(429);
    for (const username of others) {
      expect((await attempt(username, 'typo', '192.0.2.1')).statusCode).toBe(401);
      expect((await attempt(username, DEMO_PASSWORD, '192.0.2.1')).statusCode).toBe(200);
    }
  });

  it('forgets a client’s failures at an account once it logs in correctly', async () => {
    for (let i = 0; i < 2; i++) await attempt(officer, 'guess');
    expect((await attempt(officer, DEMO_PASSWORD)).statusCode).toBe(200);
    for (let i = 0; i < 2; i++) expect((await attempt(officer, 'guess')).statusCode).toBe(401);
    expect((await attempt(officer, DEMO_PASSWORD)).statusCode).toBe(200);
  });

  it('treats an unknown username like a known one', async () => {
    for (let i = 0; i < 3; i++) expect((await attempt('nadie', 'guess')).statusCode).toBe(401);
    expect((await attempt('nadie', 'guess')).statusCode).toBe(429);
    expect((await attempt('NADIE', 'guess')).statusCode).toBe(429);
  });
});
