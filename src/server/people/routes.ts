// Registering a person at a booth. The id is made at the booth, so a resend (offline sync, a retry)
// is applied once. Every registration is screened against the watchlists in force and compared with
// earlier registrations; the officer learns only "clear" or "hold", and sees possible earlier records.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { RegisterBody, RegisterReply } from '../../api/people';
import { isCheckpointScoped } from '../../domain/access';
import { normalizeName, parsePartialDate } from '../../domain/matching';
import { findPeople, findRegistration, insertRegistration, type PersonRecord } from '../../store/people';
import { listCheckpoints } from '../../store/reference';
import { recordAudit } from '../audit/record';
import { actorOf, needs } from '../auth/access';
import type { ServerContext } from '../context';
import { storeMatches, toMatchable } from '../matching/service';
import { Problem } from '../problems';
import { candidateView } from './candidates';

const partial = (text: string | undefined) => {
  if (text === undefined) return null;
  const parsed = parsePartialDate(text);
  return parsed.ok ? (parsed.value ?? null) : null;
};

export const peopleRoutes: FastifyPluginAsyncZod<ServerContext> = async (app, ctx) => {
  const { kysely } = ctx.db;

  app.post(
    '/api/registrations',
    {
      config: { access: needs('people.register') },
      schema: { tags: ['people'], body: RegisterBody, response: { 200: RegisterReply, 201: RegisterReply } },
    },
    async (request, reply) => {
      const body = request.body;
      const { user } = actorOf(request);
      const scope = isCheckpointScoped(user.role) ? user.checkpointIds : undefined;
      if (scope && !scope.includes(body.checkpointId)) throw new Problem('registration.checkpoint');
      const [checkpoint] = await listCheckpoints(kysely, [body.checkpointId]);
      if (!checkpoint || (body.boothId && !checkpoint.booths.some((b) => b.id === body.boothId))) {
        throw new Problem('registration.unknown-place');
      }

      const earlier = await findRegistration(kysely, body.id);
      if (earlier) {
        // A resend: answer with what was decided the first time.
        if (earlier.checkpointId !== body.checkpointId || earlier.at !== new Date(body.at).toISOString()) {
          throw new Problem('registration.conflict');
        }
        const person = (await findPeople(kysely, [earlier.personId])).get(earlier.personId);
        const candidates = person
          ? await candidateView(kysely, await ctx.matching.candidates(kysely, toMatchable(person)), scope)
          : [];
        return reply.code(200).send({
          id: earlier.id,
          personId: earlier.personId,
          status: earlier.screeningStatus,
          candidates,
        });
      }

      const name = normalizeName({
        givenNames: body.person.givenNames,
        surname1: body.person.surname1,
        surname2: body.person.surname2 ?? '',
      });
      if (!name.ok) {
        throw new Problem('person.name', 'The name has no letters that can be compared.', {
          nameCode: name.error.code,
        });
      }

      const now = ctx.now();
      const personId = ctx.newId();
      const person: Omit<PersonRecord, 'mergedInto'> = {
        id: personId,
        givenNames: body.person.givenNames,
        surname1: body.person.surname1,
        surname2: body.person.surname2 ?? null,
        nameKey: name.value.canonical,
        sex: body.person.sex ?? null,
        birthDate: partial(body.person.birthDate),
        nationality: body.person.nationality ?? null,
      };
      const matchable = toMatchable(
        person,
        body.document ? { number: body.document.number, type: body.document.type } : null,
      );
      const hits = await ctx.matching.screen(kysely, matchable);
      const candidateHits = (await ctx.matching.candidates(kysely, matchable)).filter(
        (h) => h.id !== personId,
      );
      const status = hits.length > 0 ? 'hold' : 'clear';

      const inserted = await kysely.transaction().execute(async (tx) => {
        const fresh = await insertRegistration(tx, {
          person,
          document: body.document
            ? {
                id: ctx.newId(),
                documentType: body.document.type,
                number: body.document.number,
                issuingState: body.document.issuingState ?? null,
                expiryDate: body.document.expiryDate ?? null,
                mrz: body.document.mrz ?? null,
              }
            : null,
          registration: {
            id: body.id,
            personId,
            checkpointId: body.checkpointId,
            boothId: body.boothId ?? null,
            officerId: user.id,
            at: new Date(body.at).toISOString(),
            receivedAt: now.toISOString(),
            intention: body.intention,
            consent: body.consent,
            vulnerabilities: body.vulnerabilities,
            offline: body.offline,
            screeningStatus: status,
          },
        });
        if (!fresh) return false;
        const createdAt = now.toISOString();
        await storeMatches(
          tx,
          ctx.matching,
          ctx.newId,
          [{ registrationId: body.id, personId, hits, candidates: candidateHits }],
          createdAt,
        );
        await recordAudit(tx, request, now, {
          action: 'registration.create',
          entityType: 'registration',
          entityId: body.id,
          detail: {
            personId,
            checkpointId: body.checkpointId,
            screening: status,
            hits: hits.length,
            candidatesShown: candidateHits.map((h) => h.id),
          },
        });
        return true;
      });
      // Two resends raced; the other one landed first. Answer as a resend does.
      if (!inserted)
        throw new Problem('registration.conflict', 'The registration was made meanwhile; send it again.');
      ctx.matching.rememberPerson(matchable);
      const candidates = await candidateView(kysely, candidateHits, scope);
      return reply.code(201).send({ id: body.id, personId, status, candidates });
    },
  );
};
