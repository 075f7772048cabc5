// The append-only audit log of every write and every read of personal data, chained by an HMAC (under
// a key kept out of the database) of each entry and the previous hash: a changed or deleted row breaks
// the chain and nobody without the key can rebuild it. Entries from before migration 0005 stay SHA-256.
import type { Executor } from '../executor';
import type { AuditEntryTable } from '../schema';
import { lockChainAndFigures } from '../transaction-lock';
import {
  type AuditHead,
  auditChainOf,
  canonical,
  entryHash,
  GENESIS,
  isHeadGenuine,
  signHead,
} from './chain';

export { canonical };

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

export type ChainBreak =
  | 'hash-mismatch'
  | 'link-mismatch'
  | 'sequence-gap'
  // Against a saved head: the log ends before it, the entry there differs, or the head is not ours.
  | 'head-not-reached'
  | 'head-mismatch'
  | 'head-signature'
  // The keyed chain starts after entry 1 and no keyed entry vouches for that start (adoptUnkeyedEntries).
  | 'keyed-start-unproven';

export type ChainCheck =
  | {
      readonly ok: true;
      readonly checked: number;
      /** Entries before this one predate the key (migration 0005) and are chained without it. */
      readonly keyedFrom: number;
      readonly last: { readonly seq: number; readonly hash: string } | null;
    }
  | {
      readonly ok: false;
      readonly checked: number;
      readonly firstBrokenSeq: number;
      readonly reason: ChainBreak;
    };

// The newest entry's place and hash; an empty log ends at 0 with the genesis hash.
async function chainEnd(db: Executor): Promise<{ seq: number; hash: string }> {
  const last = await db
    .selectFrom('audit_entry')
    .select(['seq', 'hash'])
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  return last === undefined ? { seq: 0, hash: GENESIS } : { seq: Number(last.seq), hash: last.hash };
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
  const chain = auditChainOf(tx);
  // Serialises appends: several Paso servers may share the database.
  await lockChainAndFigures(tx);
  const last = await chainEnd(tx);
  let seq = last.seq;
  let prevHash = last.hash;
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
    const hash = entryHash(chain.key, prevHash, entry);
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
  chain.appended(seq);
  return entries;
}

type Row = Pick<AuditEntryTable, (typeof ENTRY_COLUMNS)[number]>;

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
  // Usernames are stored in lower case (the account schema and the login fold them): so is the filter.
  const actor = filter.actor?.trim().toLowerCase();
  if (actor) query = query.where('actor_username', '=', actor);
  if (filter.action) query = query.where('action', 'like', `${filter.action.replace(/[%_\\]/g, '')}%`);
  if (filter.from) query = query.where('at', '>=', filter.from);
  if (filter.to) query = query.where('at', '<', filter.to);
  if (filter.beforeSeq !== undefined) query = query.where('seq', '<', filter.beforeSeq);
  const rows = await query.orderBy('seq', 'desc').limit(filter.limit).execute();
  return rows.map(toEntry);
}

// Where the keyed chain starts (migration 0005). Without that row, the strictest reading: from entry 1.
async function readKeyedFrom(db: Executor): Promise<number> {
  const row = await db.selectFrom('audit_chain').select('keyed_from').where('id', '=', 1).executeTakeFirst();
  return row === undefined ? 1 : Number(row.keyed_from);
}

/**
 * The action of the keyed entry that vouches for where the keyed chain starts, on a log that had
 * entries before the key existed. Moving that start on (a row anyone with write access can change)
 * would let them rewrite every entry before it without the key; only the key makes this entry, so a
 * start no such entry names is not believed.
 */
export const UNKEYED_ADOPTED = 'audit.unkeyed-adopted';

const vouchesFor = (entry: AuditEntry, keyedFrom: number): boolean =>
  entry.action === UNKEYED_ADOPTED && entry.seq >= keyedFrom && entry.detail.keyedFrom === keyedFrom;

/** Whether the log's keyed chain starts at entry 1 or a keyed entry names its start (not verified). */
export async function keyedStartVouched(db: Executor): Promise<boolean> {
  const keyedFrom = await readKeyedFrom(db);
  if (keyedFrom === 1) return true;
  const rows = await db
    .selectFrom('audit_entry')
    .select(ENTRY_COLUMNS)
    .where('action', '=', UNKEYED_ADOPTED)
    .where('seq', '>=', keyedFrom)
    .execute();
  return rows.some((r) => vouchesFor(toEntry(r), keyedFrom));
}

export type AdoptOutcome =
  | { readonly status: 'not-needed' | 'already' }
  | { readonly status: 'broken'; readonly check: ChainCheck }
  | { readonly status: 'adopted'; readonly keyedFrom: number; readonly entry: AuditEntry };

/**
 * `paso audit adopt-unkeyed`, run once by an operator after upgrading a log that had entries before
 * migration 0005: a keyed entry naming where the keyed chain starts. Refused on a log keyed from its
 * first entry (its start was never moved by an upgrade) and on a chain broken otherwise.
 */
export async function adoptUnkeyedEntries(tx: Executor, at: string): Promise<AdoptOutcome> {
  const keyedFrom = await readKeyedFrom(tx);
  if (keyedFrom === 1) return { status: 'not-needed' };
  if (await keyedStartVouched(tx)) return { status: 'already' };
  const check = await verifyAuditChain(tx);
  if (!check.ok && check.reason !== 'keyed-start-unproven') return { status: 'broken', check };
  const lastUnkeyed = await tx
    .selectFrom('audit_entry')
    .select('hash')
    .where('seq', '=', keyedFrom - 1)
    .executeTakeFirst();
  const entry = await appendAudit(tx, {
    at,
    actorId: null,
    actorUsername: 'cli',
    action: UNKEYED_ADOPTED,
    detail: { keyedFrom, unkeyedEntries: keyedFrom - 1, lastUnkeyedHash: lastUnkeyed?.hash ?? null },
  });
  return { status: 'adopted', keyedFrom, entry };
}

/** The chain's head as it stands, signed with the audit key, taken at `now`. */
export async function readAuditHead(db: Executor, now: Date): Promise<AuditHead> {
  const { key } = auditChainOf(db);
  const last = await chainEnd(db);
  const keyedFrom = await readKeyedFrom(db);
  return signHead(key, {
    seq: last.seq,
    hash: last.hash,
    at: now.toISOString(),
    keyedFrom,
  });
}

/**
 * Whether the key in hand made the newest keyed entry. Not when a key file was lost and a new one made,
 * or when a server sharing the database was given another key: every entry it chains then breaks.
 */
export async function keyMadeNewestEntry(db: Executor): Promise<boolean> {
  const { key } = auditChainOf(db);
  const row = await db
    .selectFrom('audit_entry')
    .select([...ENTRY_COLUMNS, 'prev_hash', 'hash'])
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (row === undefined || Number(row.seq) < (await readKeyedFrom(db))) return true;
  return entryHash(key, row.prev_hash, toEntry(row)) === row.hash;
}

export interface VerifyOptions {
  readonly pageSize?: number;
  /** A head saved earlier: the log must still contain its entry, with its hash. */
  readonly head?: AuditHead;
}

// Without a head, removing the newest entries leaves a shorter chain that is still whole: only a head
// kept outside the database tells the two apart.
export async function verifyAuditChain(db: Executor, options: VerifyOptions = {}): Promise<ChainCheck> {
  const { key } = auditChainOf(db);
  const { head, pageSize = 5000 } = options;
  if (head !== undefined && !isHeadGenuine(key, head)) {
    return { ok: false, checked: 0, firstBrokenSeq: head.seq, reason: 'head-signature' };
  }
  const keyedFrom = await readKeyedFrom(db);
  if (head !== undefined && head.keyedFrom !== keyedFrom) {
    const firstBrokenSeq = Math.min(head.keyedFrom, keyedFrom);
    return { ok: false, checked: 0, firstBrokenSeq, reason: 'head-mismatch' };
  }
  let prevHash = GENESIS;
  let expectedSeq = 1;
  let checked = 0;
  let vouched = keyedFrom === 1;
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
      if (entryHash(seq < keyedFrom ? null : key, prevHash, toEntry(row)) !== row.hash) {
        return { ok: false, checked, firstBrokenSeq: seq, reason: 'hash-mismatch' };
      }
      if (seq === head?.seq && row.hash !== head.hash) {
        return { ok: false, checked, firstBrokenSeq: seq, reason: 'head-mismatch' };
      }
      if (!vouched && vouchesFor(toEntry(row), keyedFrom)) vouched = true;
      prevHash = row.hash;
      expectedSeq = seq + 1;
      checked += 1;
    }
    if (rows.length < pageSize) break;
  }
  if (head !== undefined && expectedSeq <= head.seq) {
    return { ok: false, checked, firstBrokenSeq: expectedSeq, reason: 'head-not-reached' };
  }
  if (!vouched) return { ok: false, checked, firstBrokenSeq: 1, reason: 'keyed-start-unproven' };
  const last = checked === 0 ? null : { seq: expectedSeq - 1, hash: prevHash };
  return { ok: true, checked, keyedFrom, last };
}
