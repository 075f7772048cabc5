// Reference data: the operation, checkpoints with their booths, shelters, and the summary figures.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  CheckpointsReply,
  CountriesReply,
  MetaReply,
  SheltersReply,
  SummaryReply,
} from '../../api/reference';
import { checkpointScopeOf } from '../../domain/access';
import { COUNTRY_CODES } from '../../domain/documents';
import { countUsers } from '../../store/accounts';
import { countPeople } from '../../store/people';
import { listCheckpoints, listShelters, readSetting } from '../../store/reference';
import { actorOf, PUBLIC } from '../auth/access';
import type { ServerContext } from '../context';
import { routesTagged } from '../route-options';

const route = routesTagged('reference');
const situationRoute = routesTagged('situation');

export const referenceRoutes: FastifyPluginAsyncZod<ServerContext> = async (app, ctx) => {
  const { kysely } = ctx.db;

  app.get(
    '/api/meta',
    { config: { access: PUBLIC }, schema: { tags: ['reference'], response: { 200: MetaReply } } },
    async () => ({
      version: ctx.settings.version,
      demo: (await readSetting(kysely, 'demo')) === 'true',
      operationName: ctx.settings.operationName,
    }),
  );

  app.get(
    '/api/checkpoints',
    route('checkpoints.read', { response: { 200: CheckpointsReply } }),
    async (request) => {
      const { user } = actorOf(request);
      const checkpoints = await listCheckpoints(kysely, checkpointScopeOf(user));
      return { checkpoints: checkpoints.map((c) => ({ ...c, booths: [...c.booths] })) };
    },
  );

  // Every code a document may carry, with its Spanish and English names (ICAO Doc 9303 Part 3).
  const countries = COUNTRY_CODES.filter((c) => c.kind !== 'deprecated' && c.kind !== 'specimen').map(
    (c) => ({
      code: c.code,
      alpha2: c.alpha2,
      nameEs: c.nameEs,
      nameEn: c.nameEn,
    }),
  );
  app.get('/api/countries', route('checkpoints.read', { response: { 200: CountriesReply } }), async () => ({
    countries,
  }));

  app.get('/api/shelters', route('shelters.read', { response: { 200: SheltersReply } }), async () => ({
    shelters: await listShelters(kysely),
  }));

  app.get(
    '/api/situation/summary',
    situationRoute('situation.read', { response: { 200: SummaryReply } }),
    async (request) => {
      const { user } = actorOf(request);
      const scope = checkpointScopeOf(user);
      const [checkpoints, shelters] = await Promise.all([
        listCheckpoints(kysely, scope),
        listShelters(kysely),
      ]);
      const seesStaff = user.role === 'admin' || user.role === 'supervisor';
      return {
        checkpoints: checkpoints.length,
        booths: checkpoints.reduce((n, c) => n + c.booths.length, 0),
        shelters: shelters.length,
        shelterCapacity: shelters.reduce((n, s) => n + s.capacity, 0),
        shelterOccupancy: shelters.reduce((n, s) => n + s.occupancy, 0),
        ...(seesStaff && { users: await countUsers(kysely) }),
        // Two figures never mixed: registrations, and people after confirmed merges (counted once).
        ...(await countPeople(kysely, scope)),
        asOf: ctx.now().toISOString(),
      };
    },
  );
};
