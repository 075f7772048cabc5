// `paso audit verify` on a real database: intact after use, and a row changed by hand is reported.
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { rewriteChain } from '../support/audit-tampering';
import { DIALECTS, openTestDb, type TestDb } from '../support/databases';
import { runPaso } from '../support/process';

describe.each(DIALECTS)('paso audit verify on %s', { timeout: 120_000 }, (dialect) => {
  let t: TestDb | undefined;
  afterEach(async () => {
    await t?.cleanup();
  });

  it('reports an intact log, then the entry that was modified', async () => {
    t = await openTestDb(dialect);
    expect(runPaso(['seed-demo'], t.env).status).toBe(0);
    const added = runPaso(['user', 'add', '--username', 'lucia.flores', '--role', 'analyst'], t.env);
    expect(added.status, added.stderr).toBe(0);
    expect(added.stdout).toMatch(/Password \(shown once\): \S{10,}/);
    const intact = runPaso(['audit', 'verify'], t.env);
    expect(intact.stdout).toContain('Audit log intact: 2 entries checked.');
    expect(intact.status).toBe(0);

    // Someone with database access rewrites who created the user.
    const db = t.db.kysely;
    if (dialect === 'sqlite') await sql`DROP TRIGGER audit_entry_no_update`.execute(db);
    else await sql`DROP TRIGGER audit_entry_no_change ON audit_entry`.execute(db);
    await db
      .updateTable('audit_entry')
      .set({ actor_username: 'somebody-else' })
      .where('seq', '=', 2)
      .execute();

    const broken = runPaso(['audit', 'verify'], t.env);
    expect(broken.status).toBe(1);
    expect(broken.stderr).toContain('Audit log BROKEN at entry 2 (hash-mismatch)');
  });

  it('reports a log rewritten without the key whose keyed start was moved past it', async () => {
    t = await openTestDb(dialect);
    expect(runPaso(['seed-demo'], t.env).status).toBe(0);
    expect(runPaso(['user', 'add', '--username', 'lucia.flores', '--role', 'analyst'], t.env).status).toBe(0);
    const nothing = runPaso(['audit', 'adopt-unkeyed'], t.env);
    expect(nothing.status, nothing.stderr).toBe(0);
    expect(nothing.stdout).toContain('keyed from its first entry: there is nothing to adopt');

    // Someone with database access rewrites both entries without the key and moves the keyed start.
    const db = t.db.kysely;
    if (dialect === 'sqlite') {
      for (const trigger of ['audit_entry_no_update', 'audit_chain_no_update']) {
        await sql.raw(`DROP TRIGGER ${trigger}`).execute(db);
      }
    } else {
      await sql`DROP TRIGGER audit_entry_no_change ON audit_entry`.execute(db);
      await sql`DROP TRIGGER audit_chain_no_change ON audit_chain`.execute(db);
    }
    await rewriteChain(t, { from: 1, key: null, change: { actor_username: 'somebody-else' } });
    await db.updateTable('audit_chain').set({ keyed_from: 3 }).execute();

    const broken = runPaso(['audit', 'verify'], t.env);
    expect(broken.status).toBe(1);
    expect(broken.stderr).toContain('Audit log BROKEN at entry 1 (keyed-start-unproven)');
    expect(broken.stderr).toContain('paso audit adopt-unkeyed');
  });

  it('refuses a user with an unknown role or a taken name, with a clear message', () => {
    return (async () => {
      t = await openTestDb(dialect);
      const badRole = runPaso(['user', 'add', '--username', 'x.y.z', '--role', 'king'], t.env);
      expect(badRole.status).not.toBe(0);
      expect(badRole.stderr).toMatch(/king.*invalid|Allowed choices/i);
      expect(runPaso(['user', 'add', '--username', 'ana.x', '--role', 'analyst'], t.env).status).toBe(0);
      const again = runPaso(['user', 'add', '--username', 'ana.x', '--role', 'analyst'], t.env);
      expect(again.status).toBe(1);
      expect(again.stderr).toContain('taken');
    })();
  });
});
