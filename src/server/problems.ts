// One catalogue of the problems the API answers with (RFC 9457 problem details), the schema of what
// is sent, and the handlers that map every failure onto it. Nothing else writes an error response.
import type { FastifyBaseLogger, FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, serializerCompiler } from 'fastify-type-provider-zod';
import { z } from 'zod';

export const PROBLEMS = {
  validation: { status: 400, title: 'The request is not valid' },
  'request.malformed-json': { status: 400, title: 'The request body is not valid JSON' },
  'request.too-large': { status: 413, title: 'The request body is too large' },
  'request.unsupported-media-type': { status: 415, title: 'The request body has an unsupported media type' },
  'request.not-found': { status: 404, title: 'There is nothing at this address' },
  'request.method-not-allowed': { status: 405, title: 'This method is not allowed here' },
  'auth.required': { status: 401, title: 'Log in to continue' },
  'auth.invalid-credentials': { status: 401, title: 'Wrong username or password' },
  'auth.rate-limited': { status: 429, title: 'Too many attempts; wait before trying again' },
  'auth.csrf': { status: 403, title: 'The request is missing its CSRF token' },
  'auth.forbidden': { status: 403, title: 'Your role may not do this' },
  'user.not-found': { status: 404, title: 'No such user' },
  'user.exists': { status: 409, title: 'That username is taken' },
  'user.weak-password': { status: 400, title: 'The password is too short' },
  'user.unknown-checkpoint': { status: 400, title: 'A checkpoint given does not exist' },
  'user.checkpoint-required': { status: 400, title: 'An officer needs at least one checkpoint' },
  'user.self-lockout': { status: 409, title: 'You cannot remove your own administrator access' },
  'user.last-admin': {
    status: 409,
    title: 'The only enabled administrator cannot be disabled or given another role',
  },
  'checkpoint.not-found': { status: 404, title: 'No checkpoint has this code' },
  'checkpoint.exists': { status: 409, title: 'Another checkpoint has this code' },
  'booth.not-found': { status: 404, title: 'The checkpoint has no booth with this code' },
  'booth.exists': { status: 409, title: 'The checkpoint already has a booth with this code' },
  'policy.invalid': { status: 400, title: 'The document policy has problems' },
  'policy.stale': { status: 409, title: 'A newer document policy version was saved meanwhile' },
  'person.name': { status: 400, title: 'The name cannot be used' },
  'registration.checkpoint': { status: 403, title: 'You do not work at this checkpoint' },
  'registration.unknown-place': { status: 400, title: 'The checkpoint or booth does not exist' },
  'registration.conflict': { status: 409, title: 'A different registration was already made with this id' },
  'watchlist.invalid': { status: 400, title: 'The watchlist file cannot be read' },
  'watchlist.not-found': { status: 404, title: 'No such watchlist' },
  'screening.not-found': { status: 404, title: 'No such screening hit' },
  'screening.already-reviewed': { status: 409, title: 'This hit was already reviewed' },
  'duplicate.not-found': { status: 404, title: 'No such duplicate link' },
  'duplicate.invalid-transition': {
    status: 409,
    title: 'This review does not apply to the link in its state',
  },
  'duplicate.two-convoys': {
    status: 409,
    title: 'The two records ride two convoys: one person cannot hold both seats',
  },
  'duplicate.same-convoy': {
    status: 409,
    title: 'The two records hold two seats on one convoy: one person cannot hold both',
  },
  'decree.invalid': { status: 400, title: 'The decree has problems' },
  'decree.overlap': { status: 409, title: 'Another decree covers the same zone on the same days' },
  'decree.not-found': { status: 404, title: 'No such decree' },
  'decree.exists': { status: 409, title: 'A different decree was already recorded with this id' },
  'decree.stale': { status: 409, title: 'The decree was amended meanwhile' },
  'transit.not-found': { status: 404, title: 'No such corridor or convoy' },
  'transit.invalid': { status: 400, title: 'The corridor or convoy cannot be made as given' },
  'transit.conflict': { status: 409, title: 'This id or code is already used for something else' },
  'transit.manifest': { status: 409, title: 'The manifest cannot be accepted' },
  'transit.sequence': { status: 409, title: "The event does not fit the convoy's log" },
  'transit.not-changeable': {
    status: 409,
    title: 'The convoy has departed, arrived or was cancelled: its times and vehicles no longer change',
  },
  'transit.vehicles': { status: 409, title: "The vehicles cannot carry the convoy's manifest as changed" },
  'pass.unknown-convoy': { status: 400, title: 'No convoy has this id or code' },
  'pass.convoy-ended': { status: 409, title: 'The convoy arrived or was cancelled: it takes no passenger' },
  'pass.other-corridor': { status: 400, title: 'The convoy travels another corridor' },
  'pass.ends-before-departure': { status: 400, title: 'The pass ends before its convoy leaves' },
  'care.unknown-shelter': { status: 400, title: 'No shelter has this id' },
  'care.unknown-person': { status: 400, title: 'No registered person has this id' },
  'care.unknown-place': { status: 400, title: 'No shelter or checkpoint has this id' },
  'care.unknown-request': { status: 400, title: 'No supply request has this id' },
  'care.no-consent': { status: 409, title: 'The person did not consent to humanitarian care' },
  'care.already-in-shelter': { status: 409, title: 'The person is already staying at a shelter' },
  'care.not-checked-in': { status: 409, title: 'The person is not checked in at any shelter' },
  'care.possible-duplicate': {
    status: 409,
    title: 'Someone staying at a shelter may be the same person under another record',
  },
  'care.family-split': { status: 409, title: 'The family would be split' },
  'care.child-alone': {
    status: 409,
    title: "A child travelling alone goes to children's beds, or elsewhere with a reason",
  },
  'care.over-capacity': { status: 409, title: 'Not enough free beds of this kind' },
  'care.beds-below-occupancy': { status: 409, title: 'Fewer beds than people staying in them' },
  'care.stock-negative': { status: 409, title: 'Not enough stock for this movement' },
  'care.request-transition': { status: 409, title: 'The request cannot move to this status' },
  'care.conflict': { status: 409, title: 'This id was already used for something else' },
  'care.shelter-name-taken': { status: 409, title: 'Another shelter has this name' },
  'incident.conflict': {
    status: 409,
    title: 'This id was already used for another incident or another entry of a log',
  },
  'server.not-ready': { status: 503, title: 'The server is not ready' },
  'server.error': { status: 500, title: 'Internal server error' },
} as const satisfies Record<string, { status: number; title: string }>;

export type ProblemCode = keyof typeof PROBLEMS;
export const PROBLEM_CODES = Object.keys(PROBLEMS) as [ProblemCode, ...ProblemCode[]];

export const problemType = (code: ProblemCode): string => `https://paso.example/problems/${code}`;

export interface FieldError {
  readonly path: string;
  readonly message: string;
}

const FieldErrorSchema = z.looseObject({
  path: z.string().describe('Where: body.person.surname1, querystring.limit, a policy rule path.'),
  message: z.string(),
  code: z.string().optional().describe("A stable code for the field's fault, where there is one."),
});

/** What sendProblem sends: RFC 9457's members, Paso's stable code, and the extras some codes carry. */
export const ProblemSchema = z
  .looseObject({
    type: z.string().meta({ format: 'uri', description: 'https://paso.example/problems/<code>' }),
    title: z.string().describe("The code's title in the catalogue, the same for every occurrence."),
    status: z.number().int().min(400).max(599).describe('The HTTP status, repeated.'),
    detail: z.string().describe('What was wrong with this request, in English.'),
    instance: z.string().describe('The path (and query) of the request refused.'),
    code: z.enum(PROBLEM_CODES).describe('A stable code: the web app has a sentence for each.'),
    errors: z
      .array(FieldErrorSchema)
      .optional()
      .describe('validation and policy.invalid: every field found wrong.'),
    retryAfter: z
      .number()
      .int()
      .optional()
      .describe('auth.rate-limited: seconds to wait, as in the Retry-After header.'),
    currentVersion: z.number().int().optional().describe('policy.stale: the version in force now.'),
    line: z.number().int().optional().describe('watchlist.invalid: the line that does not read.'),
    importCode: z.string().optional().describe("watchlist.invalid: the reader's code for the fault."),
    field: z
      .string()
      .optional()
      .describe('watchlist.invalid: the column at fault (birth_date, sex, watch_id), or the one missing.'),
    value: z.string().optional().describe('watchlist.invalid: the value found in that column, as written.'),
    expected: z
      .number()
      .int()
      .optional()
      .describe("watchlist.invalid (csv.field-count): how many fields the header has, so each line's."),
    found: z
      .number()
      .int()
      .optional()
      .describe('watchlist.invalid (csv.field-count): how many fields the line has.'),
    nameCode: z.string().optional().describe('person.name: why the name cannot be compared.'),
    reason: z
      .string()
      .optional()
      .describe('transit.manifest, transit.sequence and transit.vehicles: which rule refused it.'),
    ids: z
      .array(z.string())
      .optional()
      .describe('Care refusals: the people, items or bed kinds the refusal is about.'),
    convoys: z
      .array(z.string())
      .optional()
      .describe(
        'duplicate.two-convoys: the codes of the convoys the two records ride; duplicate.same-convoy: the code of the convoy both ride.',
      ),
    lookAlikes: z
      .array(
        z.object({
          personId: z.string().describe('The person being checked in.'),
          stayingId: z.string().describe('The person staying at a shelter, perhaps the same person.'),
          name: z.string(),
          shelterId: z.string(),
          since: z.string().describe('When they were checked in (UTC).'),
        }),
      )
      .optional()
      .describe('care.possible-duplicate: who stays at a shelter already, under a record that looks alike.'),
  })
  .describe('RFC 9457 problem details, sent as application/problem+json.');

type SerializerCompiler = typeof serializerCompiler;

/**
 * zod's serializer checks every reply against its schema, problems too; a problem that does not fit
 * is logged and still sent as it is, so that a refusal never turns into a 500 over its own schema.
 */
export function problemTolerantSerializer(log: FastifyBaseLogger): SerializerCompiler {
  return (route) => {
    const serialize = serializerCompiler(route);
    if (route.schema !== ProblemSchema) return serialize;
    return (data) => {
      try {
        return serialize(data);
      } catch (error) {
        log.error({ err: error, url: route.url }, 'a problem answer does not fit ProblemSchema');
        return JSON.stringify(data);
      }
    };
  };
}

// Thrown by routes for an expected refusal; the handler below turns it into a problem document.
export class Problem extends Error {
  constructor(
    readonly code: ProblemCode,
    readonly detail?: string,
    readonly extra?: Readonly<Record<string, unknown>>,
  ) {
    super(detail ?? PROBLEMS[code].title);
  }
}

export function sendProblem(
  reply: FastifyReply,
  request: FastifyRequest,
  code: ProblemCode,
  detail?: string,
  extra?: Readonly<Record<string, unknown>>,
): FastifyReply {
  const { status, title } = PROBLEMS[code];
  return reply
    .code(status)
    .type('application/problem+json')
    .send({
      type: problemType(code),
      title,
      status,
      detail: detail ?? title,
      instance: request.url,
      code,
      ...extra,
    });
}

// Fastify's own errors for bad requests, by their stable codes (fastify lib/errors.js).
const FASTIFY_CODES: Readonly<Record<string, ProblemCode>> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'request.malformed-json',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'request.malformed-json',
  FST_ERR_CTP_BODY_TOO_LARGE: 'request.too-large',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'request.unsupported-media-type',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'validation',
  FST_ERR_VALIDATION: 'validation',
};

function fieldErrors(error: FastifyError): FieldError[] {
  if (!hasZodFastifySchemaValidationErrors(error)) return [];
  const where = error.validationContext ?? 'body';
  return error.validation.map((issue) => ({
    path: [
      where,
      ...String(issue.instancePath ?? '')
        .split('/')
        .filter(Boolean),
    ].join('.'),
    message: issue.message ?? 'invalid',
  }));
}

export interface ProblemHandlerOptions {
  /** The methods a path has routes for, empty when it has none (404 then, not 405). */
  readonly allowedMethods: (path: string) => readonly string[];
}

const NO_ROUTES: ProblemHandlerOptions = { allowedMethods: () => [] };

export function installProblemHandlers(app: FastifyInstance, options = NO_ROUTES): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof Problem) return sendProblem(reply, request, error.code, error.detail, error.extra);
    if (hasZodFastifySchemaValidationErrors(error)) {
      const errors = fieldErrors(error);
      const detail = errors.map((e) => `${e.path}: ${e.message}`).join('; ');
      return sendProblem(reply, request, 'validation', detail, { errors });
    }
    const mapped = error.code ? FASTIFY_CODES[error.code] : undefined;
    if (mapped) return sendProblem(reply, request, mapped, error.message);
    if (error.statusCode === 429) return sendProblem(reply, request, 'auth.rate-limited');
    if (typeof error.statusCode === 'number' && error.statusCode >= 400 && error.statusCode < 500) {
      request.log.warn({ err: error }, 'client error without a catalogue entry');
      return sendProblem(reply, request, 'validation', error.message);
    }
    request.log.error({ err: error, requestId: request.id }, 'unhandled error');
    return sendProblem(
      reply,
      request,
      'server.error',
      `Request ${request.id} failed; the log has the details.`,
    );
  });
  // A path the API knows, asked with a method it does not have: 405 with the methods it does have.
  app.setNotFoundHandler((request, reply) => {
    const allowed = options.allowedMethods(request.url.split('?')[0] ?? '');
    if (allowed.length === 0) return sendProblem(reply, request, 'request.not-found');
    const allow = allowed.join(', ');
    reply.header('allow', allow);
    return sendProblem(
      reply,
      request,
      'request.method-not-allowed',
      `${request.method} is not one of ${allow}.`,
    );
  });
}
