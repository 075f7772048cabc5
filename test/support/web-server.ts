import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { buildApp } from '../../src/server/app';
import { createServerContext } from '../../src/server/context';
import { DEMO_PASSWORD, seedDemo } from '../../src/store/demo';
import { logInAs, openBrowser } from './browser';
import { openTestDb, type TestDb } from './databases';

type Browser = Awaited<ReturnType<typeof openBrowser>>;

export interface WebServer {
  readonly url: string;
  readonly app: FastifyInstance;
  readonly t: TestDb;
  close(): Promise<void>;
}

/** `now`: the server's clock, for a test that moves it (the answers' Date header stays the machine's). */
export async function startWebServer(options: { readonly now?: () => Date } = {}): Promise<WebServer> {
  const webRoot = join(import.meta.dirname, '..', '..', 'dist', 'web');
  if (!existsSync(join(webRoot, 'index.html'))) throw new Error('dist/web is missing: run `npm run build`');
  const t = await openTestDb('sqlite');
  await seedDemo(t.db.kysely, new Date());
  const context = await createServerContext(t.db, options.now ?? (() => new Date()), {
    version: 'test',
    operationName: 'Emergencia Tacna–Arica 2025',
    cookieSecure: false,
    sessionLifetimeMs: 3600_000,
    loginRateLimit: 100,
  });
  const app = await buildApp(context, { webRoot });
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  return {
    url,
    app,
    t,
    close: async () => {
      await app.close();
      await t.cleanup();
    },
  };
}

/**
 * A web server on a fresh database and a Chromium for the tests of one describe block: started
 * before its first test, closed after its last. Read `server` and `browser` inside the tests.
 */
export function browserSuite(options: { readonly serviceWorkers?: 'allow' | 'block' } = {}): {
  readonly server: WebServer;
  readonly browser: Browser;
  /** A new page signed in as a demo user; console errors go into `errors`. */
  logIn(username: string, errors: string[]): Promise<Page>;
} {
  let server: WebServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await startWebServer();
    browser = await openBrowser(options);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the suite has not started: read it inside a test');
    return value;
  };
  return {
    get server() {
      return started(server);
    },
    get browser() {
      return started(browser);
    },
    logIn: (username, errors) =>
      logInAs(started(browser).context, started(server).url, username, DEMO_PASSWORD, errors),
  };
}
