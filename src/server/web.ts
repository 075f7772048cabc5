// Serves the web app's production build; any other path that is not the API gets index.html so the
// app's own router can show it.
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { FastifyPluginAsync } from 'fastify';
import { PUBLIC } from './auth/access';
import { Problem } from './problems';

function listFiles(root: string, dir = root): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(root, path) : [relative(root, path).split(sep).join('/')];
  });
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
  const files = new Set(listFiles(root));
  app.get('/*', { config: { access: PUBLIC }, schema: { hide: true } }, async (request, reply) => {
    const path = decodePath(request.url);
    if (path === 'api' || path.startsWith('api/')) throw new Problem('request.not-found');
    if (files.has(path)) {
      const immutable = path.startsWith('assets/');
      return reply
        .header('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache')
        .sendFile(path);
    }
    return reply.header('cache-control', 'no-cache').sendFile('index.html');
  });
};
