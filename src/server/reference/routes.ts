// Reference data: the operation, checkpoints with their booths, shelters, and the summary figures;
// checkpoints made and changed by administrators, booths opened and retired by supervisors too.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  BoothParams,
  BoothSchema,
  CheckpointParams,
  CheckpointSchema,
  CheckpointsReply,
  CountriesReply,
  CreateBoothBody,
  CreateCheckpointBody,
  MetaReply,
  SheltersReply,
  SummaryReply,
  UpdateBoothBody,
  UpdateCheckpointBody,
} from '../../api/reference';
import { can, checkpointScopeOf } from '../../domain/access';
import { COUNTRY_CODES } from '../../domain/documents';
import { countUsers } from '../../store/accounts';
import { countPeople } from '../../store/people';
import { listCheckpoints, listShelters, readSetting } from '../../store/reference';
import { createdOrResent } from '../answers';
import { auditWriterOf } from '../audit/record';
import { actorOf, PUBLIC } from '../auth/access';
import type { ServerContext } from '../context';
import { routesTagged } from '../route-options';
import { addBooth, changeBooth, changeCheckpoint, createCheckpoint } from './checkpoint-service';
import { recountInBackground } from './recounts';

const route = routesTagged('reference');
const situationRoute = routesTagged('situation');

export const referenceRoutes: FastifyPluginAsyncZod<ServerContext> = async (app, ctx) => {
  const { kysely } = ctx.db;
  // A zone corrected on a large history is counted again in the background; at start, one left
  // unfinished by the last run goes on.
  const recounts = recountInBackground(kysely, ctx.now, (error) =>
    app.log.error(
      { err: error },
      'counting a checkpoint again under its new zone stopped; it goes on at the next change or start',
    ),
  );
  app.addHook('onReady', async () => recounts.wake());
  app.addHook('onClose', () => recounts.stop());

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

  app.post(
    '/api/checkpoints',
    route('checkpoints.manage', {
      description:
        'Makes a checkpoint, with its first booths if given. The code never changes afterwards: ' +
        'events refer to it. A resend with the same id answers the checkpoint it made (200).',
      body: CreateCheckpointBody,
      response: createdOrResent(CheckpointSchema),
    }),
    async (request, reply) => {
      const now = ctx.now();
      const { value, created } = await createCheckpoint(kysely, request.body, {
        now,
        newId: ctx.newId,
        audit: auditWriterOf(request, now),
      });
      return reply.code(created ? 201 : 200).send({ ...value, booths: [...value.booths] });
    },
  );

  app.patch(
    '/api/checkpoints/:code',
    route('checkpoints.manage', {
      description: "Changes a checkpoint's name, country, coordinates or time zone; never its code.",
      params: CheckpointParams,
      body: UpdateCheckpointBody,
      response: { 200: CheckpointSchema },
    }),
    async (request) => {
      const checkpoint = await changeCheckpoint(
        kysely,
        request.params.code,
        request.body,
        auditWriterOf(request, ctx.now()),
      );
      if (checkpoint.recount) recounts.wake();
      return { ...checkpoint, booths: [...checkpoint.booths] };
    },
  );

  app.post(
    '/api/checkpoints/:code/booths',
    route('booths.manage', {
      description: 'Opens a booth at a checkpoint; its code is unique there and never changes.',
      params: CheckpointParams,
      body: CreateBoothBody,
      response: createdOrResent(BoothSchema),
    }),
    async (request, reply) => {
      const { value, created } = await addBooth(kysely, request.params.code, request.body, {
        newId: ctx.newId,
        audit: auditWriterOf(request, ctx.now()),
      });
      return reply.code(created ? 201 : 200).send(value);
    },
  );

  app.patch(
    '/api/checkpoints/:code/booths/:booth',
    route('booths.manage', {
      description:
        'Renames a booth, retires it (it keeps its history and is no longer offered to officers; ' +
        'never deleted) or puts it back in use.',
      params: BoothParams,
      body: UpdateBoothBody,
      response: { 200: BoothSchema },
    }),
    async (request) => {
      const now = ctx.now();
      return changeBooth(kysely, request.params.code, request.params.booth, request.body, {
        now,
        audit: auditWriterOf(request, now),
      });
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
      // Officers may not see shelters (shelters.read): their totals are left out, not sent as zero.
      const [checkpoints, shelters] = await Promise.all([
        listCheckpoints(kysely, scope),
        can(user.role, 'shelters.read') ? listShelters(kysely) : null,
      ]);
      const seesStaff = user.role === 'admin' || user.role === 'supervisor';
      return {
        checkpoints: checkpoints.length,
        booths: checkpoints.reduce((n, c) => n + c.booths.filter((b) => !b.retired).length, 0),
        ...(shelters !== null && {
          shelters: shelters.length,
          shelterCapacity: shelters.reduce((n, s) => n + s.capacity, 0),
          shelterOccupancy: shelters.reduce((n, s) => n + s.occupancy, 0),
        }),
        ...(seesStaff && { users: await countUsers(kysely) }),
        // Two figures never mixed: registrations, and people after confirmed merges (counted once).
        ...(await countPeople(kysely, scope)),
        asOf: ctx.now().toISOString(),
      };
    },
  );
};
