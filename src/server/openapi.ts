// The API's own description: every answer of every route, its problems (RFC 9457) derived from what
// the route is (input to validate, an access rule, a body) and from the refusals its handler makes,
// and the session and CSRF token it needs. app.ts calls describeAnswers from its onRoute hook.
import type { RouteOptions } from 'fastify';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import type { OpenAPIV3 } from 'openapi-types';
import { z } from 'zod';
import { PROBLEMS, type ProblemCode, ProblemSchema } from './problems';

export const PROBLEM_MEDIA_TYPE = 'application/problem+json';
const PROBLEM_REF = '#/components/schemas/Problem';

// The refusals of the checks several handlers share, each listed once: a place the request names
// (checkpoints.ts; people/service.ts checkPlace), which must exist and, for PLACE_WORKED_AT, be one the
// officer works at; an account's checkpoints (accounts/service.ts); a decree's content (decrees/service.ts).
const PLACE_KNOWN = ['registration.unknown-place'] as const;
const PLACE_WORKED_AT = ['registration.unknown-place', 'registration.checkpoint'] as const;
const ACCOUNT_CHECKPOINTS = ['user.checkpoint-required', 'user.unknown-checkpoint'] as const;
const DECREE_CHECKED = ['decree.invalid', 'decree.overlap'] as const;

// The refusals each handler makes itself, beyond those every route of its kind can answer: the
// `new Problem(…)` calls of the route modules. openapi.test.ts provokes them and checks this table.
export const HANDLER_PROBLEMS: Readonly<Record<string, readonly ProblemCode[]>> = {
  'GET /readyz': ['server.not-ready'],
  'POST /api/auth/login': ['auth.invalid-credentials', 'auth.rate-limited'],
  'POST /api/users': ['user.weak-password', ...ACCOUNT_CHECKPOINTS, 'user.exists'],
  'PATCH /api/users/:id': [...ACCOUNT_CHECKPOINTS, 'user.not-found', 'user.self-lockout', 'user.last-admin'],
  'POST /api/users/:id/password': ['user.weak-password', 'user.not-found'],
  'POST /api/checkpoints': ['checkpoint.exists', 'booth.exists'],
  'PATCH /api/checkpoints/:code': ['checkpoint.not-found'],
  'POST /api/checkpoints/:code/booths': ['checkpoint.not-found', 'booth.exists'],
  'PATCH /api/checkpoints/:code/booths/:booth': ['checkpoint.not-found', 'booth.not-found'],
  'POST /api/watchlists': ['watchlist.invalid'],
  'PATCH /api/watchlists/:id': ['watchlist.not-found'],
  'POST /api/screening/hits/:id/review': ['screening.not-found', 'screening.already-reviewed'],
  'POST /api/duplicates/:id/review': [
    'duplicate.not-found',
    'duplicate.invalid-transition',
    'duplicate.two-convoys',
    'duplicate.same-convoy',
  ],
  'POST /api/documents/policy': ['policy.invalid', 'policy.stale'],
  'POST /api/registrations': [...PLACE_WORKED_AT, 'registration.conflict', 'person.name'],
  'POST /api/people/candidates': PLACE_WORKED_AT,
  'GET /api/tallies/open': PLACE_WORKED_AT,
  'GET /api/crossings/overview': PLACE_WORKED_AT,
  'GET /api/referrals': PLACE_KNOWN,
  'POST /api/referrals/:id/close': ['request.not-found'],
  'POST /api/situation/observations': PLACE_WORKED_AT,
  'GET /api/situation/observations': PLACE_KNOWN,
  'GET /api/forecast': PLACE_KNOWN,
  'GET /api/forecast/shelter-beds': PLACE_KNOWN,
  'POST /api/situation/incidents': [...PLACE_KNOWN, 'incident.conflict'],
  'POST /api/situation/incidents/:id/updates': ['incident.conflict'],
  'POST /api/decrees': [...DECREE_CHECKED, 'decree.exists'],
  'GET /api/decrees/:id': ['decree.not-found'],
  'POST /api/decrees/:id/extensions': [...DECREE_CHECKED, 'decree.exists', 'decree.not-found'],
  'POST /api/decrees/:id/amendments': [...DECREE_CHECKED, 'decree.not-found', 'decree.stale'],
  'POST /api/corridors': ['transit.conflict'],
  'POST /api/passes': [
    'pass.unknown-convoy',
    'pass.convoy-ended',
    'pass.other-corridor',
    'pass.ends-before-departure',
  ],
  'POST /api/convoys': ['transit.invalid', 'transit.conflict'],
  'GET /api/convoys/:id': ['transit.not-found'],
  'GET /api/convoys/:id/candidates': ['transit.not-found'],
  'PATCH /api/convoys/:id': ['transit.not-found', 'transit.not-changeable', 'transit.vehicles'],
  'PUT /api/convoys/:id/manifest': ['transit.not-found', 'transit.manifest'],
  'POST /api/convoys/:id/events': ['transit.not-found', 'transit.sequence', 'transit.conflict'],
  'GET /api/convoys/:id/pass-holders': ['transit.not-found'],
  'POST /api/convoys/:id/passes': ['transit.not-found'],
  'GET /api/convoys/:id/passes': ['transit.not-found'],
  'GET /api/convoys/:id/passes/pdf': ['transit.not-found', 'request.not-found'],
  'GET /api/care/shelters/:id': ['request.not-found'],
  'POST /api/care/shelters': ['care.shelter-name-taken', 'care.conflict'],
  'PATCH /api/care/shelters/:id': [
    'request.not-found',
    'care.shelter-name-taken',
    'care.beds-below-occupancy',
  ],
  'POST /api/care/beds': ['care.unknown-shelter', 'care.beds-below-occupancy'],
  'POST /api/care/check-ins': [
    'care.unknown-shelter',
    'care.unknown-person',
    'care.no-consent',
    'care.already-in-shelter',
    'care.possible-duplicate',
    'care.family-split',
    'care.child-alone',
    'care.over-capacity',
    'care.conflict',
  ],
  'POST /api/care/check-outs': ['care.not-checked-in', 'care.conflict'],
  'POST /api/care/needs': ['care.unknown-shelter', 'care.conflict'],
  'POST /api/care/movements': ['care.unknown-place', 'care.stock-negative', 'care.conflict'],
  'POST /api/care/thresholds': ['care.unknown-place'],
  'POST /api/care/requests': ['care.unknown-place', 'care.conflict'],
  'POST /api/care/request-transitions': [
    'care.unknown-request',
    'care.request-transition',
    'care.stock-negative',
    'care.conflict',
  ],
};

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH']);

const methodsOf = (route: Pick<RouteOptions, 'method'>): string[] =>
  [route.method].flat().map((m) => String(m).toUpperCase());

const isPublic = (route: Pick<RouteOptions, 'config'>) => route.config?.access?.kind === 'public';

/** Every problem code a route may answer, by status: what its traits imply, and its handler's own. */
export function problemsOf(route: Pick<RouteOptions, 'method' | 'url' | 'config' | 'schema'>) {
  const methods = methodsOf(route);
  const access = route.config?.access;
  // Every route refuses a query, body or parameters it does not know (app.ts adds empty schemas).
  const codes = new Set<ProblemCode>(['validation']);
  if (methods.some((m) => BODY_METHODS.has(m))) {
    for (const c of [
      'request.malformed-json',
      'request.too-large',
      'request.unsupported-media-type',
    ] as const)
      codes.add(c);
  }
  // A state change from another site is refused on every route, and needs the token when signed in.
  if (methods.some((m) => UNSAFE_METHODS.has(m))) codes.add('auth.csrf');
  if (access?.kind !== 'public') codes.add('auth.required');
  // A route that declares no access rule is refused to everyone (auth/access.ts).
  if (access === undefined || access.kind === 'capability') codes.add('auth.forbidden');
  for (const m of methods) for (const c of HANDLER_PROBLEMS[`${m} ${route.url}`] ?? []) codes.add(c);
  const hasParams = route.schema?.params !== undefined || route.url.includes('/:');
  if (hasParams && ![...codes].some((c) => PROBLEMS[c].status === 404)) codes.add('request.not-found');

  const byStatus = new Map<number, ProblemCode[]>();
  for (const code of codes) {
    const { status } = PROBLEMS[code];
    byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
  }
  return byStatus;
}

function describeStatus(codes: readonly ProblemCode[], bodyLimit: number): string {
  const each = codes.map((code) => {
    const limit = code === 'request.too-large' ? ` (over ${bodyLimit} bytes)` : '';
    return `\`${code}\`: ${PROBLEMS[code].title}${limit}`;
  });
  return `A problem document; \`code\` is one of: ${each.join('; ')}.`;
}

// A reply the route does not describe yet is still documented as a success of unknown shape.
const UNDESCRIBED_REPLY = z.unknown().describe('Success; the shape of this answer is not described yet.');

/**
 * Adds to a route's schema the problems it may answer (the serializer then checks them against
 * ProblemSchema) and, unless it is public, the session and CSRF token it needs.
 */
export function describeAnswers(route: RouteOptions, bodyLimit: number): void {
  const schema = route.schema ?? {};
  const problems: Record<number, unknown> = {};
  for (const [status, codes] of problemsOf(route)) {
    problems[status] = {
      description: describeStatus(codes, route.bodyLimit ?? bodyLimit),
      content: { [PROBLEM_MEDIA_TYPE]: { schema: ProblemSchema } },
    };
  }
  const own = (schema.response as Record<string, unknown> | undefined) ?? { 200: UNDESCRIBED_REPLY };
  const unsafe = methodsOf(route).some((m) => UNSAFE_METHODS.has(m));
  route.schema = {
    ...schema,
    response: { ...problems, ...own },
    ...(!isPublic(route) && { security: [unsafe ? { session: [], csrf: [] } : { session: [] }] }),
  };
}

export const SECURITY_SCHEMES = {
  session: { type: 'apiKey', in: 'cookie', name: 'paso_session' },
  csrf: {
    type: 'apiKey',
    in: 'header',
    name: 'x-csrf-token',
    description: 'The csrfToken of the login answer; every state-changing request of a session sends it.',
  },
} as const;

/** The document's named schemas: the Problem that each problem answer refers to. */
export const COMPONENT_SCHEMAS = {
  Problem: z.toJSONSchema(ProblemSchema, { target: 'openapi-3.0', io: 'output' }),
} as Record<string, OpenAPIV3.SchemaObject>;

type Transformed = ReturnType<typeof jsonSchemaTransform>;

// zod's JSON Schema would repeat the whole problem schema in every answer; the document refers to
// the one component instead, narrowing `code` to the codes of that status on that route.
export function createDocumentTransform(bodyLimit: number): typeof jsonSchemaTransform {
  return (input): Transformed => {
    const out = jsonSchemaTransform(input);
    if (input.schema.hide) return out;
    const response = (out.schema.response ?? {}) as Record<string, unknown>;
    for (const [status, codes] of problemsOf(input.route)) {
      if (response[status] === undefined) continue;
      response[status] = {
        description: describeStatus(codes, input.route.bodyLimit ?? bodyLimit),
        content: {
          [PROBLEM_MEDIA_TYPE]: {
            schema: {
              allOf: [{ $ref: PROBLEM_REF }, { type: 'object', properties: { code: { enum: codes } } }],
            },
          },
        },
        ...(status === 429 && {
          headers: {
            'retry-after': { type: 'integer', description: 'Seconds to wait before trying again.' },
          },
        }),
      };
    }
    return { ...out, schema: { ...out.schema, response } };
  };
}
