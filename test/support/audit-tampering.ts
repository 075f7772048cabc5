// What someone with write access to the database could do to the audit log: drop its guards, change
// an entry and recompute the hashes after it — without the key (plain SHA-256, a wrong key) or with it.
import { sql } from 'kysely';
import { type AuditKey, entryHash, GENESIS } from '../../src/store/audit';
import type { AuditEntryTable } from '../../src/store/schema';
import type { TestDb } from './databases';

export async function dropGuards(t: Pick<TestDb, 'db'>): Promise<void> {
  if (t.db.dialect === 'sqlite') {
    await sql`DROP TRIGGER audit_entry_no_update`.execute(t.db.kysely);
    await sql`DROP TRIGGER audit_entry_no_delete`.execute(t.db.kysely);
  } else {
    await sql`DROP TRIGGER audit_entry_no_change ON audit_entry`.execute(t.db.kysely);
  }
}

const content = (r: AuditEntryTable) => ({
  seq: Number(r.seq),
  at: r.at,
  actorId: r.actor_id,
  actorUsername: r.actor_username,
  action: r.action,
  entityType: r.entity_type,
  entityId: r.entity_id,
  ip: r.ip,
  detail: JSON.parse(r.detail) as unknown,
});

/**
 * Applies `change` to entry `from`, then recomputes the hash of every entry from there to `through`
 * (default: the end), each linked to the one before, with `key` (`null`: unkeyed SHA-256).
 */
export async function rewriteChain(
  t: Pick<TestDb, 'db'>,
  options: {
    readonly from: number;
    readonly through?: number;
    readonly key: AuditKey | null;
    readonly change?: Partial<AuditEntryTable>;
  },
): Promise<void> {
  const db = t.db.kysely;
  const before = await db
    .selectFrom('audit_entry')
    .select('hash')
    .where('seq', '=', options.from - 1)
    .executeTakeFirst();
  let prevHash = before?.hash ?? GENESIS;
  const rows = await db
    .selectFrom('audit_entry')
    .selectAll()
    .where('seq', '>=', options.from)
    .where('seq', '<=', options.through ?? Number.MAX_SAFE_INTEGER)
    .orderBy('seq')
    .execute();
  for (const row of rows) {
    const changed = Number(row.seq) === options.from ? { ...row, ...options.change } : row;
    const hash = entryHash(options.key, prevHash, content(changed));
    await db
      .updateTable('audit_entry')
      .set({ ...changed, prev_hash: prevHash, hash })
      .where('seq', '=', row.seq)
      .execute();
    prevHash = hash;
  }
}
