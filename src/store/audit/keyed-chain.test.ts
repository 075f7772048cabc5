import { type Kysely, sql } from 'kysely';
import { beforeEach, describe, expect, it } from 'vitest';
import { dropGuards, rewriteChain } from '../../../test/support/audit-tampering';
import { DIALECTS, eachTestDb, TEST_AUDIT_KEY } from '../../../test/support/databases';
import { openDatabase } from '../db';
import { up as keyTheChain } from '../migrations/0005-audit-keyed-chain';
import { adoptUnkeyedEntries, appendAudit, readAuditHead, verifyAuditChain } from './audit-log';
import { deriveAuditKey, entryHash, GENESIS } from './chain';

const entry = (n: number) => ({
  at: new Date(Date.UTC(2025, 10, 27, 12, 0, n)).toISOString(),
  actorId: null,
  actorUsername: 'admin',
  action: 'user.update',
  entityType: 'user',
  entityId: `id-${n}`,
  ip: '127.0.0.1',
  detail: { n },
});
const later = new Date('2025-11-28T09:00:00Z');
// What the check answers for a chain broken at `firstBrokenSeq`, and why.
const brokenAt = (firstBrokenSeq: number, reason: string) => ({ ok: false, firstBrokenSeq, reason });

describe.each(DIALECTS)('the keyed audit chain on %s', (dialect) => {
  const t = eachTestDb(dialect);

  const appendMany = async (from: number, through: number) => {
    for (let n = from; n <= through; n++) await appendAudit(t.db.kysely, entry(n));
  };
  // Moves where the keyed chain starts, as someone who can drop the guard of its one row could.
  const moveKeyedStart = async (keyedFrom: number) => {
    if (dialect === 'sqlite') await sql`DROP TRIGGER audit_chain_no_update`.execute(t.db.kysely);
    else await sql`DROP TRIGGER audit_chain_no_change ON audit_chain`.execute(t.db.kysely);
    await t.db.kysely.updateTable('audit_chain').set({ keyed_from: keyedFrom }).execute();
  };

  it('detects the log rewritten without the key and its keyed start moved past it, with no head', async () => {
    await appendMany(1, 6);
    await dropGuards(t);
    await rewriteChain(t, { from: 1, key: null, change: { actor_username: 'intruder' } });
    await moveKeyedStart(7);
    // The server goes on chaining, with the key, after the rewritten entries.
    await appendMany(7, 8);
    expect(await verifyAuditChain(t.db.kysely)).toMatchObject({
      ...brokenAt(1, 'keyed-start-unproven'),
      checked: 8,
    });
  });

  it('has nothing to adopt on a log keyed from its first entry', async () => {
    await appendMany(1, 2);
    expect(await adoptUnkeyedEntries(t.db.kysely, later.toISOString())).toEqual({ status: 'not-needed' });
  });

  it('detects the newest entries deleted, against a head saved before', async () => {
    await appendMany(1, 6);
    const head = await readAuditHead(t.db.kysely, later);
    expect(head).toMatchObject({ seq: 6, keyedFrom: 1, at: later.toISOString() });
    await dropGuards(t);
    await t.db.kysely.deleteFrom('audit_entry').where('seq', '>=', 4).execute();
    // What is left is a whole chain: only the saved head tells that it was longer.
    expect(await verifyAuditChain(t.db.kysely)).toMatchObject({ ok: true, checked: 3, last: { seq: 3 } });
    expect(await verifyAuditChain(t.db.kysely, { head })).toEqual({
      ...brokenAt(4, 'head-not-reached'),
      checked: 3,
    });
  });

  // Tampering that leaves a whole chain behind: only a head saved before tells.
  it.each([
    [
      'the newest entries replaced by new ones',
      {
        tamper: async () => {
          await t.db.kysely.deleteFrom('audit_entry').where('seq', '>=', 5).execute();
          await appendMany(7, 8);
        },
      },
    ],
    [
      'a rewrite made with the key itself',
      {
        tamper: () =>
          rewriteChain(t, { from: 3, key: deriveAuditKey(TEST_AUDIT_KEY), change: { action: 'user.read' } }),
      },
    ],
  ])('detects %s, but only against a head saved before', async (_, { tamper }) => {
    await appendMany(1, 6);
    const head = await readAuditHead(t.db.kysely, later);
    await dropGuards(t);
    await tamper();
    expect(await verifyAuditChain(t.db.kysely)).toMatchObject({ ok: true, checked: 6 });
    expect(await verifyAuditChain(t.db.kysely, { head })).toMatchObject(brokenAt(6, 'head-mismatch'));
  });

  it('reaches a head saved before, and one of an empty log', async () => {
    const empty = await readAuditHead(t.db.kysely, later);
    expect(empty).toMatchObject({ seq: 0, hash: GENESIS });
    await appendMany(1, 3);
    const head = await readAuditHead(t.db.kysely, later);
    await appendMany(4, 5);
    expect(await verifyAuditChain(t.db.kysely, { head })).toMatchObject({ ok: true, checked: 5 });
    expect(await verifyAuditChain(t.db.kysely, { head: empty })).toMatchObject({ ok: true, checked: 5 });
  });

  it.each([
    ['plain SHA-256', null],
    ['HMAC with a wrong key', deriveAuditKey(Buffer.alloc(32, 0x11))],
  ])('detects an entry rewritten and the whole chain recomputed with %s', async (_, key) => {
    await appendMany(1, 6);
    await dropGuards(t);
    await rewriteChain(t, { from: 3, key, change: { actor_username: 'intruder' } });
    expect(await verifyAuditChain(t.db.kysely)).toMatchObject({
      ...brokenAt(3, 'hash-mismatch'),
      checked: 2,
    });
  });

  it('detects an entry appended by hand without the key', async () => {
    await appendMany(1, 2);
    const last = await t.db.kysely
      .selectFrom('audit_entry')
      .selectAll()
      .where('seq', '=', 2)
      .executeTakeFirstOrThrow();
    await t.db.kysely
      .insertInto('audit_entry')
      .values({ ...last, seq: 3, entity_id: 'id-3' })
      .execute();
    await dropGuards(t);
    await rewriteChain(t, { from: 3, key: null });
    expect(await verifyAuditChain(t.db.kysely)).toMatchObject(brokenAt(3, 'hash-mismatch'));
  });

  it('refuses a head that was not signed with its key', async () => {
    await appendMany(1, 4);
    const head = await readAuditHead(t.db.kysely, later);
    // A head edited to claim less than was published, to cover deleted entries.
    const edited = { ...head, seq: 2 };
    expect(await verifyAuditChain(t.db.kysely, { head: edited })).toMatchObject({
      ok: false,
      reason: 'head-signature',
    });
  });

  it('refuses TRUNCATE on PostgreSQL, and a DELETE of every row on both databases', async () => {
    await appendMany(1, 3);
    if (dialect === 'postgres') {
      await expect(sql`TRUNCATE audit_entry`.execute(t.db.kysely)).rejects.toThrow(/append-only/);
      await expect(sql`TRUNCATE audit_chain`.execute(t.db.kysely)).rejects.toThrow(/append-only/);
    }
    // SQLite has no TRUNCATE; its unfiltered DELETE goes row by row through the trigger when one exists.
    await expect(t.db.kysely.deleteFrom('audit_entry').execute()).rejects.toThrow(/append-only/);
    await expect(t.db.kysely.deleteFrom('audit_chain').execute()).rejects.toThrow(/append-only/);
    await expect(t.db.kysely.updateTable('audit_chain').set({ keyed_from: 3 }).execute()).rejects.toThrow(
      /append-only/,
    );
    expect(await verifyAuditChain(t.db.kysely)).toMatchObject({ ok: true, checked: 3 });
  });

  it('will not append through a database handle that has no key', async () => {
    const config =
      t.env.PASO_DATABASE_URL === undefined
        ? { kind: 'sqlite' as const, file: `${t.env.PASO_DATA_DIR}/paso.sqlite` }
        : { kind: 'postgres' as const, url: t.env.PASO_DATABASE_URL };
    const bare = openDatabase(config);
    try {
      await expect(appendAudit(bare.kysely, entry(1))).rejects.toThrow(/no audit key/);
    } finally {
      await bare.close();
    }
  });

  describe('with entries written before the key existed', () => {
    // As the log stood before migration 0005: unkeyed SHA-256 entries, then the migration runs.
    beforeEach(async () => {
      const db = t.db.kysely;
      await sql`DROP TABLE audit_chain`.execute(db);
      if (dialect === 'postgres') await sql`DROP TRIGGER audit_entry_no_truncate ON audit_entry`.execute(db);
      let prevHash = GENESIS;
      for (let seq = 1; seq <= 3; seq++) {
        const e = { ...entry(seq), seq };
        const hash = entryHash(null, prevHash, e);
        await db
          .insertInto('audit_entry')
          .values({
            seq,
            at: e.at,
            actor_id: e.actorId,
            actor_username: e.actorUsername,
            action: e.action,
            entity_type: e.entityType,
            entity_id: e.entityId,
            ip: e.ip,
            detail: JSON.stringify(e.detail),
            prev_hash: prevHash,
            hash,
          })
          .execute();
        prevHash = hash;
      }
      await keyTheChain(db as unknown as Kysely<unknown>, dialect);
    });

    it('keeps them as they were, chains the new ones with the key, and believes the start once adopted', async () => {
      // Nothing but the row that says so tells old entries from ones rewritten: not believed yet.
      expect(await verifyAuditChain(t.db.kysely)).toMatchObject(brokenAt(1, 'keyed-start-unproven'));
      await appendMany(4, 5);
      expect(await verifyAuditChain(t.db.kysely)).toMatchObject(brokenAt(1, 'keyed-start-unproven'));
      expect(await adoptUnkeyedEntries(t.db.kysely, later.toISOString())).toMatchObject({
        status: 'adopted',
        keyedFrom: 4,
        entry: { seq: 6, action: 'audit.unkeyed-adopted', detail: { keyedFrom: 4, unkeyedEntries: 3 } },
      });
      expect(await adoptUnkeyedEntries(t.db.kysely, later.toISOString())).toEqual({ status: 'already' });
      await appendMany(7, 7);
      expect(await verifyAuditChain(t.db.kysely)).toMatchObject({ ok: true, checked: 7, keyedFrom: 4 });
      expect(await readAuditHead(t.db.kysely, later)).toMatchObject({ seq: 7, keyedFrom: 4 });
    });

    it('does not believe an adoption once the start is moved again', async () => {
      await adoptUnkeyedEntries(t.db.kysely, later.toISOString());
      await appendMany(5, 6);
      await dropGuards(t);
      // The adoption (entry 4) and what follows rewritten without the key, the start moved past them.
      await rewriteChain(t, { from: 4, key: null, change: { actor_username: 'intruder' } });
      await moveKeyedStart(7);
      expect(await verifyAuditChain(t.db.kysely)).toMatchObject(brokenAt(1, 'keyed-start-unproven'));
    });

    it('detects an old entry rewritten without the key, once a keyed entry follows it', async () => {
      await appendMany(4, 5);
      await dropGuards(t);
      await rewriteChain(t, { from: 2, through: 3, key: null, change: { actor_username: 'intruder' } });
      expect(await verifyAuditChain(t.db.kysely)).toMatchObject(brokenAt(4, 'link-mismatch'));
    });

    it('detects the start of the keyed chain moved, against a head saved before', async () => {
      await appendMany(4, 5);
      const head = await readAuditHead(t.db.kysely, later);
      // Moving the start past the end would let the whole log be rewritten without the key.
      await moveKeyedStart(6);
      expect(await verifyAuditChain(t.db.kysely, { head })).toMatchObject(brokenAt(4, 'head-mismatch'));
    });
  });
});
