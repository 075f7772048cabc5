// What a travel pass says: the JWT claims signed into it, with short names so that the QR code stays
// small (docs/decisions/0007-travel-pass-format.md), and the readable pass a checkpoint shows.
import { z } from 'zod';

// A birth date as precise as it is known: a year, a year and month, or a full date (DESIGN.md).
const BirthDate = z.string().regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/);
const Ref = z.object({ i: z.string().min(1).max(64), n: z.string().min(1).max(120) });
const Seconds = z.number().int().nonnegative();

/**
 * The claims of a pass. Registered JWT names where one exists (RFC 7519 §4.1: jti, iat, nbf, exp),
 * one or two letters otherwise: n name, b birth date, d document (k kind, n number), cv convoy and
 * co corridor (i id or code, n display name). Unknown claims are ignored, so a later format can add some.
 */
export const PassClaims = z
  .object({
    jti: z.uuid(),
    n: z.string().min(1).max(200),
    b: BirthDate.optional(),
    d: z.object({ k: z.string().min(1).max(32), n: z.string().min(1).max(64) }).optional(),
    cv: Ref,
    co: Ref,
    iat: Seconds,
    nbf: Seconds,
    exp: Seconds,
  })
  .refine((c) => c.exp > c.nbf, { message: 'a pass ends after it starts', path: ['exp'] });
export type PassClaims = z.infer<typeof PassClaims>;

/**
 * Whether a birth date (YYYY, YYYY-MM or YYYY-MM-DD) is after `today` (YYYY-MM-DD): a pass is not for
 * someone not born yet. Compared as text, a year or a month is after today only when all of it is:
 * 2026-12 is not after 2026-12-04; 2027 is.
 */
export const bornAfter = (birthDate: string, today: string): boolean => birthDate > today;

/** A place or a group named in a pass: its id or code, and the name people read. */
export interface PassRef {
  readonly id: string;
  readonly name: string;
}

/** What a pass says, in the words of the rest of Paso (times as ISO 8601 UTC). */
export interface Pass {
  readonly id: string;
  readonly kid: string;
  readonly name: string;
  readonly birthDate: string | null;
  readonly document: { readonly kind: string; readonly number: string } | null;
  readonly convoy: PassRef;
  readonly corridor: PassRef;
  readonly issuedAt: string;
  readonly validFrom: string;
  readonly validUntil: string;
}

/** The content of a pass before it is signed: what the issuer decides. */
export type PassContent = Omit<Pass, 'kid'>;

const RefShape = z.object({ id: z.string(), name: z.string() });

/** A pass's content as Paso keeps and sends it: what the store reads back and the API answers with. */
export const PassContentShape = z.object({
  id: z.string(),
  name: z.string(),
  birthDate: z.string().nullable(),
  document: z.object({ kind: z.string(), number: z.string() }).nullable(),
  convoy: RefShape,
  corridor: RefShape,
  issuedAt: z.string(),
  validFrom: z.string(),
  validUntil: z.string(),
}) satisfies z.ZodType<PassContent>;

const toSeconds = (iso: string) => Math.floor(Date.parse(iso) / 1000);
const toIso = (seconds: number) => new Date(seconds * 1000).toISOString();

export function claimsOf(content: PassContent): PassClaims {
  return {
    jti: content.id,
    n: content.name,
    ...(content.birthDate !== null && { b: content.birthDate }),
    ...(content.document !== null && { d: { k: content.document.kind, n: content.document.number } }),
    cv: { i: content.convoy.id, n: content.convoy.name },
    co: { i: content.corridor.id, n: content.corridor.name },
    iat: toSeconds(content.issuedAt),
    nbf: toSeconds(content.validFrom),
    exp: toSeconds(content.validUntil),
  };
}

export function passOf(claims: PassClaims, kid: string): Pass {
  return {
    id: claims.jti,
    kid,
    name: claims.n,
    birthDate: claims.b ?? null,
    document: claims.d ? { kind: claims.d.k, number: claims.d.n } : null,
    convoy: { id: claims.cv.i, name: claims.cv.n },
    corridor: { id: claims.co.i, name: claims.co.n },
    issuedAt: toIso(claims.iat),
    validFrom: toIso(claims.nbf),
    validUntil: toIso(claims.exp),
  };
}
