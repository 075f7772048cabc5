import { describe, expect, it } from 'vitest';
import { DIALECTS, eachTestDb } from '../../../test/support/databases';
import {
  type AuditHead,
  appendAudit,
  appendAuditMany,
  verifyAuditChain,
  withAuditKey,
} from '../../store/audit';
import { type HeadLog, type HeadReason, publishAuditHeads } from './heads';

const entry = (n: number) => ({
  at: new Date(Date.UTC(2025, 10, 27, 12, 0, n)).toISOString(),
  actorId: null,
  actorUsername: 'admin',
  action: 'user.update',
  detail: { n },
});

function collectingLog() {
  const heads: { head: AuditHead; reason: HeadReason }[] = [];
  const errors: string[] = [];
  const log: HeadLog = {
    info: ({ auditHead, reason }) => heads.push({ head: auditHead, reason }),
    error: (_, message) => errors.push(message),
  };
  return { log, heads, errors };
}

describe.each(DIALECTS)('publishing the audit chain head on %s', (dialect) => {
  const t = eachTestDb(dialect);
  const now = () => new Date('2025-11-28T09:00:00Z');

  it('publishes at start, every N entries and at shutdown, each head one the log reaches', async () => {
    const { log, heads, errors } = collectingLog();
    await appendAudit(t.db.kysely, entry(1));
    const publisher = publishAuditHeads(t.db.kysely, log, now, 3);
    await publisher.publish('start');
    for (let n = 2; n <= 11; n++) {
      await t.db.kysely.transaction().execute((tx) => appendAudit(tx, entry(n)));
    }
    const last = await publisher.stop();

    expect(errors).toEqual([]);
    expect(heads[0]).toMatchObject({ reason: 'start', head: { seq: 1 } });
    expect(heads.at(-1)).toMatchObject({ reason: 'shutdown', head: { seq: 11 } });
    expect(last.seq).toBe(11);
    const every = heads.filter((h) => h.reason === 'every').map((h) => h.head.seq);
    // When a head is read depends on when the appending transaction commits: only its order is fixed.
    expect(every.length).toBeGreaterThanOrEqual(1);
    expect(every).toEqual([...every].sort((a, b) => a - b));
    expect(every.every((seq) => seq > 1 && seq <= 11)).toBe(true);
    for (const { head } of heads) {
      expect(await verifyAuditChain(t.db.kysely, { head })).toMatchObject({ ok: true, checked: 11 });
    }
  });

  it('publishes once for a batch that crosses N, and not again before the next N', async () => {
    const { log, heads } = collectingLog();
    const publisher = publishAuditHeads(t.db.kysely, log, now, 100);
    await publisher.publish('start');
    await t.db.kysely.transaction().execute((tx) =>
      appendAuditMany(
        tx,
        Array.from({ length: 150 }, (_, i) => entry(i + 1)),
      ),
    );
    await appendAudit(t.db.kysely, entry(151));
    await publisher.stop();
    expect(heads.map((h) => h.reason)).toEqual(['start', 'every', 'shutdown']);
    // 150 when read after the batch's commit; 151 when, on PostgreSQL, the first read came before it.
    expect(heads[1]?.head.seq).toBeGreaterThanOrEqual(150);
    expect(heads.map((h) => h.head.seq).at(-1)).toBe(151);
  });

  it('says at start when its key did not make the newest entry, and goes on', async () => {
    await appendAudit(t.db.kysely, entry(1));
    const { log, heads, errors } = collectingLog();
    const elsewhere = withAuditKey(t.db, Buffer.alloc(32, 0x77)).kysely;
    await publishAuditHeads(elsewhere, log, now, 100).publish('start');
    expect(errors).toEqual([expect.stringMatching(/^the audit key did not make the newest audit entry/)]);
    expect(heads).toHaveLength(1);

    const fine = collectingLog();
    await publishAuditHeads(t.db.kysely, fine.log, now, 100).publish('start');
    expect(fine.errors).toEqual([]);
  });

  it('stops listening once stopped', async () => {
    const { log, heads } = collectingLog();
    const publisher = publishAuditHeads(t.db.kysely, log, now, 1);
    await publisher.stop();
    await appendAudit(t.db.kysely, entry(1));
    await appendAudit(t.db.kysely, entry(2));
    expect(heads.map((h) => h.reason)).toEqual(['shutdown']);
  });
});
