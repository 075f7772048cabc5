// The records the authorization walk's routes act on (src/server/authorization.test.ts): a user to
// administer, a screening hit and a duplicate link to review, a referral to close, an incident, a pass,
// a convoy whose passes are issued, and a decree, at the ids test/support/authorization-samples.ts sends.
import { insertUser } from '../../src/store/accounts';
import { insertDecree } from '../../src/store/decrees';
import { SANTA_ROSA_ID } from '../../src/store/demo';
import { insertHits, insertLinks, insertWatchlist } from '../../src/store/matching';
import { issuePass } from '../../src/store/passes';
import { insertRegistration } from '../../src/store/people';
import { insertIncident } from '../../src/store/situation';
import { as, demoUser, login, type TestApp } from './app';
import {
  DECREE_ID,
  HIT_ID,
  INCIDENT_ID,
  LINK_ID,
  PASS,
  PRINT_CONVOY_ID,
  REFERRAL_ID,
  TARGET_USER,
  WATCHLIST_ID,
  walkDecree,
} from './authorization-samples';
import { transitCrossing } from './transit-crossings';
import { convoyBody } from './write-bodies';

export async function makeAuthorizationFixtures(ctx: TestApp): Promise<void> {
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
  await makeConvoyPassFixture(ctx);
  const walked = walkDecree('PE-WALK', '2025-11-02', '2025-11-30');
  await insertDecree(
    ctx.t.db.kysely,
    {
      id: DECREE_ID,
      extends: null,
      publishedOn: null,
      timeZone: 'America/Lima',
      checkpoints: [],
      rightsSuspended: [],
      measures: [],
      units: [],
      ...walked,
    },
    { by: null, at: '2025-11-01T12:00:00.000Z' },
  );
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
      arrived_at: at,
      closed_at: null,
      closed_by: null,
      note: null,
    })
    .execute();
}

async function makePassFixture(ctx: TestApp): Promise<void> {
  const issued = await issuePass(ctx.t.db.kysely, PASS, {
    now: new Date('2025-11-27T15:00:00Z'),
    userId: null,
  });
  if (!issued.ok) throw new Error(issued.error.detail);
}

// A convoy of one passenger admitted in transit, with the pass issued to them, made through the API.
async function makeConvoyPassFixture(ctx: TestApp): Promise<void> {
  const supervisor = await login(ctx.app, 'supervisor');
  const send = async (method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) => {
    const answer = await ctx.app.inject({
      method,
      url,
      headers: as(supervisor),
      ...(payload && { payload }),
    });
    if (answer.statusCode >= 300) throw new Error(`${method} ${url}: ${answer.body}`);
    return answer.json<Record<string, unknown>>();
  };
  const person = { givenNames: 'Inés', surname1: 'Paredes', birthDate: '1990', nationality: 'VEN' };
  const crossing = transitCrossing(crypto.randomUUID(), '2025-11-27T14:00:00Z', person);
  await send('POST', '/api/events', { events: [crossing] });
  await send('POST', '/api/convoys', convoyBody(PRINT_CONVOY_ID, 'WALK-PRINT'));
  const { candidates } = (await send('GET', `/api/convoys/${PRINT_CONVOY_ID}/candidates`)) as {
    candidates: { personId: string; givenNames: string }[];
  };
  // The demo's own travellers may be candidates too: only Inés rides.
  const seats = candidates
    .filter((c) => c.givenNames === person.givenNames)
    .map((c) => ({ personId: c.personId, plate: 'BUS-1' }));
  await send('PUT', `/api/convoys/${PRINT_CONVOY_ID}/manifest`, { seats });
  await send('POST', `/api/convoys/${PRINT_CONVOY_ID}/passes`);
}
