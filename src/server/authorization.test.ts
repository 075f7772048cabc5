// Walks every route of the API with every role (and with nobody) and checks allow or deny for each
// against the table below, written by hand from shared/DESIGN.md's roles. A new route fails this
// test until it is added to the table.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, demoUser, type Login, login, makeTestApp, type TestApp } from '../../test/support/app';
import { ROLES, type Role } from '../domain/access';
import { DEMO_RULESET } from '../domain/documents';
import { insertUser } from '../store/accounts';
import { insertDecree } from '../store/decrees';
import { DEMO_CONVOY_ID, DEMO_CORRIDOR_ID, SANTA_ROSA_ID } from '../store/demo';
import { insertHits, insertLinks, insertWatchlist } from '../store/matching';
import { issuePass } from '../store/passes';
import { insertRegistration } from '../store/people';
import { insertIncident } from '../store/situation';

type Who = Role | 'anonymous';
type Rule = 'public' | 'signed-in' | readonly Role[];

const ALL: readonly Role[] = ROLES;
const EXPECTED: Readonly<Record<string, Rule>> = {
  'GET /healthz': 'public',
  'GET /readyz': 'public',
  'GET /api/meta': 'public',
  'POST /api/auth/login': 'public',
  'GET /api/auth/session': 'public',
  'POST /api/auth/logout': 'signed-in',
  'GET /api/checkpoints': ALL,
  'GET /api/countries': ALL,
  'GET /api/situation/summary': ALL,
  'GET /api/shelters': ['supervisor', 'humanitarian', 'analyst', 'admin'],
  'GET /api/users': ['admin'],
  'POST /api/users': ['admin'],
  'PATCH /api/users/:id': ['admin'],
  'POST /api/users/:id/password': ['admin'],
  'GET /api/audit': ['admin'],
  'GET /api/audit/verify': ['admin'],
  'POST /api/documents/mrz': ['officer', 'supervisor', 'admin'],
  'POST /api/documents/identifier': ['officer', 'supervisor', 'admin'],
  'GET /api/documents/policy': ['officer', 'supervisor', 'admin'],
  'GET /api/documents/policy/versions': ['officer', 'supervisor', 'admin'],
  'POST /api/documents/policy': ['supervisor', 'admin'],
  'POST /api/registrations': ['officer', 'supervisor'],
  'GET /api/watchlists': ['supervisor', 'admin'],
  'POST /api/watchlists': ['admin'],
  'PATCH /api/watchlists/:id': ['admin'],
  'GET /api/screening/hits': ['supervisor'],
  'POST /api/screening/hits/:id/review': ['supervisor'],
  'GET /api/duplicates': ['supervisor'],
  'POST /api/duplicates/:id/review': ['supervisor'],
  'POST /api/duplicates/batch': ['supervisor'],
  'GET /api/jobs/:id': 'signed-in',
  'POST /api/events': ['officer', 'supervisor'],
  'GET /api/counts': ALL,
  'GET /api/tallies/open': ['officer', 'supervisor'],
  'GET /api/crossings/overview': ['supervisor'],
  'GET /api/referrals': ['supervisor', 'humanitarian'],
  'POST /api/referrals/:id/close': ['humanitarian'],
  'GET /api/situation/picture': ALL,
  'GET /api/situation/observations': ALL,
  'GET /api/situation/observations/latest': ALL,
  'POST /api/situation/observations': ['officer', 'supervisor'],
  'GET /api/situation/incidents': ALL,
  'GET /api/situation/incidents/:id': ALL,
  'POST /api/situation/incidents': ['supervisor'],
  'POST /api/situation/incidents/:id/updates': ['supervisor'],
  'GET /api/dashboard': ALL,
  'GET /api/live': ALL,
  'GET /api/reports/sitrep': ['supervisor', 'humanitarian', 'analyst', 'admin'],
  'GET /api/reports/export': ['supervisor', 'humanitarian', 'analyst', 'admin'],
  'POST /api/passes': ['supervisor'],
  'POST /api/passes/:id/revoke': ['supervisor'],
  'GET /api/passes/:id/pdf': ['supervisor'],
  'GET /api/passes/keyset': ['officer', 'supervisor', 'humanitarian'],
  'POST /api/keys/rotate': ['admin'],
  'GET /api/decrees': ALL,
  'GET /api/decrees/in-force': ALL,
  'GET /api/decrees/:id': ALL,
  'POST /api/decrees': ['supervisor', 'admin'],
  'POST /api/decrees/:id/extensions': ['supervisor', 'admin'],
  'POST /api/decrees/:id/amendments': ['supervisor', 'admin'],
  'GET /api/corridors': ['officer', 'supervisor', 'humanitarian'],
  'POST /api/corridors': ['supervisor', 'humanitarian'],
  'GET /api/convoys': ['officer', 'supervisor', 'humanitarian'],
  'POST /api/convoys': ['supervisor', 'humanitarian'],
  'GET /api/convoys/:id': ['officer', 'supervisor', 'humanitarian'],
  'GET /api/convoys/:id/candidates': ['supervisor', 'humanitarian'],
  'GET /api/convoys/:id/pass-holders': ['supervisor'],
  'POST /api/convoys/:id/passes': ['supervisor'],
  'PUT /api/convoys/:id/manifest': ['supervisor', 'humanitarian'],
  // Last of the convoy's routes: the sample cancels the demo convoy (its resend is a duplicate, 200).
  'POST /api/convoys/:id/events': ['supervisor', 'humanitarian'],
  'GET /api/care/shelters': ['supervisor', 'humanitarian', 'analyst', 'admin'],
  'GET /api/care/shelters/:id': ['supervisor', 'humanitarian', 'analyst', 'admin'],
  'GET /api/care/candidates': ['supervisor', 'humanitarian'],
  'POST /api/care/beds': ['supervisor', 'humanitarian'],
  'POST /api/care/check-ins': ['supervisor', 'humanitarian'],
  'POST /api/care/check-outs': ['supervisor', 'humanitarian'],
  'POST /api/care/needs': ['supervisor', 'humanitarian'],
  'GET /api/care/stock': ['supervisor', 'humanitarian', 'analyst', 'admin'],
  'POST /api/care/movements': ['supervisor', 'humanitarian'],
  'POST /api/care/thresholds': ['supervisor', 'humanitarian'],
  'GET /api/care/requests': ['supervisor', 'humanitarian', 'analyst', 'admin'],
  'POST /api/care/requests': ['supervisor', 'humanitarian'],
  'POST /api/care/request-transitions': ['supervisor', 'humanitarian'],
  'POST /api/events/import': ['supervisor'],
  'GET /api/corrections/conflicts': ['supervisor'],
};

// The user that the user-administration routes act on: not a demo user, whose password must stay.
const TARGET_USER = '0a7a0000-0000-4000-8000-00000000000a';

let counter = 0;
// A request that the route accepts when access is granted.
// Records the review routes act on, made in beforeAll.
const WATCHLIST_ID = '0a7a0000-0000-4000-8000-0000000000b1';
const HIT_ID = '0a7a0000-0000-4000-8000-0000000000c1';
const LINK_ID = '0a7a0000-0000-4000-8000-0000000000d1';
const REFERRAL_ID = '0a7a0000-0000-4000-8000-0000000000a2';
const INCIDENT_ID = '0a7a0000-0000-4000-8000-0000000000a3';
const PASS_ID = '0a7a0000-0000-4000-8000-0000000000a3';
const DECREE_ID = '0a7a0000-0000-4000-8000-0000000000d1';
// A decree of its own zone for each call, so that no two calls' decrees overlap.
const walkDecree = (zone: string, startsOn: string, endsOn: string) => ({
  number: `D.S. N.° ${zone}`,
  title: 'Decreto de prueba',
  issuedOn: '2025-11-01',
  legalBasis: 'Constitución, art. 137',
  startsOn,
  endsOn,
  checkpoints: [zone],
});
// Care's samples: a demo shelter, a consenting person of the review fixtures, fixed ids so that the
// second role allowed resends the first one's action (answered as a duplicate).
const CARE_SHELTER = '5a7a0000-0000-4000-8002-000000000003';
const CARE_PERSON = '0a7a0000-0000-4000-8000-0000000000e2';
const CARE_REQUEST = '0a7a0000-0000-4000-8000-0000000000c9';
const CARE_SAMPLES: Readonly<Record<string, { url?: string; payload?: object }>> = {
  'GET /api/care/candidates': { url: '/api/care/candidates?q=Quispe' },
  'POST /api/care/beds': {
    payload: { shelterId: CARE_SHELTER, beds: { family: 0, women: 10, children: 0, general: 50 } },
  },
  'POST /api/care/check-ins': {
    payload: {
      id: '0a7a0000-0000-4000-8000-0000000000c1',
      shelterId: CARE_SHELTER,
      bedKind: 'general',
      personIds: [CARE_PERSON],
    },
  },
  'POST /api/care/check-outs': {
    payload: { id: '0a7a0000-0000-4000-8000-0000000000c2', personIds: [CARE_PERSON] },
  },
  'POST /api/care/needs': {
    payload: {
      id: '0a7a0000-0000-4000-8000-0000000000c3',
      shelterId: CARE_SHELTER,
      categories: ['water'],
      text: 'Agua',
    },
  },
  'POST /api/care/movements': {
    payload: {
      id: '0a7a0000-0000-4000-8000-0000000000c4',
      kind: 'delivery',
      item: 'water',
      quantity: 10,
      placeId: CARE_SHELTER,
    },
  },
  'POST /api/care/thresholds': { payload: { placeId: CARE_SHELTER, item: 'water', minimum: 5 } },
  'POST /api/care/requests': {
    payload: { id: CARE_REQUEST, placeId: CARE_SHELTER, item: 'blanket', quantity: 20 },
  },
  'POST /api/care/request-transitions': {
    payload: { id: '0a7a0000-0000-4000-8000-0000000000c5', requestId: CARE_REQUEST, to: 'committed' },
  },
};
const ID_OF: Readonly<Record<string, string>> = {
  '/api/watchlists/:id': WATCHLIST_ID,
  '/api/screening/hits/:id/review': HIT_ID,
  '/api/duplicates/:id/review': LINK_ID,
  '/api/referrals/:id/close': REFERRAL_ID,
  '/api/situation/incidents/:id': INCIDENT_ID,
  '/api/situation/incidents/:id/updates': INCIDENT_ID,
  '/api/passes/:id/revoke': PASS_ID,
  '/api/passes/:id/pdf': PASS_ID,
  '/api/decrees/:id': DECREE_ID,
  '/api/decrees/:id/extensions': DECREE_ID,
  '/api/decrees/:id/amendments': DECREE_ID,
  '/api/convoys/:id': DEMO_CONVOY_ID,
  '/api/convoys/:id/candidates': DEMO_CONVOY_ID,
  '/api/convoys/:id/pass-holders': DEMO_CONVOY_ID,
  '/api/convoys/:id/passes': DEMO_CONVOY_ID,
  '/api/convoys/:id/manifest': DEMO_CONVOY_ID,
  '/api/convoys/:id/events': DEMO_CONVOY_ID,
  '/api/care/shelters/:id': CARE_SHELTER,
};

function sampleRequest(method: string, url: string): { url: string; payload?: unknown } {
  const path = url.replace(':id', ID_OF[url] ?? TARGET_USER);
  counter += 1;
  const care = CARE_SAMPLES[`${method} ${url}`];
  if (care) return { url: care.url ?? path, ...(care.payload && { payload: care.payload }) };
  switch (`${method} ${url}`) {
    case 'POST /api/auth/login':
      return { url: path, payload: { username: 'supervisor', password: 'paso-demo-2025' } };
    case 'POST /api/users':
      return {
        url: path,
        payload: {
          username: `walk.user.${counter}`,
          displayName: 'Walk',
          role: 'officer',
          checkpointIds: [SANTA_ROSA_ID],
          password: 'a-long-enough-password',
        },
      };
    case 'PATCH /api/users/:id':
      return { url: path, payload: { displayName: `Analista ${counter}` } };
    case 'POST /api/users/:id/password':
      return { url: path, payload: { password: 'another-long-password' } };
    case 'POST /api/documents/mrz':
      return {
        url: path,
        payload: { mrz: 'P<UTOERIKSSON<<ANNA<MARIA', checkpointId: SANTA_ROSA_ID, direction: 'entry' },
      };
    case 'POST /api/documents/identifier':
      return { url: path, payload: { idType: 'PE-DNI', number: '12345678' } };
    case 'POST /api/documents/policy':
      return { url: path, payload: { rules: DEMO_RULESET.rules, note: `Walk ${counter}` } };
    case 'POST /api/registrations':
      return {
        url: path,
        payload: {
          id: crypto.randomUUID(),
          checkpointId: SANTA_ROSA_ID,
          at: '2025-11-27T14:00:00.000Z',
          person: {
            givenNames: 'Ana',
            surname1: `Walk${counter}`,
            birthDate: '1990-01-02',
            nationality: 'VEN',
          },
          intention: 'entry',
          consent: true,
        },
      };
    case 'POST /api/watchlists':
      return {
        url: path,
        payload: {
          name: `Lista ${counter}`,
          format: 'csv',
          content:
            'watch_id,given_names,surname1,surname2,sex,birth_date,nationality,aliases\nW1,Pablo,Escobar,Gaviria,M,1949-12-01,COL,\n',
        },
      };
    case 'PATCH /api/watchlists/:id':
      return { url: path, payload: { active: true } };
    case 'POST /api/screening/hits/:id/review':
      return { url: path, payload: { decision: 'dismissed', note: 'Otra persona' } };
    case 'POST /api/duplicates/:id/review':
      return { url: path, payload: { decision: 'confirm' } };
    case 'POST /api/events':
      return {
        url: path,
        payload: {
          events: [
            {
              kind: 'tally',
              id: crypto.randomUUID(),
              at: '2025-11-27T14:00:00Z',
              checkpoint: 'PE-SANTA-ROSA',
              direction: 'entry',
              category: 'man',
              count: 1,
            },
          ],
        },
      };
    case 'GET /api/counts':
      return { url: `${path}?from=2025-11-27&to=2025-11-27&by=date` };
    case 'GET /api/reports/sitrep':
      return { url: `${path}?date=2025-11-27` };
    case 'GET /api/reports/export':
      return { url: `${path}?from=2025-11-27&to=2025-11-27&format=hxl` };
    case 'GET /api/tallies/open':
    case 'GET /api/crossings/overview':
    case 'GET /api/corrections/conflicts':
      return { url: `${path}?checkpoint=PE-SANTA-ROSA` };
    case 'GET /api/live':
      return { url: `${path}?once=true` };
    case 'POST /api/events/import':
      return {
        url: path,
        payload: {
          events: [
            {
              kind: 'tally',
              id: crypto.randomUUID(),
              at: '2025-11-27T14:00:00Z',
              checkpoint: 'PE-SANTA-ROSA',
              direction: 'entry',
              category: 'woman',
              count: 1,
            },
          ],
          exportedBy: 'oficial.santarosa',
        },
      };
    case 'POST /api/referrals/:id/close':
      return { url: path, payload: { note: 'Acogida por la DEMUNA' } };
    case 'POST /api/situation/observations':
      return {
        url: path,
        payload: {
          id: crypto.randomUUID(),
          checkpoint: 'PE-SANTA-ROSA',
          side: 'entry',
          observedAt: '2025-11-27T14:50:00Z',
          peopleWaiting: 40 + counter,
        },
      };
    case 'POST /api/situation/incidents':
      return {
        url: path,
        payload: {
          id: crypto.randomUUID(),
          kind: 'crowd',
          severity: 'medium',
          title: `Aglomeración ${counter}`,
          latitude: -18.27,
          longitude: -70.33,
        },
      };
    case 'POST /api/situation/incidents/:id/updates':
      return { url: path, payload: { note: `Seguimiento ${counter}` } };
    case 'POST /api/passes':
      return { url: path, payload: { ...PASS, id: crypto.randomUUID() } };
    case 'POST /api/passes/:id/revoke':
      return { url: path, payload: { reason: 'Pase perdido' } };
    case 'GET /api/decrees/in-force':
      return { url: `${path}?checkpoint=PE-SANTA-ROSA` };
    case 'POST /api/decrees':
      return {
        url: path,
        payload: { id: crypto.randomUUID(), ...walkDecree(`PE-WALK-${counter}`, '2025-11-02', '2025-11-30') },
      };
    case 'POST /api/decrees/:id/extensions':
      return {
        url: path,
        payload: { id: crypto.randomUUID(), ...walkDecree(`PE-WALK-${counter}`, '2025-12-01', '2025-12-30') },
      };
    case 'POST /api/decrees/:id/amendments':
      return {
        url: path,
        payload: { reason: `Walk ${counter}`, content: walkDecree('PE-WALK', '2025-11-02', '2025-11-30') },
      };
    case 'POST /api/corridors':
      return {
        url: path,
        payload: {
          id: crypto.randomUUID(),
          code: `WALK-${counter}`,
          name: 'Walk',
          exitPoint: 'PE-TUMBES',
          stops: [
            { code: 'A', name: 'A', latitude: -18, longitude: -70 },
            { code: 'B', name: 'B', latitude: -4, longitude: -80 },
          ],
        },
      };
    case 'POST /api/convoys':
      return {
        url: path,
        payload: {
          id: crypto.randomUUID(),
          code: `WALK-${counter}`,
          corridorId: DEMO_CORRIDOR_ID,
          plannedDeparture: '2025-11-28T11:00:00Z',
          plannedArrival: '2025-11-30T03:00:00Z',
          vehicles: [{ plate: 'BUS-1', kind: 'bus', seats: 40 }],
        },
      };
    case 'PUT /api/convoys/:id/manifest':
      return { url: path, payload: { seats: [] } };
    case 'POST /api/convoys/:id/events':
      return {
        url: path,
        payload: {
          id: '0a7a0000-0000-4000-8000-0000000000e9',
          at: '2025-11-27T15:00:00Z',
          event: { kind: 'cancelled', reason: 'Walk' },
        },
      };
    default:
      return { url: path };
  }
}

// A registration with a screening hit and a duplicate link, for the review routes to act on.
async function makeReviewFixtures(ctx: TestApp): Promise<void> {
  const db = ctx.t.db.kysely;
  const supervisor = demoUser('supervisor').id;
  const at = '2025-11-27T15:00:00.000Z';
  const person = (n: number) => ({
    id: `0a7a0000-0000-4000-8000-0000000000e${n}`,
    givenNames: 'Rosa',
    surname1: 'Quispe',
    surname2: null,
    nameKey: 'QUISPE||ROSA',
    sex: 'F' as const,
    birthDate: { year: 1985 },
    nationality: 'PER',
  });
  for (const n of [1, 2]) {
    await insertRegistration(db, {
      person: person(n),
      document: null,
      registration: {
        id: `0a7a0000-0000-4000-8000-0000000000f${n}`,
        personId: person(n).id,
        checkpointId: SANTA_ROSA_ID,
        boothId: null,
        officerId: supervisor,
        at,
        receivedAt: at,
        intention: 'entry',
        consent: true,
        vulnerabilities: [],
        offline: false,
        screeningStatus: n === 1 ? 'hold' : 'clear',
      },
    });
  }
  const entryId = '0a7a0000-0000-4000-8000-0000000000b2';
  await insertWatchlist(
    db,
    { id: WATCHLIST_ID, name: 'Fixture', format: 'csv', importedBy: demoUser('admin').id, importedAt: at },
    [
      {
        id: entryId,
        watchId: 'W9',
        entry: { watchId: 'W9', names: [], birthDates: [], nationalities: [], documents: [] },
      },
    ],
  );
  const explanation = {
    modelVersion: 't',
    prior: -10,
    comparisons: [],
    namesSwapped: false,
    totalWeight: 5,
    probability: 0.9,
  };
  await insertHits(db, [
    {
      id: HIT_ID,
      registrationId: '0a7a0000-0000-4000-8000-0000000000f1',
      personId: person(1).id,
      watchlistEntryId: entryId,
      score: 0.9,
      explanation,
      modelVersion: 't',
      createdAt: at,
    },
  ]);
  await insertLinks(db, [
    {
      id: LINK_ID,
      personId: person(1).id,
      otherPersonId: person(2).id,
      score: 0.9,
      explanation,
      modelVersion: 't',
      source: 'batch',
      createdAt: at,
    },
  ]);
}

// A child's crossing with an open protection referral, for the close route to act on.
async function makeReferralFixture(ctx: TestApp): Promise<void> {
  const db = ctx.t.db.kysely;
  const eventId = '0a7a0000-0000-4000-8000-0000000000a1';
  const at = '2025-11-27T14:00:00.000Z';
  await db
    .insertInto('crossing_event')
    .values({
      id: eventId,
      kind: 'crossing',
      checkpoint_id: SANTA_ROSA_ID,
      booth_id: null,
      at,
      corrects: null,
      body: JSON.stringify({ person: { givenNames: 'Luis', surname1: 'Pérez', birthDate: '2016' } }),
      body_hash: eventId,
      recorded_by: demoUser('officer').id,
      received_at: at,
      offline: 0,
      person_id: null,
      demo: 0,
    })
    .execute();
  await db
    .insertInto('protection_referral')
    .values({
      id: REFERRAL_ID,
      event_id: eventId,
      checkpoint_id: SANTA_ROSA_ID,
      reason: 'unaccompanied-minor',
      status: 'open',
      created_at: at,
      closed_at: null,
      closed_by: null,
      note: null,
    })
    .execute();
}

// A pass for the revoke and print routes to act on.
const PASS = {
  id: PASS_ID,
  name: 'Ana Rojas',
  convoy: { id: 'CV-01', name: 'Convoy 1' },
  corridor: { id: 'TAC-TUM', name: 'Tacna – Tumbes' },
  validFrom: '2025-11-27T12:00:00.000Z',
  validUntil: '2025-11-29T12:00:00.000Z',
};

async function makePassFixture(ctx: TestApp): Promise<void> {
  const issued = await issuePass(ctx.t.db.kysely, PASS, {
    now: new Date('2025-11-27T15:00:00Z'),
    userId: null,
  });
  if (!issued.ok) throw new Error(issued.error.detail);
}

// A job is there only for whoever asked for it (and admins); to anyone else signed in, it is not (404).
const NOT_THEIRS = new Set(['GET /api/jobs/:id']);

const isApiRoute = (method: string, url: string) =>
  method !== 'HEAD' && !url.startsWith('/api/docs') && url !== '/*';

describe('authorization: every route with every role', () => {
  let ctx: TestApp;
  beforeAll(async () => {
    ctx = await makeTestApp('sqlite');
    await insertUser(ctx.t.db.kysely, {
      id: TARGET_USER,
      username: 'walk.target',
      displayName: 'Target',
      role: 'analyst',
      checkpointIds: [],
      passwordHash: 'unused',
      now: '2025-11-27T15:00:00.000Z',
    });
    await makeReviewFixtures(ctx);
    await makeReferralFixture(ctx);
    await insertIncident(ctx.t.db.kysely, {
      id: INCIDENT_ID,
      openingId: crypto.randomUUID(),
      kind: 'road-blockade',
      severity: 'high',
      title: 'Bloqueo',
      description: null,
      latitude: -18.3,
      longitude: -70.32,
      occurredAt: '2025-11-27T14:00:00.000Z',
      checkpointId: null,
      reportedBy: demoUser('supervisor').id,
      reportedAt: '2025-11-27T14:00:00.000Z',
    });
    await makePassFixture(ctx);
    const { checkpoints, ...rest } = walkDecree('PE-WALK', '2025-11-02', '2025-11-30');
    await insertDecree(
      ctx.t.db.kysely,
      {
        id: DECREE_ID,
        extends: null,
        publishedOn: null,
        timeZone: 'America/Lima',
        checkpoints,
        areas: [],
        rightsSuspended: [],
        measures: [],
        units: [],
        ...rest,
      },
      { by: null, at: '2025-11-01T12:00:00.000Z' },
    );
  });
  afterAll(async () => {
    await ctx.close();
  });

  it('has an expected rule for every API route, and a route for every rule', () => {
    const actual = ctx.routes.filter((r) => isApiRoute(r.method, r.url)).map((r) => `${r.method} ${r.url}`);
    expect(new Set(actual)).toEqual(new Set(Object.keys(EXPECTED)));
  });

  const whoList: readonly Who[] = ['anonymous', ...ROLES];
  const cases = Object.entries(EXPECTED).flatMap(([route, rule]) =>
    whoList.map((who) => ({ route, rule, who })),
  );

  it.each(cases)('$route as $who', async ({ route, rule, who }) => {
    const [method, url] = route.split(' ') as [string, string];
    // A fresh session per case: password resets and logouts end sessions.
    const session: Login | undefined = who === 'anonymous' ? undefined : await login(ctx.app, who);
    const sample = sampleRequest(method, url);
    const response = await ctx.app.inject({
      method: method as 'GET',
      url: sample.url,
      headers: session ? as(session) : {},
      ...(sample.payload !== undefined && { payload: sample.payload as object }),
    });
    const allowed =
      rule === 'public' ||
      (rule === 'signed-in' ? who !== 'anonymous' : who !== 'anonymous' && rule.includes(who));
    if (allowed && NOT_THEIRS.has(route)) {
      expect(response.statusCode, response.body).toBe(404);
    } else if (allowed) {
      expect(response.statusCode, response.body).toBeLessThan(300);
    } else {
      expect(response.statusCode, response.body).toBe(who === 'anonymous' ? 401 : 403);
      expect(response.headers['content-type']).toContain('application/problem+json');
    }
  });

  it('shows an officer only the checkpoints they work at', async () => {
    const officer = await login(ctx.app, 'officer');
    const response = await ctx.app.inject({ method: 'GET', url: '/api/checkpoints', headers: as(officer) });
    expect(response.json<{ checkpoints: { id: string }[] }>().checkpoints.map((c) => c.id)).toEqual([
      SANTA_ROSA_ID,
    ]);
    const supervisor = await login(ctx.app, 'supervisor');
    const all = await ctx.app.inject({ method: 'GET', url: '/api/checkpoints', headers: as(supervisor) });
    expect(all.json<{ checkpoints: unknown[] }>().checkpoints).toHaveLength(2);
  });
});
