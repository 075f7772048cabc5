// A request for each API route that the route accepts when access is granted, for the authorization
// walk (src/server/authorization.test.ts): fixed ids name the records the fixtures make, and a
// counter keeps each call's names and zones apart.
import { DEMO_RULESET } from '../../src/domain/documents';
import { DEMO_CONVOY_ID, SANTA_ROSA_ID } from '../../src/store/demo';
import { convoyBody, corridorBody, incidentBody, observationBody, passBody } from './write-bodies';

// The user that the user-administration routes act on: not a demo user, whose password must stay.
export const TARGET_USER = '0a7a0000-0000-4000-8000-00000000000a';

let counter = 0;
// Records the review routes act on, made by makeAuthorizationFixtures.
export const WATCHLIST_ID = '0a7a0000-0000-4000-8000-0000000000b1';
export const HIT_ID = '0a7a0000-0000-4000-8000-0000000000c1';
export const LINK_ID = '0a7a0000-0000-4000-8000-0000000000d1';
export const REFERRAL_ID = '0a7a0000-0000-4000-8000-0000000000a2';
export const INCIDENT_ID = '0a7a0000-0000-4000-8000-0000000000a3';
const PASS_ID = '0a7a0000-0000-4000-8000-0000000000a3';
export const DECREE_ID = '0a7a0000-0000-4000-8000-0000000000d1';
// A convoy with one passenger and their pass, for the route that prints a convoy's passes.
export const PRINT_CONVOY_ID = '0a7a0000-0000-4000-8000-0000000000f1';
// A decree of its own zone for each call, so that no two calls' decrees overlap: a named zone, since
// a decree may name only checkpoints there are.
export const walkDecree = (zone: string, startsOn: string, endsOn: string) => ({
  number: `D.S. N.° ${zone}`,
  title: 'Decreto de prueba',
  issuedOn: '2025-11-01',
  legalBasis: 'Constitución, art. 137',
  startsOn,
  endsOn,
  areas: [{ kind: 'other' as const, name: zone }],
});
// A pass for the revoke and print routes to act on.
export const PASS = passBody(PASS_ID);
// Care's samples: a demo shelter, a consenting person of the review fixtures, fixed ids so that the
// second role allowed resends the first one's action (answered as a duplicate).
const CARE_SHELTER = '5a7a0000-0000-4000-8002-000000000003';
const CARE_PERSON = '0a7a0000-0000-4000-8000-0000000000e2';
const CARE_REQUEST = '0a7a0000-0000-4000-8000-0000000000c9';
const CARE_SAMPLES: Readonly<Record<string, { url?: string; payload?: object }>> = {
  'GET /api/care/candidates': { url: '/api/care/candidates?q=Quispe' },
  // The second role allowed resends the first one's shelter under the same id (answered 200).
  'POST /api/care/shelters': {
    payload: {
      id: '0a7a0000-0000-4000-8000-0000000000ca',
      name: 'Albergue del recorrido',
      city: 'Tacna',
      operator: 'Parroquia',
      latitude: -18.01,
      longitude: -70.25,
      beds: { family: 0, women: 0, children: 0, general: 10 },
    },
  },
  'PATCH /api/care/shelters/:id': { payload: { operator: 'Municipalidad Provincial de Tacna' } },
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
  '/api/convoys/:id/passes/pdf': PRINT_CONVOY_ID,
  '/api/convoys/:id/manifest': DEMO_CONVOY_ID,
  '/api/convoys/:id/events': DEMO_CONVOY_ID,
  '/api/care/shelters/:id': CARE_SHELTER,
};

// A request the route accepts when access is granted.
export function sampleRequest(method: string, url: string): { url: string; payload?: unknown } {
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
    case 'POST /api/checkpoints':
      return {
        url: path,
        payload: {
          code: `WALK-${counter}`,
          name: 'Control de prueba',
          country: 'PER',
          latitude: -18.2,
          longitude: -70.3,
          timeZone: 'America/Lima',
        },
      };
    case 'GET /api/documents/policy/versions/:version':
      return { url: '/api/documents/policy/versions/1' };
    case 'PATCH /api/checkpoints/:code':
      return { url: '/api/checkpoints/PE-SANTA-ROSA', payload: { name: 'Complejo Fronterizo Santa Rosa' } };
    case 'POST /api/checkpoints/:code/booths':
      return {
        url: '/api/checkpoints/PE-SANTA-ROSA/booths',
        payload: { code: `W${counter}`, name: 'Caseta' },
      };
    case 'PATCH /api/checkpoints/:code/booths/:booth':
      return { url: '/api/checkpoints/PE-SANTA-ROSA/booths/SR-01', payload: { name: 'Caseta 1' } };
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
      return {
        url: path,
        payload: {
          // The demo's rules name Santa Rosa by a placeholder: the saved rules name its id.
          rules: DEMO_RULESET.rules.map((r) =>
            r.appliesTo.checkpointIds
              ? { ...r, appliesTo: { ...r.appliesTo, checkpointIds: [SANTA_ROSA_ID] } }
              : r,
          ),
          note: `Walk ${counter}`,
        },
      };
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
    case 'POST /api/people/candidates':
      return {
        url: path,
        payload: {
          checkpoint: 'PE-SANTA-ROSA',
          person: { givenNames: 'Ana', surname1: `Walk${counter}`, birthDate: '1990-01-02' },
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
    case 'GET /api/forecast':
    case 'GET /api/forecast/shelter-beds':
      return { url: `${path}?checkpoint=PE-SANTA-ROSA` };
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
      return { url: path, payload: observationBody(crypto.randomUUID(), 40 + counter) };
    case 'POST /api/situation/incidents':
      return { url: path, payload: incidentBody(crypto.randomUUID(), `Aglomeración ${counter}`) };
    case 'POST /api/situation/incidents/:id/updates':
      return { url: path, payload: { note: `Seguimiento ${counter}` } };
    case 'POST /api/passes':
      return { url: path, payload: passBody(crypto.randomUUID()) };
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
      return { url: path, payload: corridorBody(crypto.randomUUID(), `WALK-${counter}`) };
    case 'POST /api/convoys':
      return { url: path, payload: convoyBody(crypto.randomUUID(), `WALK-${counter}`) };
    case 'PATCH /api/convoys/:id':
      return {
        url: path,
        payload: { plannedDeparture: '2025-12-01T11:00:00Z', plannedArrival: '2025-12-03T03:00:00Z' },
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
