import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installProblemHandlers } from './problems';
import { webRoutes } from './web';

describe('serving the web app build', () => {
  let app: FastifyInstance;
  let root: string;
  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'paso-web-'));
    mkdirSync(join(root, 'assets'));
    writeFileSync(join(root, 'index.html'), '<html>app</html>');
    writeFileSync(join(root, 'assets', 'app-1.js'), 'console.log(1)');
    writeFileSync(join(root, 'sw.js'), 'self.skipWaiting');
    writeFileSync(join(root, 'manifest.webmanifest'), '{"name":"Paso"}');
    app = Fastify();
    installProblemHandlers(app);
    await app.register(fastifyStatic, { root, serve: false });
    await app.register(webRoutes, { root });
  });
  afterAll(async () => {
    await app.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('serves built files, immutable under assets/', async () => {
    const response = await app.inject('/assets/app-1.js');
    expect(response.body).toBe('console.log(1)');
    expect(response.headers['cache-control']).toContain('immutable');
  });

  it('serves the service worker as a script for the whole app, never cached', async () => {
    const response = await app.inject('/sw.js');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/javascript/);
    expect(response.headers['cache-control']).toBe('no-cache');
    expect(response.headers['service-worker-allowed']).toBe('/');
  });

  it('serves the web app manifest as a manifest', async () => {
    const response = await app.inject('/manifest.webmanifest');
    expect(response.headers['content-type']).toMatch(/^application\/manifest\+json/);
  });

  it('serves a file added by a rebuild without a restart', async () => {
    writeFileSync(join(root, 'assets', 'app-2.js'), 'console.log(2)');
    expect((await app.inject('/assets/app-2.js')).body).toBe('console.log(2)');
  });

  it.each(['/', '/admin/users', '/login?next=/x'])(
    'answers the app route %s with index.html',
    async (url) => {
      expect((await app.inject(url)).body).toBe('<html>app</html>');
    },
  );

  it.each(['/..%2f..%2fetc%2fpasswd', '/%2e%2e/%2e%2e/etc/passwd', '/assets/../../etc/passwd'])(
    'never serves a file outside the build: %s',
    async (url) => {
      const response = await app.inject(url);
      expect(response.body).not.toContain('root:');
    },
  );

  it('answers an unknown API path with a problem, not the app', async () => {
    const response = await app.inject('/api/unknown');
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toContain('application/problem+json');
  });
});
