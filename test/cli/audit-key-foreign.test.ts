// A `paso` command run where the audit key was not copied (the second server's machine) writes nothing
// to the audit chain: without a key file it makes none, and with another key it stops, saying which
// key and what to do. Before, it made a key there and wrote entries nobody could verify.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { countUsers } from '../../src/store/accounts';
import { appendAudit, verifyAuditChain } from '../../src/store/audit';
import { DIALECTS, openTestDb, type TestDb } from '../support/databases';
import { runPaso } from '../support/process';

describe.each(DIALECTS)(
  'a paso command with an audit key that did not make the log, on %s',
  { timeout: 120_000 },
  (dialect) => {
    let t: TestDb | undefined;
    let elsewhere: string | undefined;
    afterEach(async () => {
      await t?.cleanup();
      if (elsewhere) rmSync(elsewhere, { recursive: true, force: true });
    });

    it('stops before writing, and keeps no key it made', async () => {
      t = await openTestDb(dialect);
      await appendAudit(t.db.kysely, {
        at: '2025-11-27T15:00:00Z',
        actorId: null,
        actorUsername: 'system',
        action: 'demo.seed',
      });
      const { PASO_AUDIT_KEY: _copied, ...withoutKey } = t.env;
      elsewhere = mkdtempSync(join(tmpdir(), 'paso-elsewhere-'));
      const keyFile = join(elsewhere, 'audit.key');
      const add = (env: Record<string, string>) =>
        runPaso(['user', 'add', '--username', 'rosa.quispe', '--role', 'analyst'], env);

      const notCopied = add({ ...withoutKey, PASO_AUDIT_KEY_FILE: keyFile });
      expect(notCopied.status, notCopied.stderr).toBe(1);
      expect(notCopied.stderr).toContain(`there was no audit key at ${keyFile}`);
      expect(existsSync(keyFile)).toBe(false);

      const another = add({ ...withoutKey, PASO_AUDIT_KEY: 'ef'.repeat(32) });
      expect(another.status, another.stderr).toBe(1);
      expect(another.stderr).toMatch(
        /the audit key \(PASO_AUDIT_KEY\) did not make the newest entry .*--new-audit-key/s,
      );

      expect(await countUsers(t.db.kysely)).toBe(0);
      expect(await verifyAuditChain(t.db.kysely)).toMatchObject({ ok: true });
      // With the key that made the log, the same command goes through.
      expect(add(t.env).status).toBe(0);
    });
  },
);
