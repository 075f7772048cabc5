// The public side of pass signing that every checkpoint keeps: the verifying keys (a JWK Set, RFC 7517,
// with each key's service dates) and the revoked passes, under one version the booth compares.
import { z } from 'zod';
import { CODE_PATTERN } from '../shared';

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
 * Why a pass was revoked, as a code from a fixed list that a checkpoint says in its reader's language:
 * Paso revoked it itself because its holder was taken off the convoy's manifest, the convoy was
 * cancelled, the holder was marked absent at boarding when the convoy departed, left the convoy on
 * the road, a correction of the holder's crossing no longer admits them in transit
 * (`decision-changed`) or changed the name, birth date or document the pass carries
 * (`details-corrected`), or the convoy's times changed so that the pass no longer covers them
 * (`schedule-changed`); or a supervisor withdrew it by hand (`withdrawn`).
 */
export const REVOCATION_CAUSES = [
  'manifest-removed',
  'convoy-cancelled',
  'no-show',
  'left-convoy',
  'decision-changed',
  'details-corrected',
  'schedule-changed',
  'withdrawn',
] as const;
export const RevocationCause = z.enum(REVOCATION_CAUSES);
export type RevocationCause = z.infer<typeof RevocationCause>;

/**
 * A revocation as every verifier keeps it, partners' devices included: that the pass is revoked, when,
 * its cause and, for someone who left a convoy, the stop. Never the reason a supervisor or an officer
 * wrote (an enforcement ground, a hospital): that stays on the server, for those who issue passes.
 */
export const Revocation = z.object({
  id: z.uuid(),
  at: Time,
  // A keyset kept before causes existed has none, and a newer server's cause is unknown here: both
  // read as withdrawn, so the pass is still revoked instead of the whole keyset being refused. The
  // `reason` such a keyset still carries is dropped when it is read, and never shown.
  cause: RevocationCause.catch('withdrawn'),
  stop: z.string().regex(CODE_PATTERN).optional().catch(undefined),
});
export type Revocation = z.infer<typeof Revocation>;

/**
 * The reason stored for someone who left a convoy: the stop's code, then the officer's words. A stop
 * code has no colon (CODE_PATTERN), so stopOfLeftConvoy reads it back for the keyset, without the words.
 */
export const leftConvoyReason = (stop: string, words: string): string => `${stop}: ${words}`;

export function stopOfLeftConvoy(reason: string): string | undefined {
  const stop = reason.split(': ', 1)[0] ?? '';
  return reason.startsWith(`${stop}: `) && CODE_PATTERN.test(stop) ? stop : undefined;
}

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
