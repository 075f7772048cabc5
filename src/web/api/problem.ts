// RFC 9457 problem details as the web app sees them: parsed from an error answer, made up for failures
// that never reached the server, and turned into translated, readable messages.
import type { TFunction } from 'i18next';
import { z } from 'zod';
import type { LookAlikeStaying } from '../../domain/care';

// Lenient on purpose: an error answer from a proxy or an older server may lack any of these.
const ProblemSchema = z.object({
  type: z.string().optional(),
  title: z.string().optional(),
  status: z.number().optional(),
  detail: z.string().optional(),
  instance: z.string().optional(),
  code: z.string().optional(),
  // watchlist.invalid: where the file went wrong, the parser's code for what, and what it found.
  line: z.number().int().optional(),
  importCode: z.string().optional(),
  field: z.string().optional(),
  value: z.string().optional(),
  expected: z.number().int().optional(),
  found: z.number().int().optional(),
  // transit.manifest, transit.sequence and transit.vehicles: which rule of the convoy's log, manifest
  // or plan was broken.
  reason: z.string().optional(),
  // care.possible-duplicate: who stays at a shelter already, perhaps as the same person.
  lookAlikes: z
    .array(
      z.object({
        personId: z.string(),
        stayingId: z.string(),
        name: z.string(),
        shelterId: z.string(),
        since: z.string(),
      }),
    )
    .optional(),
  // screening.already-reviewed: what another reviewer decided meanwhile, who, and when.
  reviewed: z
    .object({ outcome: z.string(), by: z.string().nullable(), at: z.string().nullable() })
    .optional(),
  errors: z
    .array(
      z.object({
        path: z.string(),
        message: z.string(),
        code: z.string().optional(),
        // decree.overlap, decree.extension-*: the other decree the refusal concerns.
        other: z.object({ id: z.string(), number: z.string() }).optional(),
      }),
    )
    .optional(),
});

/**
 * `code`, when the server gives one, says what is wrong in a way the app can translate; `other` names
 * the other record concerned (the decree an amended decree's extension is).
 */
export type FieldError = {
  readonly path: string;
  readonly message: string;
  readonly code?: string;
  readonly other?: { readonly id: string; readonly number: string };
};

export type ApiProblem = {
  readonly type: string;
  readonly title: string;
  /** 0 when the request never got an answer. */
  readonly status: number;
  readonly detail?: string;
  readonly instance?: string;
  readonly code?: string;
  /** The line of an imported file that could not be read (watchlist.invalid). */
  readonly line?: number;
  readonly importCode?: string;
  /** watchlist.invalid: the column at fault and the value found in it, as written. */
  readonly field?: string;
  readonly value?: string;
  /** watchlist.invalid (csv.field-count): the fields each line should have, and the line's. */
  readonly expected?: number;
  readonly found?: number;
  /** The rule a transit refusal broke (manifest.over-seats, sequence.stop-order). */
  readonly reason?: string;
  /** care.possible-duplicate: people staying at a shelter whose records may be those checked in. */
  readonly lookAlikes?: readonly LookAlikeStaying[];
  /** screening.already-reviewed: the review another person made meanwhile. */
  readonly reviewed?: {
    readonly outcome: string;
    readonly by: string | null;
    readonly at: string | null;
  };
  readonly errors: readonly FieldError[];
};

/** Codes the client gives to failures that have no problem document from the server. */
export const CLIENT_CODES = {
  network: 'client.network',
  badResponse: 'client.bad-response',
} as const;

/** Known problem codes and the catalogue key that explains each to a person. */
export const PROBLEM_CODE_KEYS: Readonly<Record<string, string>> = {
  'auth.invalid-credentials': 'problem.authInvalidCredentials',
  'auth.rate-limited': 'problem.authRateLimited',
  'auth.required': 'problem.authRequired',
  'auth.csrf': 'problem.authCsrf',
  'auth.forbidden': 'problem.status403',
  'user.exists': 'problem.userExists',
  'user.weak-password': 'problem.userWeakPassword',
  'user.not-found': 'problem.userNotFound',
  'user.unknown-checkpoint': 'problem.userUnknownCheckpoint',
  'user.checkpoint-required': 'problem.userCheckpointRequired',
  'user.self-lockout': 'problem.userSelfLockout',
  'user.last-admin': 'problem.userLastAdmin',
  'checkpoint.not-found': 'problem.checkpointNotFound',
  'checkpoint.exists': 'problem.checkpointExists',
  'booth.not-found': 'problem.boothNotFound',
  'booth.exists': 'problem.boothExists',
  'care.shelter-name-taken': 'problem.shelterNameTaken',
  // An incident or a log entry resent after a lost answer, changed in between.
  'incident.conflict': 'problem.incidentConflict',
  'care.child-alone': 'problem.careChildAlone',
  'care.possible-duplicate': 'problem.carePossibleDuplicate',
  'policy.invalid': 'problem.policyInvalid',
  'policy.stale': 'problem.policyStale',
  'person.name': 'problem.personName',
  // Why the server refused one record of a batch (the booth, tally mode, an imported file).
  'event.conflict': 'problem.eventConflict',
  'event.unknown-checkpoint': 'problem.eventUnknownCheckpoint',
  'event.unknown-booth': 'problem.eventUnknownBooth',
  'event.checkpoint-not-assigned': 'problem.registrationCheckpoint',
  'correction.target-kind': 'problem.correctionTargetKind',
  'correction.field-kind': 'problem.correctionFieldKind',
  'correction.checkpoint': 'problem.correctionCheckpoint',
  'correction.held': 'problem.correctionHeld',
  'correction.before-hold': 'problem.correctionBeforeHold',
  'correction.unreviewed-hit': 'problem.correctionUnreviewedHit',
  'correction.note-required': 'problem.correctionNoteRequired',
  'group.companion-younger': 'problem.groupCompanionYounger',
  'registration.checkpoint': 'problem.registrationCheckpoint',
  'registration.unknown-place': 'problem.registrationUnknownPlace',
  'registration.conflict': 'problem.registrationConflict',
  'watchlist.invalid': 'problem.watchlistInvalid',
  'watchlist.not-found': 'problem.watchlistNotFound',
  'screening.not-found': 'problem.screeningNotFound',
  'screening.already-reviewed': 'problem.screeningAlreadyReviewed',
  'duplicate.not-found': 'problem.duplicateNotFound',
  'duplicate.invalid-transition': 'problem.duplicateInvalidTransition',
  'duplicate.two-convoys': 'problem.duplicateTwoConvoys',
  'duplicate.same-convoy': 'problem.duplicateSameConvoy',
  'pass.unknown-convoy': 'problem.passUnknownConvoy',
  'pass.convoy-ended': 'problem.passConvoyEnded',
  'pass.other-corridor': 'problem.passOtherCorridor',
  'pass.ends-before-departure': 'problem.passEndsBeforeDeparture',
  'transit.not-changeable': 'problem.transitNotChangeable',
  'transit.vehicles': 'problem.transitVehicles',
  'request.not-found': 'problem.status404',
  'request.too-large': 'problem.requestTooLarge',
  'server.not-ready': 'problem.status503',
  'server.error': 'problem.status500',
  validation: 'problem.validation',
  [CLIENT_CODES.network]: 'problem.network',
  [CLIENT_CODES.badResponse]: 'problem.badResponse',
};

/** Messages by status, for problems whose code we do not know and that carry no detail. */
export const PROBLEM_STATUS_KEYS: Readonly<Record<number, string>> = {
  400: 'problem.status400',
  401: 'problem.authRequired',
  403: 'problem.status403',
  404: 'problem.status404',
  409: 'problem.status409',
  429: 'problem.authRateLimited',
  500: 'problem.status500',
  503: 'problem.status503',
};

export function clientProblem(code: string, status = 0): ApiProblem {
  return { type: 'about:blank', title: code, status, code, errors: [] };
}

/**
 * Whether a request never reached a Paso server that could answer it: no answer at all (no network,
 * connection refused), or a proxy's 502, 503 or 504 in front of a server that is down.
 */
export function isUnreachable(problem: ApiProblem): boolean {
  return problem.code === CLIENT_CODES.network || [502, 503, 504].includes(problem.status);
}

/**
 * Reads an error answer's body. Anything that is not a problem document (a proxy's HTML page, an
 * empty body) still becomes a problem with the answer's status, so callers handle one shape.
 */
export function toProblem(status: number, body: unknown): ApiProblem {
  const parsed = ProblemSchema.safeParse(body);
  if (!parsed.success) return { type: 'about:blank', title: '', status, errors: [] };
  const p = parsed.data;
  return {
    type: p.type ?? 'about:blank',
    title: p.title ?? '',
    status: p.status ?? status,
    ...(p.detail === undefined ? {} : { detail: p.detail }),
    ...(p.instance === undefined ? {} : { instance: p.instance }),
    ...(p.code === undefined ? {} : { code: p.code }),
    ...(p.line === undefined ? {} : { line: p.line }),
    ...(p.importCode === undefined ? {} : { importCode: p.importCode }),
    ...(p.field === undefined ? {} : { field: p.field }),
    ...(p.value === undefined ? {} : { value: p.value }),
    ...(p.expected === undefined ? {} : { expected: p.expected }),
    ...(p.found === undefined ? {} : { found: p.found }),
    ...(p.reason === undefined ? {} : { reason: p.reason }),
    ...(p.lookAlikes === undefined ? {} : { lookAlikes: p.lookAlikes }),
    ...(p.reviewed === undefined ? {} : { reviewed: p.reviewed }),
    errors: p.errors ?? [],
  };
}

/**
 * The sentence to show for a problem: the translation of its code when we know it, else the server's
 * detail, else a sentence for its status, else a generic one.
 */
export function describeProblem(problem: ApiProblem, t: TFunction): string {
  const codeKey = problem.code === undefined ? undefined : PROBLEM_CODE_KEYS[problem.code];
  if (codeKey !== undefined) return t(codeKey);
  if (problem.detail !== undefined && problem.detail.trim() !== '') return problem.detail;
  const statusKey = PROBLEM_STATUS_KEYS[problem.status];
  if (statusKey !== undefined) return t(statusKey);
  if (problem.status >= 500) return t('problem.status500');
  if (problem.title.trim() !== '') return problem.title;
  return t('problem.unknown');
}

/**
 * Validation messages by form field. A path may come as a JSON pointer ('/body/username'), a dotted
 * path ('body.username') or a bare name; the field is its last segment. Index segments of arrays
 * ('checkpointIds/0') are folded into the array's field.
 */
export function fieldErrors(problem: ApiProblem): Readonly<Record<string, string>> {
  const byField: Record<string, string> = {};
  for (const error of problem.errors) {
    const segments = error.path.split(/[/.[\]]+/).filter((s) => s !== '' && !/^\d+$/.test(s));
    const field = segments.at(-1) ?? '';
    if (field === '' || byField[field] !== undefined) continue;
    byField[field] = error.message;
  }
  return byField;
}
