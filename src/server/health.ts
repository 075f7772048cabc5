// Liveness and readiness for load balancers and operators.

import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { sql } from 'kysely';
import { PUBLIC } from './auth/access';
import type { ServerContext } from './context';
import { Problem } from './problems';

export interface Readiness {
  isShuttingDown(): boolean;
}

export const healthRoutes: FastifyPluginAsyncZod<ServerContext & { readiness: Readiness }> = async (
  app,
  ctx,
) => {
  app.get('/healthz', { config: { access: PUBLIC }, schema: { tags: ['health'] } }, async () => ({
    status: 'ok',
  }));

  app.get('/readyz', { config: { access: PUBLIC }, schema: { tags: ['health'] } }, async () => {
    if (ctx.readiness.isShuttingDown()) throw new Problem('server.not-ready', 'The server is shutting down.');
    try {
      await sql`SELECT 1`.execute(ctx.db.kysely);
    } catch (error) {
      app.log.error({ err: error }, 'database not reachable');
      throw new Problem('server.not-ready', 'The database does not answer.');
    }
    return { status: 'ready' };
  });
};
