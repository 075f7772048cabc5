// The live bus: areas publish what changed (after their transaction commits) and the live stream
// (GET /api/live) forwards it to every connected dashboard and map. One bus per database: on SQLite
// one process serves everything, so delivery is in process; on PostgreSQL, where several Paso
// servers may share the database, each message also goes out by NOTIFY and every other server's
// listener (pg-listener.ts) hands it to its own subscribers.
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Db } from '../../store/db';
import { LIVE_CHANNEL, type PgListener, startPgListener } from './pg-listener';

/** What travels: figures (crossing counts changed); incidents and observations publish theirs too. */
export type LiveTopic = 'figures' | 'incidents' | 'observations' | 'shelters';

export interface LiveMessage {
  readonly topic: LiveTopic;
  /** Small and aggregate (ids, codes): it reaches every signed-in user of situation.read. */
  readonly payload: Readonly<Record<string, unknown>>;
  readonly at: string;
}

export interface LiveBus {
  /** Call after the change has committed: subscribers refetch what they show. */
  publish(topic: LiveTopic, payload?: Readonly<Record<string, unknown>>): void;
  /** Returns the function that ends the subscription. */
  subscribe(listener: (message: LiveMessage) => void): () => void;
  /** On PostgreSQL, listen for other servers' messages (the live route starts this); settles once listening or failed. */
  listen(log: (error: unknown) => void): Promise<void>;
  close(): Promise<void>;
}

// NOTIFY payloads must stay under 8000 bytes; a larger one travels without its payload.
const MAX_PAYLOAD = 7000;
const buses = new WeakMap<Db, LiveBus>();

/** The bus of a database, made on first use; every server area publishes through this. */
export function liveBusOf(db: Db): LiveBus {
  let bus = buses.get(db);
  if (bus === undefined) {
    bus = createBus(db, () => buses.delete(db));
    buses.set(db, bus);
  }
  return bus;
}

function createBus(db: Db, forget: () => void): LiveBus {
  const origin = randomUUID();
  const listeners = new Set<(message: LiveMessage) => void>();
  const deliver = (message: LiveMessage) => {
    for (const listener of listeners) listener(message);
  };
  let listener: PgListener | null = null;
  // Until the live route hands its logger, a failed NOTIFY goes unreported.
  let log: (error: unknown) => void = () => undefined;
  const notify = db.dialect === 'postgres' ? createNotifier(db, (e) => log(e)) : null;

  return {
    publish(topic, payload = {}) {
      const message = { topic, payload, at: new Date().toISOString() };
      deliver(message);
      if (notify === null) return;
      const text = JSON.stringify({ origin, ...message });
      notify(
        text.length <= MAX_PAYLOAD ? text : JSON.stringify({ origin, topic, payload: {}, at: message.at }),
      );
    },
    subscribe(fn) {
      listeners.add(fn);
      return () => listeners.delete(fn);
    },
    async listen(onError) {
      log = onError;
      if (db.dialect !== 'postgres' || db.config.kind !== 'postgres') return;
      if (listener !== null) return listener.ready;
      listener = startPgListener(db.config.url, {
        onMessage: (text) => {
          const message = parseMessage(text);
          if (message !== null && message.origin !== origin) deliver(message.message);
        },
        onError,
      });
      return listener.ready;
    },
    async close() {
      forget();
      listeners.clear();
      await listener?.close();
      listener = null;
    },
  };
}

// One NOTIFY statement at a time; what is published meanwhile goes in the next, repeats once.
function createNotifier(db: Db, onError: (error: unknown) => void): (text: string) => void {
  let pending: string[] = [];
  let sending = false;
  const drain = async () => {
    sending = true;
    while (pending.length > 0) {
      const batch = [...new Set(pending)];
      pending = [];
      try {
        await sql`SELECT ${sql.join(batch.map((t) => sql`pg_notify(${LIVE_CHANNEL}, ${t})`))}`.execute(
          db.kysely,
        );
      } catch (error) {
        onError(error);
      }
    }
    sending = false;
  };
  return (text) => {
    pending.push(text);
    if (!sending) void drain();
  };
}

const TOPICS = new Set<string>(['figures', 'incidents', 'observations', 'shelters']);

function parseMessage(text: string): { origin: string; message: LiveMessage } | null {
  try {
    const v: unknown = JSON.parse(text);
    if (typeof v !== 'object' || v === null) return null;
    const { origin, topic, payload, at } = v as Record<string, unknown>;
    if (typeof origin !== 'string' || typeof topic !== 'string' || !TOPICS.has(topic)) return null;
    const body = typeof payload === 'object' && payload !== null ? (payload as Record<string, unknown>) : {};
    return {
      origin,
      message: { topic: topic as LiveTopic, payload: body, at: typeof at === 'string' ? at : '' },
    };
  } catch {
    // Another program may NOTIFY on the channel: what is not ours is ignored.
    return null;
  }
}
