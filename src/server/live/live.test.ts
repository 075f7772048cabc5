import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Login, login, TEST_SETTINGS } from '../../../test/support/app';
import { openTestDb, TEST_AUDIT_KEY, type TestDb } from '../../../test/support/databases';
import { withAuditKey } from '../../store/audit';
import { type Db, openDatabase } from '../../store/db';
import { seedDemo } from '../../store/demo';
import { buildApp } from '../app';
import { createServerContext } from '../context';

const NOW = new Date('2025-11-27T15:00:00Z');

interface Server {
  readonly app: FastifyInstance;
  readonly url: string;
}

async function startServer(db: Db): Promise<Server> {
  const app = await buildApp(await createServerContext(db, () => NOW, TEST_SETTINGS));
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  return { app, url };
}

interface Stream {
  readonly headers: Headers;
  /** Waits for the next event of that name (earlier ones of other names are passed over). */
  next(event: string): Promise<{ event: string; data: unknown }>;
  /** Waits for the server to end the stream. */
  ended(): Promise<void>;
  close(): void;
}

async function openStream(url: string, cookie: string): Promise<Stream> {
  const abort = new AbortController();
  const response = await fetch(`${url}/api/live`, { headers: { cookie }, signal: abort.signal });
  expect(response.status).toBe(200);
  const reader = response.body?.pipeThrough(new TextDecoderStream()).getReader();
  if (!reader) throw new Error('no body');
  let buffer = '';
  const events: { event: string; data: unknown }[] = [];
  return {
    headers: response.headers,
    async next(name) {
      for (;;) {
        const i = events.findIndex((e) => e.event === name);
        if (i >= 0) return events.splice(0, i + 1)[i] as { event: string; data: unknown };
        const { value, done } = await reader.read();
        if (done) throw new Error(`the stream ended before a ${name} event`);
        buffer += value;
        const frames = buffer.split('\n\n');
        buffer = frames.pop() ?? '';
        for (const f of frames) {
          const event = /^event: (.+)$/m.exec(f)?.[1];
          const data = /^data: (.+)$/m.exec(f)?.[1];
          if (event && data) events.push({ event, data: JSON.parse(data) });
        }
      }
    },
    async ended() {
      for (;;) if ((await reader.read()).done) return;
    },
    close: () => abort.abort(),
  };
}

const tally = (checkpoint: string) => ({
  events: [
    {
      kind: 'tally',
      id: randomUUID(),
      at: '2025-11-27T14:00:00Z',
      checkpoint,
      direction: 'entry',
      category: 'woman',
      count: 3,
    },
  ],
});

const crossing = (checkpoint: string) => ({
  events: [
    {
      kind: 'crossing',
      id: randomUUID(),
      at: '2025-11-27T14:00:00Z',
      checkpoint,
      direction: 'entry',
      decision: 'admitted',
      person: {
        givenNames: 'Yelitza',
        surname1: 'Briceño',
        sex: 'F',
        birthDate: '1991-03-04',
        nationality: 'VEN',
      },
    },
  ],
});

async function post(url: string, who: { cookie: string; csrfToken: string }, body: unknown) {
  const response = await fetch(`${url}/api/events`, {
    method: 'POST',
    headers: { cookie: who.cookie, 'x-csrf-token': who.csrfToken, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  expect(response.status).toBe(200);
}

/**
 * An analyst's stream from `watched`, and an officer signed in on `posting` (the same server, or another
 * on the same database); the stream is closed once `use` is done, whether or not it passed.
 */
async function watching(
  watched: Server,
  posting: Server,
  use: (stream: Stream, people: { readonly analyst: Login; readonly officer: Login }) => Promise<void>,
): Promise<void> {
  const analyst = await login(watched.app, 'analyst');
  const officer = await login(posting.app, 'officer');
  const stream = await openStream(watched.url, analyst.cookie);
  try {
    await use(stream, { analyst, officer });
  } finally {
    stream.close();
  }
}

// Generous: the assertion is that the event arrives, not how fast (bench/ measures that).
const within = <T>(p: Promise<T>, ms = 10_000): Promise<T> =>
  Promise.race([p, new Promise<T>((_, reject) => setTimeout(() => reject(new Error('no event came')), ms))]);

describe('live updates on one SQLite server', () => {
  let t: TestDb;
  let server: Server;
  beforeAll(async () => {
    t = await openTestDb('sqlite');
    await seedDemo(t.db.kysely, NOW);
    server = await startServer(t.db);
  });
  afterAll(async () => {
    await server.app.close();
    await t.cleanup();
  });

  it('streams unbuffered events and tells an analyst when a crossing changes the figures', async () => {
    await watching(server, server, async (stream, { officer }) => {
      expect(stream.headers.get('content-type')).toContain('text/event-stream');
      expect(stream.headers.get('x-accel-buffering')).toBe('no');
      expect(stream.headers.get('cache-control')).toContain('no-transform');
      expect(stream.headers.get('content-encoding')).toBeNull();
      await within(stream.next('hello'));
      await post(server.url, officer, tally('PE-SANTA-ROSA'));
      const changed = await within(stream.next('figures'));
      expect(changed.data).toMatchObject({ checkpoints: ['PE-SANTA-ROSA'] });
    });
  });

  it('ends the stream of a session that ended: signed out, here', async () => {
    const analyst = await login(server.app, 'analyst');
    const stream = await openStream(server.url, analyst.cookie);
    try {
      await within(stream.next('hello'));
      const out = await fetch(`${server.url}/api/auth/logout`, {
        method: 'POST',
        headers: { cookie: analyst.cookie, 'x-csrf-token': analyst.csrfToken },
      });
      expect(out.status).toBe(204);
      await within(stream.ended(), 20_000);
    } finally {
      stream.close();
    }
  });

  it('tells a partner that the queues changed, without the note the officer wrote', async () => {
    const partner = await login(server.app, 'humanitarian');
    const officer = await login(server.app, 'officer');
    const stream = await openStream(server.url, partner.cookie);
    try {
      await within(stream.next('hello'));
      const recorded = await fetch(`${server.url}/api/situation/observations`, {
        method: 'POST',
        headers: {
          cookie: officer.cookie,
          'x-csrf-token': officer.csrfToken,
          'content-type': 'application/json',
        },
        body: JSON.stringify({
          id: randomUUID(),
          checkpoint: 'PE-SANTA-ROSA',
          side: 'entry',
          observedAt: '2025-11-27T14:50:00Z',
          peopleWaiting: 40,
          note: 'Retuvimos a 2 con alerta de Interpol',
        }),
      });
      expect(recorded.status).toBe(201);
      const changed = await within(stream.next('observations'));
      expect(JSON.stringify(changed.data)).not.toMatch(/Interpol|note/);
    } finally {
      stream.close();
    }
  });

  it('refuses the stream to somebody not signed in', async () => {
    const response = await fetch(`${server.url}/api/live`);
    expect(response.status).toBe(401);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
  });
});

describe('live updates across two servers on one PostgreSQL database', () => {
  let t: TestDb;
  let second: Db;
  let a: Server;
  let b: Server;
  beforeAll(async () => {
    t = await openTestDb('postgres');
    await seedDemo(t.db.kysely, NOW);
    const url = t.env.PASO_DATABASE_URL ?? '';
    second = withAuditKey(openDatabase({ kind: 'postgres', url }), TEST_AUDIT_KEY);
    a = await startServer(t.db);
    b = await startServer(second);
  });
  afterAll(async () => {
    await a.app.close();
    await b.app.close();
    await second.close();
    await t.cleanup();
  });

  it('shows a crossing posted through one server to a dashboard connected to the other', async () => {
    await watching(b, a, async (stream, { analyst, officer }) => {
      await within(stream.next('hello'));
      await post(a.url, officer, crossing('PE-SANTA-ROSA'));
      const arrived = await within(stream.next('figures'));
      expect(arrived.data).toMatchObject({ checkpoints: ['PE-SANTA-ROSA'] });
      const figures = await fetch(`${b.url}/api/dashboard?date=2025-11-27&checkpoint=PE-SANTA-ROSA`, {
        headers: { cookie: analyst.cookie },
      });
      const body = (await figures.json()) as { hours: { crossed: number }[] };
      expect(body.hours.reduce((n, h) => n + h.crossed, 0)).toBe(1);
    });
  });
});
