// The keys that sign travel passes. Private halves never leave the server and are kept sealed
// (AES-256-GCM) under a key derived from the installation's secret — the audit key, which lives outside
// the database (PASO_AUDIT_KEY or PASO_DATA_DIR/audit.key) — so a copy of the database alone cannot
// sign a pass. Rotation retires the signing key; it stays published until its last pass expires.
import {
  createCipheriv,
  createDecipheriv,
  createHash,
  createHmac,
  generateKeyPairSync,
  randomBytes,
} from 'node:crypto';
import { isPublished, type PassKey, type PrivatePassKey } from '../../domain/passes';
import { auditChainOf } from '../audit';
import type { Executor } from '../executor';
import type { PassSigningKeyTable } from '../schema';

const SEAL_VERSION = 'v1';

// A key of its own for sealing, derived from the audit chain's key with a label nothing else uses.
const sealingKey = (db: Executor): Buffer =>
  createHmac('sha256', auditChainOf(db).key.chain).update('paso pass signing keys v1').digest();

function seal(db: Executor, kid: string, d: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', sealingKey(db), iv).setAAD(Buffer.from(kid));
  const sealed = Buffer.concat([cipher.update(d, 'utf8'), cipher.final(), cipher.getAuthTag()]);
  return `${SEAL_VERSION}.${iv.toString('base64url')}.${sealed.toString('base64url')}`;
}

function unseal(db: Executor, kid: string, text: string): string {
  const [version, iv = '', body = ''] = text.split('.');
  if (version !== SEAL_VERSION) throw new Error(`the pass key ${kid} is sealed in an unknown way`);
  const bytes = Buffer.from(body, 'base64url');
  const decipher = createDecipheriv('aes-256-gcm', sealingKey(db), Buffer.from(iv, 'base64url'))
    .setAAD(Buffer.from(kid))
    .setAuthTag(bytes.subarray(bytes.length - 16));
  try {
    return Buffer.concat([
      decipher.update(bytes.subarray(0, bytes.length - 16)),
      decipher.final(),
    ]).toString();
  } catch (error) {
    throw new Error(
      `the pass key ${kid} cannot be unsealed: the audit key is not the one it was sealed with (${String(error)})`,
    );
  }
}

// RFC 7638 thumbprint of the public key, shortened: ids stay small in every pass and still differ.
const kidOf = (x: string) =>
  createHash('sha256').update(`{"crv":"Ed25519","kty":"OKP","x":"${x}"}`).digest('base64url').slice(0, 8);

async function createSigningKey(db: Executor, now: Date): Promise<PrivatePassKey> {
  const jwk = generateKeyPairSync('ed25519').privateKey.export({ format: 'jwk' });
  const x = String(jwk.x);
  const d = String(jwk.d);
  const kid = kidOf(x);
  await db
    .insertInto('pass_signing_key')
    .values({ kid, public_x: x, sealed_private: seal(db, kid, d), created_at: now.toISOString() })
    .execute();
  return { kid, x, d };
}

/** The key that signs now: the newest one not retired, made on first use. */
export async function signingKey(db: Executor, now: Date): Promise<PrivatePassKey> {
  const row = await db
    .selectFrom('pass_signing_key')
    .selectAll()
    .where('retired_at', 'is', null)
    .orderBy('created_at', 'desc')
    .executeTakeFirst();
  return row
    ? { kid: row.kid, x: row.public_x, d: unseal(db, row.kid, row.sealed_private) }
    : createSigningKey(db, now);
}

/** A key by its id, private half included (server side only), or undefined. */
export async function loadSigningKey(db: Executor, kid: string): Promise<PrivatePassKey | undefined> {
  const row = await db.selectFrom('pass_signing_key').selectAll().where('kid', '=', kid).executeTakeFirst();
  return row ? { kid: row.kid, x: row.public_x, d: unseal(db, row.kid, row.sealed_private) } : undefined;
}

/** Makes a new signing key and retires the ones signing until now. */
export async function rotateSigningKey(
  db: Executor,
  now: Date,
): Promise<{ readonly kid: string; readonly retired: readonly string[] }> {
  const retired = await db
    .updateTable('pass_signing_key')
    .set({ retired_at: now.toISOString() })
    .where('retired_at', 'is', null)
    .returning('kid')
    .execute();
  const key = await createSigningKey(db, now);
  return { kid: key.kid, retired: retired.map((r) => r.kid) };
}

/** Records that a key signed a pass valid until `until`: it stays published at least that long. */
export async function extendKeyUntil(db: Executor, kid: string, until: string): Promise<void> {
  await db
    .updateTable('pass_signing_key')
    .set({ valid_until: until })
    .where('kid', '=', kid)
    .where((eb) => eb.or([eb('valid_until', 'is', null), eb('valid_until', '<', until)]))
    .execute();
}

const publicKeyOf = (row: PassSigningKeyTable): PassKey => ({
  kty: 'OKP',
  crv: 'Ed25519',
  x: row.public_x,
  kid: row.kid,
  alg: 'EdDSA',
  use: 'sig',
  created: row.created_at,
  retired: row.retired_at,
  until: row.valid_until,
});

/** The public keys a checkpoint needs at `now`: the signing one and those with passes still valid. */
export async function publishedKeys(db: Executor, now: Date): Promise<PassKey[]> {
  const rows = await db.selectFrom('pass_signing_key').selectAll().orderBy('created_at').execute();
  return rows.map(publicKeyOf).filter((key) => isPublished(key, now.toISOString()));
}
