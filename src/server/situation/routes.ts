// The situation picture's API: observations of the line (entered by officers and supervisors), their
// history and latest values, and the picture the map polls. Incidents are in ./incidents.ts.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  LatestObservationsReply,
  ObservationBody,
  ObservationSchema,
  ObservationsQuery,
  ObservationsReply,
  PictureReply,
} from '../../api/situation';
import { can } from '../../domain/access';
import { checkObservation, operationExtent } from '../../domain/situation';
import { listCheckpoints, listShelters } from '../../store/reference';
import {
  insertObservation,
  latestObservations,
  listObservations,
  listOpenIncidents,
} from '../../store/situation';
import { writeTransaction } from '../../store/transaction-lock';
import { createdOrResent } from '../answers';
import { recordAudit } from '../audit/record';
import { actorOf } from '../auth/access';
import { namedCheckpoint } from '../checkpoints';
import type { ServerContext } from '../context';
import { liveBusOf } from '../live/bus';
import { routesTagged } from '../route-options';
import { incidentView, issuesProblem, observationView, seesRecorders } from './views';

const route = routesTagged('situation');

export const situationRoutes: FastifyPluginAsyncZod<ServerContext> = async (app, ctx) => {
  const { kysely } = ctx.db;
  // Maps and dashboards ask again once a new observation is stored: the handler's transaction has
  // committed before its answer goes out.
  app.addHook('onResponse', async (request, reply) => {
    if (request.method === 'POST' && reply.statusCode === 201) liveBusOf(ctx.db).publish('observations');
  });

  app.post(
    '/api/situation/observations',
    route('situation.observe', {
      description:
        'Records what someone at the line sees: people waiting, vehicles and trucks queued, the queue in ' +
        'kilometres, the waiting time. 201 when recorded, 200 when the same observation was already.',
      body: ObservationBody,
      response: createdOrResent(ObservationSchema),
    }),
    async (request, reply) => {
      const { user } = actorOf(request);
      const recorders = seesRecorders(request);
      const body = request.body;
      const now = ctx.now();
      const checked = checkObservation(
        {
          side: body.side,
          observedAt: body.observedAt,
          values: {
            peopleWaiting: body.peopleWaiting,
            vehiclesQueued: body.vehiclesQueued,
            trucksQueued: body.trucksQueued,
            queueKm: body.queueKm,
            waitMinutes: body.waitMinutes,
          },
        },
        now,
      );
      if (!checked.ok) throw issuesProblem(checked.error);
      return writeTransaction(kysely, async (tx) => {
        const checkpoint = await namedCheckpoint(tx, request, body.checkpoint, true);
        const stored = await insertObservation(tx, {
          ...checked.value,
          id: body.id,
          checkpointId: checkpoint.id,
          observerId: user.id,
          recordedAt: now.toISOString(),
          note: body.note ?? null,
        });
        if (stored.outcome === 'conflict') throw issuesProblem([{ code: 'situation.id-taken', field: 'id' }]);
        if (stored.outcome === 'exists') {
          reply.code(200);
          return observationView(stored.observation, recorders);
        }
        await recordAudit(tx, request, now, {
          action: 'situation.observe',
          entityType: 'situation_observation',
          entityId: body.id,
          detail: { checkpoint: checkpoint.code, side: checked.value.side, ...checked.value.values },
        });
        reply.code(201);
        return observationView(stored.observation, recorders);
      });
    },
  );

  app.get(
    '/api/situation/observations',
    route('situation.read', {
      description: 'The history of observations, newest first; `before` pages back.',
      querystring: ObservationsQuery,
      response: { 200: ObservationsReply },
    }),
    async (request) => {
      const recorders = seesRecorders(request);
      const q = request.query;
      const checkpoint =
        q.checkpoint === undefined ? undefined : await namedCheckpoint(kysely, request, q.checkpoint, false);
      const before = q.before === undefined ? undefined : new Date(q.before).toISOString();
      const rows = await listObservations(kysely, { checkpointId: checkpoint?.id, before, limit: q.limit });
      return { observations: rows.map((o) => observationView(o, recorders)) };
    },
  );

  app.get(
    '/api/situation/observations/latest',
    route('situation.read', {
      description: 'Per checkpoint, side and kind, the latest value observed.',
      response: { 200: LatestObservationsReply },
    }),
    async (request) => {
      const recorders = seesRecorders(request);
      return { latest: (await latestObservations(kysely)).map((l) => latestView(l, recorders)) };
    },
  );

  app.get(
    '/api/situation/picture',
    route('situation.read', {
      description:
        "What the map shows: the operation's extent, checkpoints, open incidents, the latest queues and, " +
        'for roles that may see them, shelters.',
      response: { 200: PictureReply },
    }),
    async (request) => {
      const { user } = actorOf(request);
      const recorders = seesRecorders(request);
      return writeTransaction(kysely, async (tx) => {
        const checkpoints = await listCheckpoints(tx);
        const shelters = can(user.role, 'shelters.read') ? await listShelters(tx) : null;
        return {
          asOf: ctx.now().toISOString(),
          extent: operationExtent(checkpoints),
          checkpoints: checkpoints.map((c) => ({
            code: c.code,
            name: c.name,
            country: c.country,
            latitude: c.latitude,
            longitude: c.longitude,
            timeZone: c.timeZone,
          })),
          incidents: (await listOpenIncidents(tx)).map((i) => incidentView(i, recorders)),
          latest: (await latestObservations(tx)).map((l) => latestView(l, recorders)),
          shelters:
            shelters?.map((s) => ({
              id: s.id,
              name: s.name,
              city: s.city,
              latitude: s.latitude,
              longitude: s.longitude,
              capacity: s.capacity,
              occupancy: s.occupancy,
            })) ?? null,
        };
      });
    },
  );
};

function latestView(l: Awaited<ReturnType<typeof latestObservations>>[number], recorders: boolean) {
  return {
    checkpoint: { code: l.checkpoint.code, name: l.checkpoint.name, timeZone: l.checkpoint.timeZone },
    side: l.side,
    kind: l.kind,
    value: l.value,
    observedAt: l.observedAt,
    observationId: l.observationId,
    ...(recorders ? { observerName: l.observerName } : {}),
  };
}
