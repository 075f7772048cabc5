// Serves the web app's production build, its service worker and manifest included; any other path
// that is not the API gets index.html so the app's own router can show it.
import { statSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import type { FastifyPluginAsync } from 'fastify';
import { PUBLIC } from './auth/access';
import { Problem } from './problems';

// A file of the build, looked up at each request so that a rebuild is served without a restart.
function isBuiltFile(root: string, path: string): boolean {
  const full = resolve(root, path);
  if (!full.startsWith(root + sep)) return false;
  try {
    return statSync(full).isFile();
  } catch {
    // Not there: the app's router shows this path.
    return false;
  }
}

function decodePath(url: string): string {
  const raw = (url.split('?')[0] ?? '/').replace(/^\/+/, '');
  try {
    return decodeURIComponent(raw);
  } catch {
    throw new Problem('request.not-found', 'The address is not validly encoded.');
  }
}

export const webRoutes: FastifyPluginAsync<{ root: string }> = async (app, { root }) => {
  app.get('/*', { config: { access: PUBLIC }, schema: { hide: true } }, async (request, reply) => {
    const path = decodePath(request.url);
    if (path === 'api' || path.startsWith('api/')) throw new Problem('request.not-found');
    if (isBuiltFile(root, path)) {
      const immutable = path.startsWith('assets/');
      // The service worker (vite-plugin-pwa) is never cached, so a new version is found at the next
      // visit; its scope is the whole app.
      if (path === 'sw.js') reply.header('service-worker-allowed', '/');
      return reply
        .header('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache')
        .sendFile(path, { cacheControl: false });
    }
    return reply.header('cache-control', 'no-cache').sendFile('index.html', { cacheControl: false });
  });
};
