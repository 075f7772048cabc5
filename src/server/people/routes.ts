// Registering a person at a booth. The id is made at the booth, so a resend (offline sync, a retry)
// is applied once. Every registration is screened against the watchlists in force and compared with
// earlier registrations; the officer learns only "clear" or "hold", and sees possible earlier records.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { RegisterBody, RegisterReply } from '../../api/people';
import { checkpointScopeOf } from '../../domain/access';
import { createdOrResent } from '../answers';
import { auditWriterOf } from '../audit/record';
import { actorOf } from '../auth/access';
import type { ServerContext } from '../context';
import { routesTagged } from '../route-options';
import { answerResend, checkPlace, registerNew } from './service';

const route = routesTagged('people');

export const peopleRoutes: FastifyPluginAsyncZod<ServerContext> = async (app, ctx) => {
  app.post(
    '/api/registrations',
    route('people.register', { body: RegisterBody, response: createdOrResent(RegisterReply) }),
    async (request, reply) => {
      const body = request.body;
      const { user } = actorOf(request);
      const scope = checkpointScopeOf(user);
      await checkPlace(ctx.db.kysely, body, scope);
      const resent = await answerResend(ctx, body, scope);
      if (resent) return reply.code(200).send(resent);
      const made = await registerNew(ctx, body, user, scope, auditWriterOf(request, ctx.now()));
      return reply.code(201).send(made);
    },
  );
};
