// The supplies API: stock per place with movements, thresholds and low-stock alerts, and requests
// moving from requested to received. Aggregates only: no person is named here. Every write audited.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  AppliedReply,
  MovementBody,
  RecountQuery,
  RequestBody,
  RequestsReply,
  StockReply,
  ThresholdBody,
  TransitionBody,
  TransitionReply,
} from '../../api/care';
import {
  createRequest,
  listPlaces,
  listRequests,
  lowStock,
  readStock,
  recentMovements,
  recordMovement,
  recountStockFigures,
  setThreshold,
  transitionRequest,
} from '../../store/care';
import type { ServerContext } from '../context';
import { routesTagged } from '../route-options';
import { appliedUnlessRefused, auditedCareWrite } from './write';

const route = routesTagged('care');

export const careSupplyRoutes: FastifyPluginAsyncZod<ServerContext> = async (app, ctx) => {
  const { kysely } = ctx.db;

  app.get(
    '/api/care/stock',
    route('care.read', {
      description:
        'Stock of each item at each place, thresholds, the places and items under them, and the latest ' +
        'movements. With recount=true the levels are recounted from the movements; the two always agree.',
      querystring: RecountQuery,
      response: { 200: StockReply },
    }),
    async (request) => {
      const [places, levels, low, movements] = await Promise.all([
        listPlaces(kysely),
        request.query.recount === 'true' ? recountStockFigures(kysely) : readStock(kysely),
        lowStock(kysely),
        recentMovements(kysely),
      ]);
      return { places, levels, thresholds: low.thresholds, alerts: low.alerts, movements };
    },
  );

  app.post(
    '/api/care/movements',
    route('care.manage', {
      description:
        'A delivery to a place, a distribution from it, or a transfer between two (two movements in one ' +
        'transaction). Refused when any place would hold less than nothing.',
      body: MovementBody,
      response: { 200: AppliedReply },
    }),
    async (request) =>
      auditedCareWrite(
        ctx,
        request,
        ({ tx, recorded }) => recordMovement(tx, request.body, recorded),
        () => ({
          action: 'care.movement',
          entityType: 'stock_movement',
          entityId: request.body.id,
          detail: { ...request.body },
        }),
      ),
  );

  app.post(
    '/api/care/thresholds',
    route('care.manage', {
      description: 'Sets the stock under which an item at a place is low.',
      body: ThresholdBody,
      response: { 200: AppliedReply },
    }),
    async (request) =>
      auditedCareWrite(
        ctx,
        request,
        async ({ tx, recorded }) => appliedUnlessRefused(await setThreshold(tx, request.body, recorded)),
        () => ({ action: 'care.threshold', detail: { ...request.body } }),
      ),
  );

  app.get(
    '/api/care/requests',
    route('care.read', {
      description: 'Supply requests, newest first, each with who moved it and when.',
      response: { 200: RequestsReply },
    }),
    async () => ({ requests: (await listRequests(kysely)).map((r) => ({ ...r, history: [...r.history] })) }),
  );

  app.post(
    '/api/care/requests',
    route('care.manage', {
      description: 'A place asks for a quantity of an item.',
      body: RequestBody,
      response: { 200: AppliedReply },
    }),
    async (request) =>
      auditedCareWrite(
        ctx,
        request,
        ({ tx, recorded }) => createRequest(tx, request.body, recorded),
        () => ({
          action: 'care.request',
          entityType: 'supply_request',
          entityId: request.body.id,
          detail: { ...request.body },
        }),
      ),
  );

  app.post(
    '/api/care/request-transitions',
    route('care.manage', {
      description:
        'Moves a request on: requested → committed → sent → received, or cancelled before it is sent. ' +
        'Received delivers its quantity to the place that asked.',
      body: TransitionBody,
      response: { 200: TransitionReply },
    }),
    async (request) =>
      auditedCareWrite(
        ctx,
        request,
        ({ tx, recorded }) => transitionRequest(tx, request.body, recorded),
        () => ({
          action: 'care.request-transition',
          entityType: 'supply_request',
          entityId: request.body.requestId,
          detail: { ...request.body },
        }),
      ),
  );
};
