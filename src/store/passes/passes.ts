// Issuing and revoking travel passes, and the keyset checkpoints download: one row per pass with the
// text its QR code holds, revocations beside it. Issuing is idempotent by the pass id.
import { createHash } from 'node:crypto';
import {
  bornAfter,
  claimsOf,
  type Pass,
  PassClaims,
  type PassContent,
  PassContentShape,
  type PassKeyset,
  type PassRef,
  RevocationCause,
  signPass,
  stopOfLeftConvoy,
} from '../../domain/passes';
import { err, ok, type Result } from '../../domain/shared';
import { canonical } from '../audit';
import type { Executor } from '../executor';
import { insertOnce } from '../insert-once';
import { readStoredJson } from '../stored-json';
import { extendKeyUntil, publishedKeys, signingKey } from './keys';

/** What the issuer decides for one passenger; convoy and corridor are plain values of the transit area. */
export interface PassInput {
  /** A UUID made where the pass is first asked for: asking again with it returns the same pass. */
  readonly id: string;
  readonly personId?: string | null;
  readonly name: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD, as precise as known. */
  readonly birthDate?: string | null;
  readonly document?: { readonly kind: string; readonly number: string } | null;
  readonly convoy: PassRef;
  readonly corridor: PassRef;
  /** ISO 8601 UTC; whole seconds are kept (the pass counts in seconds). */
  readonly validFrom: string;
  readonly validUntil: string;
}

export interface IssuedPass {
  readonly pass: Pass;
  /** The compact JWS: what the QR code holds and what a checkpoint verifies. */
  readonly text: string;
  /** False when a pass with this id had been issued already (it is returned as it was). */
  readonly created: boolean;
  readonly revoked: PassRevocation | null;
}

/**
 * Why and when a pass was revoked: the cause every verifier is told, and the reason as written, which
 * only those who issue passes read (it may name an enforcement ground or someone's health).
 */
export interface PassRevocation {
  readonly reason: string;
  readonly at: string;
  readonly cause: RevocationCause;
}

/** What the audit log records of a pass issued, whether a request or `paso passes issue` issued it. */
export const passIssueDetail = (pass: Pass) => ({
  kid: pass.kid,
  convoy: pass.convoy.id,
  corridor: pass.corridor.id,
  validFrom: pass.validFrom,
  validUntil: pass.validUntil,
});

/** A value a pass cannot carry; `field` names it when it is one field (birthDate). */
export type PassIssueError = {
  readonly code: 'pass.invalid';
  readonly detail: string;
  readonly field?: string;
  readonly message?: string;
};

const wholeSeconds = (iso: string) => new Date(Math.floor(Date.parse(iso) / 1000) * 1000).toISOString();

/**
 * Signs and records a pass with the current key, inside the caller's transaction. The pass's content
 * is checked against the claims' schema first: an unusable value is an error, never a signed pass.
 */
export async function issuePass(
  db: Executor,
  input: PassInput,
  by: { readonly now: Date; readonly userId: string | null },
): Promise<Result<IssuedPass, PassIssueError>> {
  const existing = await findPass(db, input.id);
  if (existing) return ok({ ...existing, created: false });
  if (input.birthDate != null && bornAfter(input.birthDate, by.now.toISOString().slice(0, 10))) {
    const message = 'a birth date after today';
    return err({ code: 'pass.invalid', detail: `birthDate: ${message}`, field: 'birthDate', message });
  }
  const content: PassContent = {
    id: input.id,
    name: input.name,
    birthDate: input.birthDate ?? null,
    document: input.document ?? null,
    convoy: input.convoy,
    corridor: input.corridor,
    issuedAt: wholeSeconds(by.now.toISOString()),
    validFrom: wholeSeconds(input.validFrom),
    validUntil: wholeSeconds(input.validUntil),
  };
  const checked = PassClaims.safeParse(claimsOf(content));
  if (!checked.success) {
    const detail = checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    return err({ code: 'pass.invalid', detail });
  }
  const key = await signingKey(db, by.now);
  const text = await signPass(content, key);
  await db
    .insertInto('travel_pass')
    .values({
      id: content.id,
      kid: key.kid,
      person_id: input.personId ?? null,
      name: content.name,
      convoy_id: content.convoy.id,
      corridor_id: content.corridor.id,
      valid_from: content.validFrom,
      valid_until: content.validUntil,
      issued_at: content.issuedAt,
      issued_by: by.userId,
      content: JSON.stringify(content),
      pass_text: text,
    })
    .execute();
  await extendKeyUntil(db, key.kid, content.validUntil);
  return ok({ pass: { ...content, kid: key.kid }, text, created: true, revoked: null });
}

export async function findPass(db: Executor, id: string): Promise<Omit<IssuedPass, 'created'> | undefined> {
  const row = await db
    .selectFrom('travel_pass')
    .leftJoin('pass_revocation', 'pass_revocation.pass_id', 'travel_pass.id')
    .select(['travel_pass.id', 'kid', 'content', 'pass_text', 'reason', 'revoked_at', 'cause'])
    .where('travel_pass.id', '=', id)
    .executeTakeFirst();
  if (!row) return undefined;
  const content = readStoredJson(row.content, PassContentShape, {
    table: 'travel_pass',
    column: 'content',
    key: row.id,
  });
  return {
    pass: { ...content, kid: row.kid },
    text: row.pass_text,
    revoked:
      row.reason !== null && row.revoked_at !== null
        ? { reason: row.reason, at: row.revoked_at, cause: causeOf(row.cause) }
        : null,
  };
}

// Stored without a cause (written by hand before `withdrawn` existed), or with one a later version
// wrote: either reads as withdrawn, and the pass stays revoked.
const causeOf = (stored: string | null): RevocationCause => {
  const parsed = RevocationCause.safeParse(stored);
  return parsed.success ? parsed.data : 'withdrawn';
};

export interface RevocationInput {
  readonly reason: string;
  readonly at: Date;
  readonly userId: string | null;
  readonly cause: RevocationCause;
}

/** Revokes a pass; revoking it again changes nothing and says so. */
export async function revokePass(
  db: Executor,
  id: string,
  revocation: RevocationInput,
): Promise<'revoked' | 'already-revoked' | 'not-found'> {
  const pass = await db.selectFrom('travel_pass').select('id').where('id', '=', id).executeTakeFirst();
  if (!pass) return 'not-found';
  const inserted = await insertOnce(db, 'pass_revocation', 'pass_id', {
    pass_id: id,
    reason: revocation.reason,
    revoked_at: revocation.at.toISOString(),
    revoked_by: revocation.userId,
    cause: revocation.cause,
  });
  return inserted ? 'revoked' : 'already-revoked';
}

/**
 * Revokes the passes issued for a convoy (all of them, or those of the people named) that are not
 * revoked yet, and answers the ids of those it revoked: a pass must not outlive its seat.
 */
export async function revokeConvoyPasses(
  db: Executor,
  convoyId: string,
  people: readonly string[] | 'everyone',
  revocation: RevocationInput,
): Promise<string[]> {
  if (people !== 'everyone' && people.length === 0) return [];
  let query = db
    .selectFrom('travel_pass')
    .leftJoin('pass_revocation', 'pass_revocation.pass_id', 'travel_pass.id')
    .select('travel_pass.id')
    .where('travel_pass.convoy_id', '=', convoyId)
    .where('pass_revocation.pass_id', 'is', null);
  if (people !== 'everyone') query = query.where('travel_pass.person_id', 'in', people);
  const passes = await query.orderBy('travel_pass.id').execute();
  const revoked: string[] = [];
  for (const { id } of passes) {
    if ((await revokePass(db, id, revocation)) === 'revoked') revoked.push(id);
  }
  return revoked;
}

/**
 * The passes issued for a convoy that are not revoked, with what each says: those of this person, or
 * all of them (a pass issued by hand may name nobody's record).
 */
export async function unrevokedPassesOf(
  db: Executor,
  convoyId: string,
  personId: string | 'everyone',
): Promise<PassContent[]> {
  let query = db
    .selectFrom('travel_pass')
    .leftJoin('pass_revocation', 'pass_revocation.pass_id', 'travel_pass.id')
    .select(['travel_pass.id', 'content'])
    .where('travel_pass.convoy_id', '=', convoyId)
    .where('pass_revocation.pass_id', 'is', null);
  if (personId !== 'everyone') query = query.where('travel_pass.person_id', '=', personId);
  const rows = await query.orderBy('travel_pass.id').execute();
  return rows.map((r) =>
    readStoredJson(r.content, PassContentShape, { table: 'travel_pass', column: 'content', key: r.id }),
  );
}

/**
 * What a checkpoint keeps to verify offline: the published keys and the revocations of passes not yet
 * expired, with a version that is the digest of both (the same content always has the same version).
 * Every verifier downloads it, humanitarian partners included, so a revocation carries its cause and,
 * for someone who left a convoy, the stop, but never the reason as written.
 */
export async function readKeyset(db: Executor, now: Date): Promise<PassKeyset> {
  const keys = await publishedKeys(db, now);
  const rows = await db
    .selectFrom('pass_revocation')
    .innerJoin('travel_pass', 'travel_pass.id', 'pass_revocation.pass_id')
    .select(['pass_id', 'reason', 'revoked_at', 'cause'])
    .where('travel_pass.valid_until', '>', now.toISOString())
    .orderBy('revoked_at')
    .orderBy('pass_id')
    .execute();
  const revoked = rows.map((r) => {
    const cause = causeOf(r.cause);
    const stop = cause === 'left-convoy' ? stopOfLeftConvoy(r.reason) : undefined;
    return { id: r.pass_id, at: r.revoked_at, cause, ...(stop !== undefined && { stop }) };
  });
  const version = createHash('sha256').update(canonical({ keys, revoked })).digest('base64url').slice(0, 22);
  return { version, keys, revoked };
}
