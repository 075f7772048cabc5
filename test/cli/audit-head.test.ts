// The chain's head kept outside the database: `paso audit head` prints it, the server logs it at start
// and at shutdown, and `paso audit verify --head` proves the log still reaches it.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dropGuards } from '../support/audit-tampering';
import { DIALECTS, openTestDb, type TestDb } from '../support/databases';
import { runPaso, startServer, stopServer } from '../support/process';

describe.each(DIALECTS)('the audit chain head on %s', { timeout: 120_000 }, (dialect) => {
  let t: TestDb | undefined;
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'paso-heads-'));
  });
  afterEach(async () => {
    await t?.cleanup();
    rmSync(dir, { recursive: true, force: true });
  });

  it('saves the head with paso audit head and catches the newest entries deleted with --head', async () => {
    t = await openTestDb(dialect);
    expect(runPaso(['seed-demo'], t.env).status).toBe(0);
    for (const username of ['lucia.flores', 'mateo.rojas', 'ines.paredes']) {
      expect(runPaso(['user', 'add', '--username', username, '--role', 'analyst'], t.env).status).toBe(0);
    }
    const printed = runPaso(['audit', 'head'], t.env);
    expect(printed.status, printed.stderr).toBe(0);
    expect(JSON.parse(printed.stdout)).toMatchObject({ seq: 4, keyedFrom: 1 });
    const headFile = join(dir, 'head.json');
    writeFileSync(headFile, printed.stdout);

    const reaches = runPaso(['audit', 'verify', '--head', headFile], t.env);
    expect(reaches.status, reaches.stderr).toBe(0);
    expect(reaches.stdout).toContain('It reaches the saved head: entry 4');

    // Someone with database access removes the two newest entries: what is left is still a whole chain.
    await dropGuards(t);
    await t.db.kysely.deleteFrom('audit_entry').where('seq', '>=', 3).execute();
    const alone = runPaso(['audit', 'verify'], t.env);
    expect(alone.status).toBe(0);
    expect(alone.stdout).toContain('Audit log intact: 2 entries checked.');
    expect(alone.stdout).toContain('Without --head, entries removed from the end cannot be told');

    const caught = runPaso(['audit', 'verify', '--head', headFile], t.env);
    expect(caught.status).toBe(1);
    expect(caught.stderr).toContain('Audit log BROKEN at entry 3 (head-not-reached)');
  });

  it('logs the head at start and at shutdown, and a head taken from that log verifies', async () => {
    t = await openTestDb(dialect);
    const server = await startServer({ ...t.env, PASO_LOG_LEVEL: 'info' });
    const closed = new Promise((resolve) => server.child.once('close', resolve));
    expect(await stopServer(server, 'SIGTERM')).toBe(0);
    await closed;
    const heads = server
      .output()
      .split('\n')
      .filter((line) => line.includes('"auditHead"'))
      .map((line) => JSON.parse(line) as { reason: string; auditHead: { seq: number } });
    expect(heads.map((h) => h.reason)).toEqual(['start', 'shutdown']);
    // The demo was seeded before the first head: the log was not empty.
    expect(heads[0]?.auditHead.seq).toBeGreaterThan(0);

    const logFile = join(dir, 'server.log');
    writeFileSync(logFile, server.output());
    const verified = runPaso(['audit', 'verify', '--head', logFile], t.env);
    expect(verified.status, verified.stderr).toBe(0);
    expect(verified.stdout).toContain(`It reaches the saved head: entry ${heads[1]?.auditHead.seq}`);
  });

  it('refuses a head that this key did not make, and a file without one', async () => {
    t = await openTestDb(dialect);
    expect(runPaso(['seed-demo'], t.env).status).toBe(0);
    const head = JSON.parse(runPaso(['audit', 'head'], t.env).stdout) as { seq: number };
    const forged = join(dir, 'forged.json');
    writeFileSync(forged, JSON.stringify({ ...head, seq: head.seq + 5 }));
    const refused = runPaso(['audit', 'verify', '--head', forged], t.env);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('(head-signature)');

    const empty = join(dir, 'empty.json');
    writeFileSync(empty, '{"level":30,"msg":"no head here"}\n');
    const none = runPaso(['audit', 'verify', '--head', empty], t.env);
    expect(none.status).toBe(2);
    expect(none.stderr).toContain('holds no audit head');
  });
});
