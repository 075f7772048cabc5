// Builds the Paso HTTP server: validation and OpenAPI from zod schemas, problem details for every
// error, sessions and access control, one plugin per area, and the web app's production build.
import cookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { validatorCompiler } from 'fastify-type-provider-zod';
import helmet from 'helmet';
import { z } from 'zod';
import { accountRoutes } from './accounts/routes';
import { auditRoutes } from './audit/routes';
import { installAccessControl, PUBLIC } from './auth/access';
import { authRoutes } from './auth/routes';
import { careShelterRoutes } from './care/shelters';
import { careSupplyRoutes } from './care/supplies';
import type { TrustProxy } from './config';
import type { ServerContext } from './context';
import { crossingRoutes } from './crossings/routes';
import { crossingViewRoutes } from './crossings/views';
import { dashboardRoutes } from './dashboard/routes';
import { decreeRoutes } from './decrees/routes';
import { documentRoutes } from './documents/routes';
import { forecastRoutes } from './forecast/routes';
import { healthRoutes, type Readiness } from './health';
import { jobRoutes } from './jobs/routes';
import { liveRoutes } from './live/routes';
import { matchingRoutes } from './matching/routes';
import { COMPONENT_SCHEMAS, createDocumentTransform, describeAnswers, SECURITY_SCHEMES } from './openapi';
import { passRoutes } from './passes/routes';
import { peopleRoutes } from './people/routes';
import { installProblemHandlers, problemTolerantSerializer, sendProblem } from './problems';
import { referenceRoutes } from './reference/routes';
import { reportRoutes } from './reports/routes';
import { createRouteMethods } from './route-methods';
import { incidentRoutes } from './situation/incidents';
import { situationRoutes } from './situation/routes';
import { transitPassRoutes } from './transit/pass-routes';
import { transitRoutes } from './transit/routes';
import { webRoutes } from './web';

export interface AppOptions {
  readonly logger?: FastifyServerOptions['logger'];
  readonly webRoot?: string | undefined;
  readonly readiness?: Readiness;
  // Told of every route as it is added (the authorization test walks them all).
  readonly onRoute?: (route: { readonly method: string; readonly url: string }) => void;
}

const BODY_LIMIT = 1024 * 1024;
const NO_QUERY = z.strictObject({});
const NO_BODY = z.strictObject({}).nullish();
const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

// The web app loads only its own files; nothing inline, nothing from elsewhere.
const CSP = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'"],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  frameAncestors: ["'none'"],
  formAction: ["'self'"],
  upgradeInsecureRequests: null,
};

function trustProxyOption(setting: TrustProxy = false): FastifyServerOptions['trustProxy'] {
  return typeof setting === 'boolean' ? setting : [...setting];
}

export async function buildApp(ctx: ServerContext, options: AppOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: BODY_LIMIT,
    // On shutdown the listener closes and idle connections end; a request that already reached us
    // (even if its body is still arriving) is served, not refused with a 503.
    return503OnClosing: false,
    genReqId: () => ctx.newId(),
    // Behind a trusted reverse proxy, request.ip is the client's and request.host the one it asked for.
    trustProxy: trustProxyOption(ctx.settings.trustProxy),
    requestIdHeader: false,
    routerOptions: { maxParamLength: 200 },
    // Errors Fastify meets before any route runs (a badly encoded URL) are problems too.
    frameworkErrors: (error, request, reply) => {
      sendProblem(reply, request, 'validation', error.message);
    },
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(problemTolerantSerializer(app.log));
  const routeMethods = createRouteMethods();
  installProblemHandlers(app, { allowedMethods: (path) => routeMethods.allowedFor(path) });
  // The API speaks JSON only; anything else is a 415 problem.
  app.removeContentTypeParser('text/plain');

  app.addHook('onRoute', (route) => {
    // Routes added by libraries (the API reference) are public; ours each declare their access.
    if (route.url.startsWith('/api/docs')) {
      if (!route.config?.access) route.config = { ...route.config, access: PUBLIC };
    } else if (route.url !== '/*') {
      // Unknown fields are refused everywhere, also where a route takes no query or no body.
      route.schema = {
        ...route.schema,
        querystring: route.schema?.querystring ?? NO_QUERY,
        ...(UNSAFE_METHODS.has(String(route.method)) && { body: route.schema?.body ?? NO_BODY }),
      };
      describeAnswers(route, BODY_LIMIT);
    }
    for (const method of [route.method].flat()) {
      routeMethods.add(method, route.url);
      options.onRoute?.({ method, url: route.url });
    }
  });

  // Helmet's headers on every answer. Its middleware is made once here: @fastify/helmet made it anew
  // for every request, about 3% of the server's time under load.
  const securityHeaders = helmet({
    contentSecurityPolicy: { useDefaults: false, directives: CSP },
    crossOriginEmbedderPolicy: false,
  });
  app.addHook('onRequest', (request, reply, done) => {
    securityHeaders(request.raw, reply.raw, (error) => done(error instanceof Error ? error : undefined));
  });
  await app.register(cookie);
  installAccessControl(app, ctx.db.kysely, ctx.now);

  await app.register(swagger, {
    openapi: {
      info: { title: 'Paso API', version: ctx.settings.version, description: 'Border crossing operations.' },
      components: { securitySchemes: SECURITY_SCHEMES, schemas: COMPONENT_SCHEMAS },
    },
    transform: createDocumentTransform(BODY_LIMIT),
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });

  await app.register(healthRoutes, {
    ...ctx,
    readiness: options.readiness ?? { isShuttingDown: () => false },
  });
  await app.register(authRoutes, ctx);
  await app.register(accountRoutes, ctx);
  await app.register(auditRoutes, ctx);
  await app.register(referenceRoutes, ctx);
  await app.register(peopleRoutes, ctx);
  await app.register(matchingRoutes, ctx);
  await app.register(jobRoutes, ctx);
  await app.register(documentRoutes, ctx);
  await app.register(crossingRoutes, ctx);
  await app.register(crossingViewRoutes, ctx);
  await app.register(situationRoutes, ctx);
  await app.register(incidentRoutes, ctx);
  await app.register(dashboardRoutes, ctx);
  await app.register(forecastRoutes, ctx);
  await app.register(liveRoutes, ctx);
  await app.register(reportRoutes, ctx);
  await app.register(passRoutes, ctx);
  await app.register(transitPassRoutes, ctx);
  await app.register(decreeRoutes, ctx);
  await app.register(transitRoutes, ctx);
  await app.register(careShelterRoutes, ctx);
  await app.register(careSupplyRoutes, ctx);
  if (options.webRoot) {
    await app.register(fastifyStatic, { root: options.webRoot, serve: false });
    await app.register(webRoutes, { root: options.webRoot });
  }
  return app;
}
