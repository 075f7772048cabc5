// The options an area's routes declare alike: the capability a caller needs (config.access, which
// auth/access.ts enforces) and the schema, filed under the area's tag in the API's description.
// Routes open to anyone or to any signed-in user declare their access as they are.
import type { FastifySchema } from 'fastify';
import type { Capability } from '../domain/access';
import { needs } from './auth/access';

/** The options maker of one area's routes: `route('care.read', { description, querystring, response })`. */
export const routesTagged =
  (tag: string) =>
  <S extends FastifySchema>(capability: Capability, schema: S) => ({
    config: { access: needs(capability) },
    schema: { tags: [tag], ...schema },
  });
