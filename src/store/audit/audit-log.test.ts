import { describe, expect, it } from 'vitest';
import { dropGuards, rewriteChain } from '../../../test/support/audit-tampering';
import { DIALECTS, eachTestDb } from '../../../test/support/databases';
import { appendAudit, listAudit, verifyAuditChain } from './audit-log';

const entry = (n: number, action = 'user.update') => ({
  at: new Date(Date.UTC(2025, 10, 27, 12, 0, n)).toISOString(),
  actorId: null,
  actorUsername: n % 2 === 0 ? 'admin' : 'supervisor',
  action,
  entityType: 'user',
  entityId: `id-${n}`,
  ip: '127.0.0.1',
  detail: { n, nested: { b: 2, a: [1, 'x'] } },
});

describe.each(DIALECTS)('audit log on %s', (dialect) => {
  const t = eachTestDb(dialect);

  const appendMany = async (count: number) => {
    for (let n = 1; n <= count; n++) await appendAudit(t.db.kysely, entry(n));
  };

  it('chains entries so that an untouched log verifies', async () => {
    await appendMany(5);
    expect(await verifyAuditChain(t.db.kysely)).toMatchObject({ ok: true, checked: 5, keyedFrom: 1 });
  });

  it('refuses to update or delete an entry through the database', async () => {
    await appendMany(2);
    await expect(
      t.db.kysely.updateTable('audit_entry').set({ action: 'x' }).where('seq', '=', 1).execute(),
    ).rejects.toThrow(/append-only/);
    await expect(t.db.kysely.deleteFrom('audit_entry').where('seq', '=', 2).execute()).rejects.toThrow(
      /append-only/,
    );
  });

  it.each([
    [
      'an entry whose content was changed',
      {
        entries: 6,
        tamper: () =>
          t.db.kysely
            .updateTable('audit_entry')
            .set({ actor_username: 'intruder' })
            .where('seq', '=', 4)
            .execute(),
        broken: { firstBrokenSeq: 4, reason: 'hash-mismatch' },
      },
    ],
    [
      'an entry that was deleted from the middle',
      {
        entries: 6,
        tamper: () => t.db.kysely.deleteFrom('audit_entry').where('seq', '=', 3).execute(),
        broken: { firstBrokenSeq: 3, reason: 'sequence-gap' },
      },
    ],
    [
      'an entry whose hash was recomputed to hide a change',
      {
        entries: 4,
        // Anyone who can write the table can compute a SHA-256; only the key's holder can compute its HMAC.
        tamper: () =>
          rewriteChain(t, { from: 2, through: 2, key: null, change: { actor_username: 'intruder' } }),
        broken: { firstBrokenSeq: 2, reason: 'hash-mismatch' },
      },
    ],
  ])('detects %s', async (_, { entries, tamper, broken }) => {
    await appendMany(entries);
    await dropGuards(t);
    await tamper();
    expect(await verifyAuditChain(t.db.kysely)).toMatchObject({ ok: false, ...broken });
  });

  it('keeps one unbroken chain when many writers append at once', async () => {
    await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        t.db.kysely.transaction().execute((tx) => appendAudit(tx, entry(i + 1))),
      ),
    );
    expect(await verifyAuditChain(t.db.kysely, { pageSize: 7 })).toMatchObject({ ok: true, checked: 40 });
  });

  it('lists newest first with filters and pages by sequence number', async () => {
    await appendMany(9);
    await appendAudit(t.db.kysely, entry(10, 'auth.login'));
    const all = await listAudit(t.db.kysely, { limit: 100 });
    expect(all.map((e) => e.seq)).toEqual([10, 9, 8, 7, 6, 5, 4, 3, 2, 1]);
    expect(all[0]?.detail).toEqual({ n: 10, nested: { b: 2, a: [1, 'x'] } });
    const byActor = await listAudit(t.db.kysely, { actor: 'admin', limit: 100 });
    expect(byActor.every((e) => e.actorUsername === 'admin')).toBe(true);
    expect(byActor).toHaveLength(5);
    // Usernames are lower case: an admin who types "Admin " still finds admin's entries.
    expect(await listAudit(t.db.kysely, { actor: ' Admin ', limit: 100 })).toEqual(byActor);
    expect((await listAudit(t.db.kysely, { action: 'auth.', limit: 100 })).map((e) => e.seq)).toEqual([10]);
    const window = await listAudit(t.db.kysely, { from: entry(3).at, to: entry(5).at, limit: 100 });
    expect(window.map((e) => e.seq)).toEqual([4, 3]);
    expect((await listAudit(t.db.kysely, { beforeSeq: 4, limit: 2 })).map((e) => e.seq)).toEqual([3, 2]);
  });
});
