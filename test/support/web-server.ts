// The Paso server with the web app's production build, on 127.0.0.1 and a free port, for browser tests.
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/server/app';
import { createJobRegistry } from '../../src/server/jobs/jobs';
import { createMatchingService } from '../../src/server/matching/service';
import { seedDemo } from '../../src/store/demo';
import { openTestDb, type TestDb } from './databases';

export interface WebServer {
  readonly url: string;
  readonly app: FastifyInstance;
  readonly t: TestDb;
  close(): Promise<void>;
}

export async function startWebServer(): Promise<WebServer> {
  const webRoot = join(import.meta.dirname, '..', '..', 'dist', 'web');
  if (!existsSync(join(webRoot, 'index.html'))) throw new Error('dist/web is missing: run `npm run build`');
  const t = await openTestDb('sqlite');
  await seedDemo(t.db.kysely, new Date());
  const jobs = createJobRegistry({ now: () => new Date(), newId: randomUUID });
  const app = await buildApp(
    {
      db: t.db,
      now: () => new Date(),
      newId: randomUUID,
      jobs,
      matching: await createMatchingService(t.db, jobs),
      settings: {
        version: 'test',
        operationName: 'Emergencia Tacna–Arica 2025',
        cookieSecure: false,
        sessionLifetimeMs: 3600_000,
        loginRateLimit: 100,
      },
    },
    { webRoot },
  );
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
