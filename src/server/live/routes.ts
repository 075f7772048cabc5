// GET /api/live: a server-sent event stream of what changed (the live bus's messages), with a
// heartbeat comment every 15 seconds so that proxies and browsers keep the connection. Streams are
// never buffered nor compressed on the way (X-Accel-Buffering, no-transform), and end when the
// server shuts down, or within seconds of the session ending (signed out, expired, a disabled account,
// a new password, a role that may no longer read the situation); EventSource reconnects by itself.
import { PassThrough } from 'node:stream';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { LiveQuery } from '../../api/dashboard';
import { can } from '../../domain/access';
import { findSignedIn } from '../../store/accounts';
import { SESSION_COOKIE } from '../auth/access';
import type { ServerContext } from '../context';
import { routesTagged } from '../route-options';
import { type LiveMessage, type LiveTopic, liveBusOf } from './bus';

const HEARTBEAT_MS = 15_000;
// A busy checkpoint changes the figures many times a second; a dashboard needs at most a few a second.
const COALESCE_MS = 250;
const COALESCED = new Set<LiveTopic>(['figures']);
// EventSource waits this long before reconnecting after the stream ends.
const RETRY_MS = 3000;
// How often an open stream asks whether its session still holds.
const SESSION_CHECK_MS = 5000;

const frame = (event: string, data: unknown): string => `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;

const route = routesTagged('situation');

export const liveRoutes: FastifyPluginAsyncZod<ServerContext> = async (app, ctx) => {
  const bus = liveBusOf(ctx.db);
  await bus.listen((error) => app.log.warn({ err: error }, 'live updates: the database listener failed'));
  const open = new Set<PassThrough>();
  app.addHook('preClose', async () => {
    for (const stream of open) stream.end();
  });
  app.addHook('onClose', async () => {
    await bus.close();
  });

  app.get(
    '/api/live',
    route('situation.read', {
      description:
        'Server-sent events (text/event-stream): `hello` on opening, then `figures` when the crossing ' +
        'figures change (data: the checkpoints concerned) and `incidents`, `observations`, `shelters` ' +
        'when those change; a comment line every 15 s keeps the connection open.',
      querystring: LiveQuery,
      response: {
        200: {
          description: 'An event stream.',
          content: { 'text/event-stream': { schema: z.string() } },
        },
      },
    }),
    async (request, reply) => {
      const stream = new PassThrough();
      reply
        .header('content-type', 'text/event-stream; charset=utf-8')
        .header('cache-control', 'no-cache, no-transform')
        .header('x-accel-buffering', 'no')
        .header('connection', 'keep-alive');
      stream.write(`retry: ${RETRY_MS}\n`);
      stream.write(frame('hello', { at: ctx.now().toISOString() }));
      if (request.query.once === 'true') {
        stream.end();
        return reply.send(asBody(stream));
      }
      open.add(stream);
      const send = (m: LiveMessage) => stream.write(frame(m.topic, { ...m.payload, at: m.at }));
      const throttled = coalesce(send);
      const unsubscribe = bus.subscribe((m) => (COALESCED.has(m.topic) ? throttled(m) : send(m)));
      const heartbeat = setInterval(() => stream.write(': heartbeat\n\n'), HEARTBEAT_MS);
      const token = request.cookies[SESSION_COOKIE] ?? '';
      const sessionCheck = setInterval(() => {
        findSignedIn(ctx.db.kysely, token, ctx.now()).then(
          (found) => {
            if (!found || !can(found.user.role, 'situation.read')) end();
          },
          (error: unknown) => app.log.warn({ err: error }, 'live updates: the session check failed'),
        );
      }, SESSION_CHECK_MS);
      const end = () => {
        clearInterval(heartbeat);
        clearInterval(sessionCheck);
        unsubscribe();
        throttled.cancel();
        open.delete(stream);
        stream.end();
      };
      request.raw.once('close', end);
      stream.once('close', end);
      return reply.send(asBody(stream));
    },
  );
};

// The schema documents the stream's text; Fastify sends a stream as it comes, unserialised.
const asBody = (stream: PassThrough): string => stream as unknown as string;

// The first message of a topic goes at once; those within the next moment go as one, the last.
function coalesce(send: (m: LiveMessage) => void) {
  const timers = new Map<LiveTopic, NodeJS.Timeout>();
  const waiting = new Map<LiveTopic, LiveMessage>();
  const fire = (topic: LiveTopic) => {
    const next = waiting.get(topic);
    waiting.delete(topic);
    if (next === undefined) {
      timers.delete(topic);
      return;
    }
    send(next);
    timers.set(
      topic,
      setTimeout(() => fire(topic), COALESCE_MS),
    );
  };
  const throttled = (m: LiveMessage) => {
    if (timers.has(m.topic)) {
      waiting.set(m.topic, merge(waiting.get(m.topic), m));
      return;
    }
    send(m);
    timers.set(
      m.topic,
      setTimeout(() => fire(m.topic), COALESCE_MS),
    );
  };
  throttled.cancel = () => {
    for (const t of timers.values()) clearTimeout(t);
    timers.clear();
  };
  return throttled;
}

// Figures messages name checkpoints: the coalesced one names them all (empty stays "any").
function merge(before: LiveMessage | undefined, m: LiveMessage): LiveMessage {
  if (before === undefined) return m;
  const a = before.payload.checkpoints;
  const b = m.payload.checkpoints;
  if (!Array.isArray(a) || !Array.isArray(b) || a.length === 0 || b.length === 0) {
    return { ...m, payload: { ...m.payload, checkpoints: [] } };
  }
  return { ...m, payload: { ...m.payload, checkpoints: [...new Set([...a, ...b])].sort() } };
}
