// A dedicated PostgreSQL connection that LISTENs on the live channel (a pooled connection cannot:
// it goes back to the pool). When the connection is lost it reconnects, waiting longer each time up to
// a few seconds; messages sent while it was down are lost, and dashboards poll meanwhile.
import pg from 'pg';

export const LIVE_CHANNEL = 'paso_live';

export interface PgListener {
  /** Settles when the first attempt to listen has succeeded or failed (it never rejects). */
  readonly ready: Promise<void>;
  close(): Promise<void>;
}

const MAX_WAIT_MS = 5000;

export function startPgListener(
  url: string,
  handlers: { onMessage: (text: string) => void; onError: (error: unknown) => void },
): PgListener {
  let closed = false;
  let client: pg.Client | null = null;
  let timer: NodeJS.Timeout | null = null;
  let wait = 100;
  let settleFirst: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => {
    settleFirst = resolve;
  });

  const retry = () => {
    if (closed || timer !== null) return;
    timer = setTimeout(() => {
      timer = null;
      void connect();
    }, wait);
    wait = Math.min(wait * 2, MAX_WAIT_MS);
  };

  async function connect(): Promise<void> {
    const c = new pg.Client({ connectionString: url });
    client = c;
    c.on('notification', (n) => {
      if (n.channel === LIVE_CHANNEL && n.payload !== undefined) handlers.onMessage(n.payload);
    });
    c.on('error', (error) => {
      handlers.onError(error);
      void endQuietly(c);
    });
    c.on('end', () => {
      if (client === c) client = null;
      retry();
    });
    try {
      await c.connect();
      await c.query(`LISTEN ${LIVE_CHANNEL}`);
      wait = 100;
      settleFirst();
      if (closed) await c.end();
    } catch (error) {
      settleFirst();
      if (!closed) handlers.onError(error);
      await endQuietly(c);
      retry();
    }
  }

  void connect();
  return {
    ready,
    async close() {
      closed = true;
      if (timer !== null) clearTimeout(timer);
      timer = null;
      const c = client;
      client = null;
      if (c) await endQuietly(c);
    },
  };
}

// Ending a connection that already failed may fail again; the error was reported when it first failed.
const endQuietly = (c: pg.Client): Promise<void> =>
  c.end().then(
    () => undefined,
    () => undefined,
  );
