// Two `paso serve` on one PostgreSQL database behind a load balancer that sends each request to either:
// the failed logins count at both, and a server started anew still counts those made before. (Each
// rule, with a clock that stands still, counted by two servers: login-throttle.test.ts.)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openTestDb, type TestDb } from '../../../test/support/databases';
import { DEMO_PASSWORD, DEMO_USERS } from '../../store/demo';
import { readConfig } from '../config';
import { type Running, serve } from '../serve';

// Ten failures from one client, at any accounts, stop it for 15 minutes (ten times the limit).
const LIMIT = 1;
const officer = DEMO_USERS.find((u) => u.role === 'officer')?.username ?? '';

describe('the login limit of two servers on one PostgreSQL database', { timeout: 180_000 }, () => {
  let t: TestDb | undefined;
  const dirs: string[] = [];
  const running: Running[] = [];
  afterEach(async () => {
    for (const r of running.splice(0)) await r.stop();
    await t?.cleanup();
    t = undefined;
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  // Each server has its own folder, as on its own machine.
  const start = async (env: Record<string, string>) => {
    const dir = mkdtempSync(join(tmpdir(), 'paso-login-limit-'));
    dirs.push(dir);
    const config = readConfig({
      ...env,
      PASO_DATA_DIR: dir,
      PASO_PORT: '0',
      PASO_LOG_LEVEL: 'silent',
      PASO_LOGIN_RATE_LIMIT: String(LIMIT),
    });
    const server = await serve(config, { demo: true, print: () => undefined });
    running.push(server);
    return server;
  };
  const attempt = (server: Running, username: string, password: string) =>
    fetch(`${server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password }),
    });

  // Before, each server counted in its own memory: five failures at each, ten in all, left both
  // under their ten, and the officer's right password got in; a restart forgot every failure.
  it('holds the limit across both, and across a restart', async () => {
    t = await openTestDb('postgres');
    const [a, b] = await Promise.all([start(t.env), start(t.env)]);
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
    const again = await start(t.env);
    expect((await attempt(again, officer, DEMO_PASSWORD)).status).toBe(429);
  });
});
