// The append-only, hash-chained audit log: every write and every read of personal data. Each entry's
// hash covers its content and the previous entry's hash, so a changed or deleted row breaks the chain.
import { createHash } from 'node:crypto';
import { PostgresAdapter, sql } from 'kysely';
import type { Executor } from '../executor';

export interface AuditInput {
  readonly at: string;
  readonly actorId: string | null;
  readonly actorUsername: string | null;
  readonly action: string;
  readonly entityType?: string | null;
  readonly entityId?: string | null;
  readonly ip?: string | null;
  readonly detail?: Readonly<Record<string, unknown>>;
}

export interface AuditEntry {
  readonly seq: number;
  readonly at: string;
  readonly actorId: string | null;
  readonly actorUsername: string | null;
  readonly action: string;
  readonly entityType: string | null;
  readonly entityId: string | null;
  readonly ip: string | null;
  readonly detail: Readonly<Record<string, unknown>>;
}

export interface AuditFilter {
  readonly actor?: string | undefined;
  readonly action?: string | undefined;
  readonly from?: string | undefined;
  readonly to?: string | undefined;
  readonly beforeSeq?: number | undefined;
  readonly limit: number;
}

export type ChainCheck =
  | { readonly ok: true; readonly checked: number }
  | {
      readonly ok: false;
      readonly checked: number;
      readonly firstBrokenSeq: number;
      readonly reason: 'hash-mismatch' | 'link-mismatch' | 'sequence-gap';
    };

const GENESIS = '0'.repeat(64);
// Any constant will do; it only has to be the same for every Paso server on one database.
const CHAIN_LOCK_KEY = 7_410_2025;

// Canonical JSON: keys sorted at every level, so the same content always hashes the same.
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

function entryHash(prevHash: string, entry: AuditEntry): string {
  return createHash('sha256').update(prevHash).update('\n').update(canonical(entry)).digest('hex');
}

// Serialises appends: PostgreSQL takes a transaction-scoped advisory lock (several Paso servers may
// share the database); SQLite already runs one write transaction at a time.
async function lockChain(tx: Executor): Promise<void> {
  if (tx.getExecutor().adapter instanceof PostgresAdapter) {
    await sql`SELECT pg_advisory_xact_lock(${CHAIN_LOCK_KEY})`.execute(tx);
  }
}

// Call inside the transaction that makes the write being recorded, so both land or neither does.
export async function appendAudit(tx: Executor, input: AuditInput): Promise<AuditEntry> {
  const [entry] = await appendAuditMany(tx, [input]);
  if (entry === undefined) throw new Error('one entry appended for one input');
  return entry;
}

// Several entries in order, chained one to the next, with one read of the chain's end and one insert.
export async function appendAuditMany(tx: Executor, inputs: readonly AuditInput[]): Promise<AuditEntry[]> {
  if (inputs.length === 0) return [];
  await lockChain(tx);
  const last = await tx
    .selectFrom('audit_entry')
    .select(['seq', 'hash'])
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  let seq = last?.seq ?? 0;
  let prevHash = last?.hash ?? GENESIS;
  const entries: AuditEntry[] = [];
  const rows = inputs.map((input) => {
    seq += 1;
    const entry: AuditEntry = {
      seq,
      at: input.at,
      actorId: input.actorId,
      actorUsername: input.actorUsername,
      action: input.action,
      entityType: input.entityType ?? null,
      entityId: input.entityId ?? null,
      ip: input.ip ?? null,
      detail: input.detail ?? {},
    };
    entries.push(entry);
    const hash = entryHash(prevHash, entry);
    const row = {
      seq: entry.seq,
      at: entry.at,
      actor_id: entry.actorId,
      actor_username: entry.actorUsername,
      action: entry.action,
      entity_type: entry.entityType,
      entity_id: entry.entityId,
      ip: entry.ip,
      detail: JSON.stringify(entry.detail),
      prev_hash: prevHash,
      hash,
    };
    prevHash = hash;
    return row;
  });
  // Eleven columns a row: 500 rows a statement stays under both databases' parameter limits.
  for (let i = 0; i < rows.length; i += 500) {
    await tx
      .insertInto('audit_entry')
      .values(rows.slice(i, i + 500))
      .execute();
  }
  return entries;
}

type Row = {
  seq: number;
  at: string;
  actor_id: string | null;
  actor_username: string | null;
  action: string;
  entity_type: string | null;
  entity_id: string | null;
  ip: string | null;
  detail: string;
};

function parseDetail(text: string): Readonly<Record<string, unknown>> {
  try {
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : { value };
  } catch {
    // A row whose detail is not JSON was written by hand; verification reports it, listing shows it raw.
    return { unreadable: text };
  }
}

const toEntry = (r: Row): AuditEntry => ({
  seq: Number(r.seq),
  at: r.at,
  actorId: r.actor_id,
  actorUsername: r.actor_username,
  action: r.action,
  entityType: r.entity_type,
  entityId: r.entity_id,
  ip: r.ip,
  detail: parseDetail(r.detail),
});

const ENTRY_COLUMNS = [
  'seq',
  'at',
  'actor_id',
  'actor_username',
  'action',
  'entity_type',
  'entity_id',
  'ip',
  'detail',
] as const;

// Newest first; `beforeSeq` pages backwards.
export async function listAudit(db: Executor, filter: AuditFilter): Promise<AuditEntry[]> {
  let query = db.selectFrom('audit_entry').select(ENTRY_COLUMNS);
  if (filter.actor) query = query.where('actor_username', '=', filter.actor);
  if (filter.action) query = query.where('action', 'like', `${filter.action.replace(/[%_\\]/g, '')}%`);
  if (filter.from) query = query.where('at', '>=', filter.from);
  if (filter.to) query = query.where('at', '<', filter.to);
  if (filter.beforeSeq !== undefined) query = query.where('seq', '<', filter.beforeSeq);
  const rows = await query.orderBy('seq', 'desc').limit(filter.limit).execute();
  return rows.map(toEntry);
}

export async function verifyAuditChain(db: Executor, pageSize = 5000): Promise<ChainCheck> {
  let prevHash = GENESIS;
  let expectedSeq = 1;
  let checked = 0;
  for (;;) {
    const rows = await db
      .selectFrom('audit_entry')
      .select([...ENTRY_COLUMNS, 'prev_hash', 'hash'])
      .where('seq', '>=', expectedSeq)
      .orderBy('seq')
      .limit(pageSize)
      .execute();
    for (const row of rows) {
      const seq = Number(row.seq);
      if (seq !== expectedSeq)
        return { ok: false, checked, firstBrokenSeq: expectedSeq, reason: 'sequence-gap' };
      if (row.prev_hash !== prevHash)
        return { ok: false, checked, firstBrokenSeq: seq, reason: 'link-mismatch' };
      if (entryHash(prevHash, toEntry(row)) !== row.hash) {
        return { ok: false, checked, firstBrokenSeq: seq, reason: 'hash-mismatch' };
      }
      prevHash = row.hash;
      expectedSeq = seq + 1;
      checked += 1;
    }
    if (rows.length < pageSize) return { ok: true, checked };
  }
}
