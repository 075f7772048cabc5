// The crossings API: a batch of events in (the booth and its offline outbox send exactly this), and
// the figures out. Routes only translate HTTP; the service records and the store counts.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { CountsQuery, CountsReply } from '../../api/crossings';
import { EventBatchBody, EventBatchReply } from '../../api/events';
import { readFigures } from '../../store/crossings';
import { actorOf } from '../auth/access';
import type { ServerContext } from '../context';
import { Problem } from '../problems';
import { routesTagged } from '../route-options';
import { registerOfflineRoutes } from './offline-routes';
import { recountOffThread } from './recount';
import { createRecordContext, recordEvents } from './service';

/** A batch of POST /api/events: a thousand events of up to 4 KiB each. */
export const EVENTS_BODY_LIMIT = 4 * 1024 * 1024;

const route = routesTagged('crossings');

export const crossingRoutes: FastifyPluginAsyncZod<ServerContext> = async (app, ctx) => {
  const { kysely } = ctx.db;
  const recording = createRecordContext(ctx, ctx.settings.groupCommit !== false);
  registerOfflineRoutes(app, ctx, recording);

  app.post(
    '/api/events',
    {
      // The most events a batch takes (a thousand), each with a note and a zone as read: a booth's
      // outbox after an outage, or a device's file, is not refused whole for its size.
      bodyLimit: EVENTS_BODY_LIMIT,
      ...route('crossings.record', {
        description:
          'Records a batch of crossing, tally and correction events (the event interchange of docs/counting.md). ' +
          'Each event is validated and applied on its own: the answer has one outcome per event, in order. ' +
          'A correction that decides a held crossing (another decision, or a void) gives the reason, as its ' +
          'note or set.note, not blank: without one that event alone is refused (problem code ' +
          'correction.note-required).',
        body: EventBatchBody,
        response: { 200: EventBatchReply },
      }),
    },
    async (request) => {
      const outcomes = await recordEvents(recording, request, actorOf(request), request.body.events);
      return { outcomes };
    },
  );

  app.get(
    '/api/counts',
    route('figures.exact', {
      description:
        'Crossed, refused and held, by the dimensions asked for, between two local dates (both included). ' +
        'With recount=true the figures are computed from the raw events instead; the two always agree.',
      querystring: CountsQuery,
      response: { 200: CountsReply },
    }),
    async (request) => {
      const q = request.query;
      if (q.from > q.to)
        throw new Problem('validation', 'querystring.from: the first date comes after the last');
      const query = { from: q.from, to: q.to, checkpoint: q.checkpoint, by: q.by };
      const rows =
        q.recount === 'true' ? await recountOffThread(ctx.db, query) : await readFigures(kysely, query);
      return { from: q.from, to: q.to, by: q.by, rows };
    },
  );
};
