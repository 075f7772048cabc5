// Two `paso serve` on one PostgreSQL database behind a load balancer that sends each request to either:
// the failed logins count at both, and a server started anew still counts those made before. (Each
// rule, with a clock that stands still, counted by two servers: login-throttle.test.ts.)
import { describe, expect, it } from 'vitest';
import { serversTogether } from '../../../test/support/servers-together';
import { DEMO_PASSWORD, DEMO_USERS } from '../../store/demo';
import type { Running } from '../serve';

// Ten failures from one client, at any accounts, stop it for 15 minutes (ten times the limit).
const LIMIT = 1;
const officer = DEMO_USERS.find((u) => u.role === 'officer')?.username ?? '';

describe('the login limit of two servers on one PostgreSQL database', { timeout: 180_000 }, () => {
  const together = serversTogether();
  const start = async (env: Record<string, string>) =>
    (await together.start(env, { demo: true }, { PASO_LOGIN_RATE_LIMIT: String(LIMIT) })).server;
  const attempt = (server: Running, username: string, password: string) =>
    fetch(`${server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password }),
    });

  // Before, each server counted in its own memory: five failures at each, ten in all, left both
  // under their ten, and the officer's right password got in; a restart forgot every failure.
  it('holds the limit across both, and across a restart', async () => {
    const env = await together.database();
    const [a, b] = await Promise.all([start(env), start(env)]);
    // Password spraying from one address: one guess at each of ten accounts, turn about.
    for (let i = 0; i < 10; i++) {
      expect((await attempt(i % 2 === 0 ? a : b, `cuenta${i}`, 'guess')).status).toBe(401);
    }
    for (const server of [a, b]) {
      const refused = await attempt(server, officer, DEMO_PASSWORD);
      expect(refused.status).toBe(429);
      expect(await refused.json()).toMatchObject({ code: 'auth.rate-limited', status: 429 });
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(Number(refused.headers.get('retry-after'))).toBeLessThanOrEqual(15 * 60);
    }
    await a.stop();
    const again = await start(env);
    expect((await attempt(again, officer, DEMO_PASSWORD)).status).toBe(429);
  });
});
