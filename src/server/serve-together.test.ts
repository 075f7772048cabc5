// Two `paso serve` on one PostgreSQL database, as an operator runs them behind a load balancer: started
// at the same moment, both serve and the demo is seeded once; a server whose audit key is not the one
// that made the log refuses to start instead of breaking the chain. (The first administrator of an
// installation without the demo: src/store/demo/first-admin.test.ts.)
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serversTogether } from '../../test/support/servers-together';
import { listAudit, verifyAuditChain } from '../store/audit';
import type { Running } from './serve';

const OTHER_KEY = 'ef'.repeat(32);

describe('two servers on one PostgreSQL database', { timeout: 180_000 }, () => {
  const { running, dirs, database, start } = serversTogether();
  const outcome = (s: PromiseSettledResult<unknown>) =>
    s.status === 'rejected' ? String(s.reason) : 'served';
  const kyselyOf = (r: Running | undefined) => {
    if (!r) throw new Error('no server');
    return r.context.db.kysely;
  };

  // Before, both seeded the demo at once: the second stopped on the first's checkpoints
  // ("duplicate key value violates unique constraint checkpoint_pkey").
  it('both serve the demo when started at once, seeded once', async () => {
    const env = await database();
    const started = await Promise.allSettled([start(env, { demo: true }), start(env, { demo: true })]);
    expect(started.map(outcome)).toEqual(['served', 'served']);
    expect(await listAudit(kyselyOf(running[0]), { action: 'demo.seed', limit: 10 })).toHaveLength(1);
  });

  // Before, the second server made a key of its own, logged an error among its other lines and
  // served: every entry it wrote broke the chain, and every entry chained after them.
  it('refuses to start the second server when its key file was not copied, and keeps no key', async () => {
    const { PASO_AUDIT_KEY: _copied, ...withoutKey } = await database();
    const { server: first } = await start({ ...withoutKey, PASO_AUDIT_KEY: OTHER_KEY }, { demo: true });
    const second = start(withoutKey, { demo: false });
    await expect(second).rejects.toThrow(/there was no audit key at .*audit\.key.*same key/s);
    for (const dir of dirs.slice(1)) expect(existsSync(join(dir, 'audit.key'))).toBe(false);
    expect(await verifyAuditChain(kyselyOf(first))).toMatchObject({ ok: true });
  });

  it('refuses to start a server with another key, unless told the key that made the log is lost', async () => {
    const env = await database();
    const { server: first } = await start(env, { demo: true });
    await expect(start({ ...env, PASO_AUDIT_KEY: OTHER_KEY }, { demo: false })).rejects.toThrow(
      /the audit key \(PASO_AUDIT_KEY\) did not make the newest entry/,
    );
    expect(await verifyAuditChain(kyselyOf(first))).toMatchObject({ ok: true });
    const { server: anew } = await start(
      { ...env, PASO_AUDIT_KEY: OTHER_KEY },
      { demo: false, newAuditKey: true },
    );
    expect(anew.url).toMatch(/^http:/);
  });

  // Two servers first started together, each with a key of its own: the one that starts second finds
  // the entry the first wrote (its administrator) and stops, so only one key ever writes.
  it('lets only one of two servers first started at once with different keys serve', async () => {
    const env = await database();
    const started = await Promise.allSettled([
      start(env, { demo: false }),
      start({ ...env, PASO_AUDIT_KEY: OTHER_KEY }, { demo: false }),
    ]);
    expect(started.map(outcome).filter((o) => o === 'served')).toHaveLength(1);
    expect(started.map(outcome).join()).toMatch(/did not make the newest entry/);
  });
});
