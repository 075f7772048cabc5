// Runs the server: opens and migrates the database, seeds the demo when asked, listens, and shuts
// down gracefully on SIGTERM or SIGINT, finishing the requests in flight.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { newId } from '../api/ids';
import { foreignAuditKey, loadAuditKey, type OpenedAuditKey, withAuditKey } from '../store/audit';
import { type Db, migrate, openDatabase } from '../store/db';
import { DEMO_PASSWORD, DEMO_USERS, ensureFirstAdmin, refreshDemo, seedDemo } from '../store/demo';
import { oneStartAtATime } from '../store/transaction-lock';
import { buildApp } from './app';
import { publishAuditHeads } from './audit/heads';
import { startSessionSweeps } from './auth/session-sweep';
import type { Config } from './config';
import { createServerContext, type ServerContext } from './context';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export function packageVersion(): string {
  const pkg: unknown = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  return typeof pkg === 'object' && pkg !== null && 'version' in pkg ? String(pkg.version) : '0.0.0';
}

export interface Running {
  readonly app: FastifyInstance;
  readonly context: ServerContext;
  readonly url: string;
  stop(): Promise<void>;
}

export async function serve(
  config: Config,
  options: {
    demo: boolean;
    /** Start with a key that did not make the newest audit entry: only after the key was lost for good. */
    newAuditKey?: boolean;
    print?: (line: string) => void;
    signals?: boolean;
  },
): Promise<Running> {
  const print = options.print ?? ((line: string) => console.log(line));
  const opened = loadAuditKey(config.audit.key, { create: true });
  const db = withAuditKey(openDatabase(config.database), opened.key);
  const now = () => new Date();
  let prepared: Awaited<ReturnType<typeof prepareDatabase>>;
  try {
    await migrate(db);
    prepared = await prepareDatabase(db, opened, options, now);
  } catch (error) {
    await db.close();
    throw error;
  }
  const { seeded, firstAdmin } = prepared;
  // Shown as soon as it is made: a start that fails after this point (a port in use) must not lose it.
  if (firstAdmin) {
    print('First start: an administrator was created. This password is shown only once:');
    print(`  username: ${firstAdmin.username}   password: ${firstAdmin.password}`);
  }

  // The booth's candidate search runs in the candidate index's worker thread from the first person:
  // on the serving thread it took a fifth of that thread's time on an empty database
  // (docs/decisions/0009-candidate-index-always-in-its-worker.md).
  const ctx = await createServerContext(
    db,
    now,
    {
      version: packageVersion(),
      operationName: config.operationName,
      cookieSecure: config.cookieSecure,
      sessionLifetimeMs: config.sessionLifetimeMs,
      loginRateLimit: config.loginRateLimit,
      trustProxy: config.trustProxy,
      groupCommit: config.groupCommit,
    },
    { peopleInThreadFrom: 0 },
  );
  let shuttingDown = false;
  const webRoot = join(root, 'dist', 'web');
  const app = await buildApp(ctx, {
    logger: { level: config.logLevel },
    webRoot: existsSync(join(webRoot, 'index.html')) ? webRoot : undefined,
    readiness: { isShuttingDown: () => shuttingDown },
  });
  const heads = publishAuditHeads(db.kysely, app.log, now, config.audit.headEvery);
  await heads.publish('start');
  try {
    await app.listen({ host: config.host, port: config.port });
  } catch (error) {
    // Everything started so far stops, so that the command ends and says why instead of hanging.
    await app.close();
    await heads.stop();
    await db.close();
    throw listenFailure(error, config);
  }
  // Expired sessions are deleted from now on, the first ones while the server already serves.
  const sweeps = startSessionSweeps(db.kysely, app.log, now);
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`;

  if (options.demo) {
    print(
      `${seeded ? 'Demo scenario seeded' : 'Demo scenario'} — DEMO DATA. Log in with password "${DEMO_PASSWORD}" as:`,
    );
    for (const user of DEMO_USERS) print(`  ${user.username.padEnd(20)} ${user.role}`);
  }
  const stop = async () => {
    if (shuttingDown) return;
    shuttingDown = true;
    await app.close();
    await sweeps.stop();
    await heads.stop();
    await db.close();
  };
  const running = { app, context: ctx, url, stop };
  // Before the line below: whoever waits for it may stop the server at once.
  if (options.signals) stopOnSignals(running);
  // Last, so that whoever waits for this line has seen everything above it.
  print(`Paso is serving at ${url}  (database: ${config.database.kind})`);
  return running;
}

// What a start does to the database before it serves, one server at a time on PostgreSQL: the key is
// checked against the newest audit entry inside the lock, so that of two servers started at once on an
// empty database with different keys, the second finds the entry the first has just written.
async function prepareDatabase(
  db: Db,
  opened: OpenedAuditKey,
  options: { readonly demo: boolean; readonly newAuditKey?: boolean },
  now: () => Date,
) {
  return oneStartAtATime(db.kysely, async () => {
    const foreign = options.newAuditKey ? undefined : await foreignAuditKey(db.kysely, opened);
    if (foreign !== undefined) throw new Error(foreign);
    if (!options.demo) return { seeded: false, firstAdmin: await ensureFirstAdmin(db.kysely, now(), newId) };
    const fresh = await seedDemo(db.kysely, now());
    // The demo is about today: its rules in force and its recent hours there, whenever it starts.
    await refreshDemo(db.kysely, now());
    return { seeded: fresh, firstAdmin: undefined };
  });
}

export function stopOnSignals(running: Running): void {
  const onSignal = (signal: NodeJS.Signals) => {
    running.app.log.info({ signal }, 'shutting down');
    running.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        running.app.log.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', onSignal);
  process.once('SIGINT', onSignal);
}

// Why the server could not listen, in words an operator acts on.
function listenFailure(error: unknown, config: Config): unknown {
  const code = (error as { code?: unknown }).code;
  const where = `${config.host}:${config.port}`;
  if (code === 'EADDRINUSE')
    return new Error(
      `${where} is already in use: another Paso or another program listens there. Stop it, or choose another port (--port or PASO_PORT).`,
    );
  if (code === 'EACCES')
    return new Error(
      `not allowed to listen on ${where} (ports under 1024 need privileges): choose another port (--port or PASO_PORT).`,
    );
  if (code === 'EADDRNOTAVAIL')
    return new Error(
      `${config.host} is not an address of this machine: choose another (--host or PASO_HOST).`,
    );
  return error;
}
