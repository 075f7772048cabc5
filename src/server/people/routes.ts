// Registering a person at a booth. The id is made at the booth, so a resend (offline sync, a retry)
// is applied once. Every registration is screened against the watchlists in force and compared with
// earlier registrations; the officer learns only "clear" or "hold", and sees possible earlier records.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { EarlierRecordsBody, EarlierRecordsReply, RegisterBody, RegisterReply } from '../../api/people';
import { checkpointScopeOf } from '../../domain/access';
import { createdOrResent } from '../answers';
import { auditWriterOf, recordAudit } from '../audit/record';
import { actorOf } from '../auth/access';
import { namedCheckpoint } from '../checkpoints';
import type { ServerContext } from '../context';
import { matchableOfInput } from '../matching/service';
import { routesTagged } from '../route-options';
import { candidateView } from './candidates';
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

  // Before deciding: the booth asks as soon as it knows who stands before it, so that the officer
  // sees that this person was registered yesterday at booth 3 before choosing, not after.
  app.post(
    '/api/people/candidates',
    route('people.register', {
      description:
        'Earlier registrations that may be the person described (compared as a crossing’s person is), ' +
        'without registering anyone. An answer that names people is audited as a read.',
      body: EarlierRecordsBody,
      response: { 200: EarlierRecordsReply },
    }),
    async (request) => {
      const body = request.body;
      const { user } = actorOf(request);
      const checkpoint = await namedCheckpoint(ctx.db.kysely, request, body.checkpoint, true);
      const asked = matchableOfInput(ctx.newId(), body.person, body.document);
      const hits = await ctx.matching.candidates(ctx.db.kysely, asked);
      const candidates = await candidateView(ctx.db.kysely, hits, checkpointScopeOf(user));
      if (candidates.length > 0) {
        await recordAudit(ctx.db.kysely, request, ctx.now(), {
          action: 'people.candidates',
          entityType: 'checkpoint',
          entityId: checkpoint.id,
          detail: { candidates: candidates.map((c) => c.personId) },
        });
      }
      return { candidates };
    },
  );
};
