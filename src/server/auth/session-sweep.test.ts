// Expired sessions are deleted when a server starts and then on a timer, on both databases: a request
// with one is refused as before, a live one is kept, and servers sweeping one PostgreSQL database at
// the same moment delete each expired session once. Before, no session was ever deleted but by a
// sign-out or an account change: the table grew with every sign-in.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { makeTestApp } from '../../../test/support/app';
import { DIALECTS, openTestDb, TEST_AUDIT_KEY } from '../../../test/support/databases';
import { createSession } from '../../store/accounts';
import { withAuditKey } from '../../store/audit';
import { openDatabase } from '../../store/db';
import { DEMO_PASSWORD, DEMO_USERS, seedDemo } from '../../store/demo';
import type { Executor } from '../../store/executor';
import { readConfig } from '../config';
import { serve } from '../serve';
import { type SweepLog, startSessionSweeps } from './session-sweep';

const T0 = Date.parse('2025-11-27T15:00:00Z');
const HOUR = 3_600_000;
const OFFICER = DEMO_USERS.find((u) => u.role === 'officer')?.id ?? '';
const quiet: SweepLog = { info: () => undefined, warn: () => undefined };
// A bound on waiting for the sweep a start begins in the background: not a time measured.
const WAIT = { timeout: 30_000, interval: 100 };

const sessionCount = async (db: Executor) =>
  Number(
    (
      await db
        .selectFrom('session')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirst()
    )?.n,
  );

describe.each(DIALECTS)('the sweep of expired sessions on %s', (dialect) => {
  it('deletes the expired sessions and keeps the live ones; a request with an expired one is still refused', async () => {
    let now = T0;
    const ctx = await makeTestApp(dialect, {}, () => new Date(now).toISOString());
    try {
      const login = async () => {
        const response = await ctx.app.inject({
          method: 'POST',
          url: '/api/auth/login',
          payload: { username: 'admin', password: DEMO_PASSWORD },
        });
        const cookie = response.cookies.find((c) => c.name === 'paso_session');
        return `paso_session=${cookie?.value ?? ''}`;
      };
      const users = (cookie: string) =>
        ctx.app.inject({ method: 'GET', url: '/api/users', headers: { cookie } });
      const expired = await login();
      now += HOUR / 2;
      const live = await login();
      now += (3 * HOUR) / 4;
      const db = ctx.t.db.kysely;
      expect(await sessionCount(db)).toBe(2);
      expect((await users(expired)).statusCode).toBe(401);

      const sweeps = startSessionSweeps(db, quiet, () => new Date(now));
      expect(await sweeps.sweep()).toBe(1);
      await sweeps.stop();
      expect(await sessionCount(db)).toBe(1);
      const refused = await users(expired);
      expect(refused.statusCode).toBe(401);
      expect(refused.json()).toMatchObject({ code: 'auth.required' });
      expect((await users(live)).statusCode).toBe(200);
    } finally {
      await ctx.close();
    }
  });

  it('is made when `paso serve` starts', async () => {
    const t = await openTestDb(dialect);
    const dir = mkdtempSync(join(tmpdir(), 'paso-sweep-'));
    try {
      const db = t.db.kysely;
      await seedDemo(db, new Date());
      const expired = await createSession(db, OFFICER, new Date(Date.now() - 2 * HOUR), HOUR);
      const live = await createSession(db, OFFICER, new Date(), 12 * HOUR);
      const config = readConfig({
        ...t.env,
        PASO_DATA_DIR: t.env.PASO_DATA_DIR ?? dir,
        PASO_PORT: '0',
        PASO_LOG_LEVEL: 'silent',
      });
      const running = await serve(config, { demo: false, print: () => undefined });
      try {
        const left = async () =>
          (await db.selectFrom('session').select('expires_at').execute()).map((s) => s.expires_at);
        await vi.waitFor(async () => expect(await left()).toEqual([live.session.expiresAt]), WAIT);
        expect(expired.session.expiresAt < new Date().toISOString()).toBe(true);
      } finally {
        await running.stop();
      }
    } finally {
      await t.cleanup();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it.runIf(dialect === 'postgres')(
    'deletes each expired session once when two servers sweep at the same moment',
    async () => {
      const t = await openTestDb(dialect);
      const second = withAuditKey(
        openDatabase({ kind: 'postgres', url: t.env.PASO_DATABASE_URL ?? '' }),
        TEST_AUDIT_KEY,
      );
      try {
        const db = t.db.kysely;
        await seedDemo(db, new Date(T0));
        for (let i = 0; i < 40; i++)
          await createSession(db, OFFICER, new Date(T0 - 2 * HOUR - i * 1000), HOUR);
        await createSession(db, OFFICER, new Date(T0), HOUR);
        const sweepers = [db, second.kysely].map((k) =>
          startSessionSweeps(k, quiet, () => new Date(T0), { batch: 3 }),
        );
        const deleted = await Promise.all(sweepers.map((s) => s.sweep()));
        await Promise.all(sweepers.map((s) => s.stop()));
        expect(deleted.reduce((a, b) => a + b, 0)).toBe(40);
        expect(await sessionCount(db)).toBe(1);
      } finally {
        await second.close();
        await t.cleanup();
      }
    },
  );
});
