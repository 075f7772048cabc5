// Checks a pass as a checkpoint does, with no network: the signature against the keys it keeps, the
// rotation rule, the revocation list and the validity window. Every failure has its own reason.
import { compactVerify, decodeProtectedHeader, importJWK } from 'jose';
import { type Pass, PassClaims, passOf } from './claims';
import { isRetiredFor, type PassKey, type PassKeyset, type Revocation, type RevocationCause } from './keyset';

export type RejectReason =
  | { readonly code: 'malformed' }
  | { readonly code: 'unknown-key'; readonly kid: string }
  | { readonly code: 'altered' }
  | { readonly code: 'retired-key'; readonly kid: string; readonly retiredAt: string | null }
  | {
      readonly code: 'revoked';
      readonly pass: Pass;
      readonly at: string;
      readonly cause: RevocationCause;
      readonly stop?: string;
    }
  | { readonly code: 'not-yet-valid'; readonly pass: Pass }
  | { readonly code: 'expired'; readonly pass: Pass };

export type Verification =
  | { readonly valid: true; readonly pass: Pass }
  | { readonly valid: false; readonly reason: RejectReason };

// Three base64url parts; anything longer than a QR code can hold is not a pass.
const COMPACT = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;
const MAX_LENGTH = 4096;

const reject = (reason: RejectReason): Verification => ({ valid: false, reason });

// No character of a compact JWS is a space, a line break or an invisible format character, so these
// are dropped wherever they are: a pass text pasted from a message, a PDF or a terminal comes wrapped
// or with a zero-width space, and the signature still decides whether what is left is the pass.
const NOT_PASS_TEXT = /[\s\u00ad\u200b-\u200d\u2060\ufeff]/g;

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/**
 * Whether a base64url part is the one encoding of its bytes: its last character's unused low bits
 * are zero (RFC 4648 §3.5). Decoders ignore those bits, so without this check a pass with its last
 * character changed (w for x, say) would still verify although its text is not the one Paso printed.
 */
export function isCanonicalBase64url(part: string): boolean {
  const last = BASE64URL.indexOf(part.at(-1) ?? '');
  switch (part.length % 4) {
    case 0:
      return true;
    case 2:
      return last % 16 === 0;
    case 3:
      return last % 4 === 0;
    default:
      return false;
  }
}

/** The keyset's keys made ready once for many verifications (importing a key costs as much as a check). */
export type KeyRing = ReadonlyMap<string, { readonly key: PassKey; readonly imported: Promise<CryptoKey> }>;

export function keyRingOf(keyset: Pick<PassKeyset, 'keys'>): KeyRing {
  return new Map(
    keyset.keys.map((key) => [
      key.kid,
      {
        key,
        imported: importJWK({ kty: key.kty, crv: key.crv, x: key.x }, 'EdDSA').then((k) => {
          if (k instanceof Uint8Array) throw new Error('an Ed25519 JWK imported as a secret');
          return k;
        }),
      },
    ]),
  );
}

function headerOf(text: string): { kid: string } | null {
  try {
    const header = decodeProtectedHeader(text);
    return header.alg === 'EdDSA' && typeof header.kid === 'string' ? { kid: header.kid } : null;
  } catch {
    return null; // not base64url JSON: a torn or foreign text, reported as malformed
  }
}

/**
 * Verifies one pass text. `now` is an ISO 8601 UTC time; `keys` from keyRingOf(keyset) and `revoked`
 * from the same keyset. Never throws: whatever was scanned gets an answer.
 */
export async function verifyPass(
  passText: string,
  keys: KeyRing,
  revoked: ReadonlyMap<string, RevocationEntry>,
  now: string,
): Promise<Verification> {
  const text = passText.replace(NOT_PASS_TEXT, '');
  if (text.length > MAX_LENGTH || !COMPACT.test(text)) return reject({ code: 'malformed' });
  const header = headerOf(text);
  if (header === null) return reject({ code: 'malformed' });
  const entry = keys.get(header.kid);
  if (entry === undefined) return reject({ code: 'unknown-key', kid: header.kid });
  if (!text.split('.').every(isCanonicalBase64url)) return reject({ code: 'altered' });

  let payload: Uint8Array;
  try {
    payload = (await compactVerify(text, await entry.imported, { algorithms: ['EdDSA'] })).payload;
  } catch {
    return reject({ code: 'altered' }); // jose refuses only on a signature (or encoding) that does not hold
  }
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(payload));
  } catch {
    return reject({ code: 'malformed' });
  }
  const claims = PassClaims.safeParse(json);
  if (!claims.success) return reject({ code: 'malformed' });
  const pass = passOf(claims.data, header.kid);

  if (isRetiredFor(entry.key, pass.issuedAt, now)) {
    // A pass the key signed while it signed, valid no later than the key's passes all expire, checked
    // after that: a genuine pass that has expired, not one "signed with a retired key".
    const { retired, until } = entry.key;
    const genuine =
      retired !== null && pass.issuedAt <= retired && until !== null && pass.validUntil <= until;
    if (genuine && now >= pass.validUntil) return reject({ code: 'expired', pass });
    return reject({ code: 'retired-key', kid: header.kid, retiredAt: entry.key.retired });
  }
  const revocation = revoked.get(pass.id);
  if (revocation !== undefined) return reject({ code: 'revoked', pass, ...revocation });
  if (now < pass.validFrom) return reject({ code: 'not-yet-valid', pass });
  if (now >= pass.validUntil) return reject({ code: 'expired', pass });
  return { valid: true, pass };
}

/** What a checkpoint knows of one revoked pass. */
export type RevocationEntry = Readonly<Omit<Revocation, 'id'>>;

/** The revocation list of a keyset, by pass id. */
export function revokedOf(keyset: Pick<PassKeyset, 'revoked'>): ReadonlyMap<string, RevocationEntry> {
  return new Map(
    keyset.revoked.map((r) => [
      r.id,
      { at: r.at, cause: r.cause, ...(r.stop !== undefined && { stop: r.stop }) },
    ]),
  );
}
