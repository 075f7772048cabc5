// The audit chain's cryptography: canonical JSON, entry hashes keyed with HMAC-SHA-256 (plain SHA-256
// for entries written before the key existed), the signed chain head, and the key that travels with
// the database handle so that every writer — routes, group commit, the CLI, the demo — chains with it.
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import type {
  KyselyPlugin,
  PluginTransformQueryArgs,
  PluginTransformResultArgs,
  QueryResult,
  RootOperationNode,
  UnknownRow,
} from 'kysely';
import type { Db } from '../db';
import type { Executor } from '../executor';

export const GENESIS = '0'.repeat(64);

// Canonical JSON: keys sorted at every level (by UTF-16 code units), so the same content always hashes
// the same. Built in one string without intermediate arrays: every crossing is hashed with it twice.
export function canonical(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i += 1) out += (i === 0 ? '' : ',') + canonical(value[i]);
    return `${out}]`;
  }
  const record = value as Record<string, unknown>;
  let out = '{';
  for (const key of Object.keys(record).sort()) {
    const v = record[key];
    if (v === undefined) continue;
    out += `${out.length === 1 ? '' : ','}${JSON.stringify(key)}:${canonical(v)}`;
  }
  return `${out}}`;
}

/** Two keys derived from the installation's secret: one chains entries, one signs heads. */
export interface AuditKey {
  readonly chain: Buffer;
  readonly head: Buffer;
}

export function deriveAuditKey(secret: Buffer): AuditKey {
  return {
    chain: createHmac('sha256', secret).update('paso audit chain v1').digest(),
    head: createHmac('sha256', secret).update('paso audit head v1').digest(),
  };
}

/** An entry's hash: keyed, or `null` for the unkeyed SHA-256 of entries older than the key. */
export function entryHash(key: AuditKey | null, prevHash: string, content: unknown): string {
  const hash = key === null ? createHash('sha256') : createHmac('sha256', key.chain);
  return hash.update(prevHash).update('\n').update(canonical(content)).digest('hex');
}

/**
 * Where the chain stood when it was read: the newest entry's sequence number and hash (0 and the
 * genesis hash for an empty log), when the head was taken, the first keyed entry, and a MAC over all
 * of it. Kept outside the database, it proves later that the log still reaches that entry unchanged.
 */
export interface AuditHead {
  readonly seq: number;
  readonly hash: string;
  readonly at: string;
  readonly keyedFrom: number;
  readonly mac: string;
}

type HeadFields = Omit<AuditHead, 'mac'>;

const headMac = (key: AuditKey, head: HeadFields): Buffer =>
  createHmac('sha256', key.head)
    .update(canonical({ seq: head.seq, hash: head.hash, at: head.at, keyedFrom: head.keyedFrom }))
    .digest();

export const signHead = (key: AuditKey, head: HeadFields): AuditHead => ({
  ...head,
  mac: headMac(key, head).toString('hex'),
});

export function isHeadGenuine(key: AuditKey, head: AuditHead): boolean {
  const given = Buffer.from(head.mac, 'hex');
  const expected = headMac(key, head);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

// The key rides on the Kysely instance as a plugin that leaves queries alone: transactions and
// connections made from the instance inherit their plugins, so `appendAudit(tx, …)` finds the key
// without every caller handing it down. An instance without it cannot append: it throws.
class AuditChainPlugin implements KyselyPlugin {
  readonly #listeners = new Set<(lastSeq: number) => void>();
  constructor(readonly key: AuditKey) {}
  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    return args.node;
  }
  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return args.result;
  }
  listen(listener: (lastSeq: number) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }
  /** Called with the last sequence number after each append, inside the appending transaction. */
  appended(lastSeq: number): void {
    for (const listener of this.#listeners) listener(lastSeq);
  }
}

export type AuditChain = Pick<AuditChainPlugin, 'key' | 'listen' | 'appended'>;

/** The database handle, now able to append to and verify the keyed chain. */
export function withAuditKey(db: Db, secret: Buffer): Db {
  const kysely = db.kysely.withPlugin(new AuditChainPlugin(deriveAuditKey(secret)));
  return { ...db, kysely, close: () => kysely.destroy() };
}

export function auditChainOf(db: Executor): AuditChain {
  const plugins = db.getExecutor().plugins;
  for (let i = plugins.length - 1; i >= 0; i--) {
    const plugin = plugins[i];
    if (plugin instanceof AuditChainPlugin) return plugin;
  }
  throw new Error('this database handle has no audit key (open it with withAuditKey)');
}
