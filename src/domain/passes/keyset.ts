// The public side of pass signing that every checkpoint keeps: the verifying keys (a JWK Set, RFC 7517,
// with each key's service dates) and the revoked passes, under one version the booth compares.
import { z } from 'zod';

const Time = z.iso.datetime({ offset: false });

/**
 * An Ed25519 public key as a JWK (RFC 8037), with when it began signing (`created`), when it stopped
 * (`retired`, null while it signs) and until when passes it signed may still be shown (`until`: the
 * latest expiry among them, null if it signed none). Tools that know only JWKs ignore the extra members.
 */
export const PassKey = z.object({
  kty: z.literal('OKP'),
  crv: z.literal('Ed25519'),
  x: z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'a base64url Ed25519 public key'),
  kid: z.string().min(1).max(64),
  alg: z.literal('EdDSA'),
  use: z.literal('sig'),
  created: Time,
  retired: Time.nullable(),
  until: Time.nullable(),
});
export type PassKey = z.infer<typeof PassKey>;

/**
 * Why Paso revoked a pass by itself, for a checkpoint to say in its reader's language: its holder was
 * taken off the convoy's manifest, the convoy was cancelled, the holder was marked absent at boarding
 * when the convoy departed, or left the convoy on the road. A revocation written by hand has none.
 */
export const REVOCATION_CAUSES = ['manifest-removed', 'convoy-cancelled', 'no-show', 'left-convoy'] as const;
export const RevocationCause = z.enum(REVOCATION_CAUSES);
export type RevocationCause = z.infer<typeof RevocationCause>;

export const Revocation = z.object({
  id: z.uuid(),
  reason: z.string().min(1).max(500),
  at: Time,
  // Optional: a keyset kept by a device before causes existed still reads. A cause this version does
  // not know (a newer server's) is read as none: the device shows the reason as written, and the
  // pass is still revoked, instead of refusing the whole keyset and every revocation in it.
  cause: RevocationCause.optional().catch(undefined),
});
export type Revocation = z.infer<typeof Revocation>;

export const PassKeyset = z.object({
  /** Changes whenever a key or a revocation does (the server's ETag). */
  version: z.string().min(1).max(128),
  keys: z.array(PassKey),
  revoked: z.array(Revocation),
});
export type PassKeyset = z.infer<typeof PassKeyset>;

/**
 * The rotation rule. A key signs from `created` until `retired`; a pass it signed afterwards was not
 * made by Paso (a leaked old key), and once `until` has passed every genuine pass it signed has expired.
 * Either way the key is retired for that pass.
 */
export function isRetiredFor(key: PassKey, issuedAt: string, now: string): boolean {
  if (key.retired !== null && issuedAt > key.retired) return true;
  return key.retired !== null && (key.until === null || now > key.until);
}

/** Whether a key belongs in the published keyset at `now`: signing, or with passes still to expire. */
export function isPublished(key: Pick<PassKey, 'retired' | 'until'>, now: string): boolean {
  return key.retired === null || (key.until !== null && key.until >= now);
}
