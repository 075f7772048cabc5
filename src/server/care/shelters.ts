// The shelters API: beds and people by kind for everyone in care.read; names of the people staying
// only for care.manage (their carers); check-in, check-out, beds and needs, each write audited; and
// shelters made and described by those who set them up (shelters.manage).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  AppliedReply,
  BedsBody,
  CANDIDATES_SHOWN,
  CandidatesQuery,
  CandidatesReply,
  CareSheltersReply,
  CheckInBody,
  CheckOutBody,
  NeedBody,
  NewShelterBody,
  RecountQuery,
  ShelterChangeBody,
  ShelterDetailQuery,
  ShelterDetailReply,
  ShelterReply,
  StayReply,
} from '../../api/care';
import { IdParams } from '../../api/common';
import { can } from '../../domain/access';
import {
  addNeed,
  checkIn,
  checkOut,
  findCareCandidates,
  listCareShelters,
  needsOf,
  nightsOf,
  recountOccupancyFigures,
  residentsOf,
  SHELTER_TIME_ZONE,
  setBeds,
} from '../../store/care';
import { writeTransaction } from '../../store/transaction-lock';
import { createdOrResent } from '../answers';
import { auditedRead, auditWriterOf, recordAudit } from '../audit/record';
import { actorOf } from '../auth/access';
import type { ServerContext } from '../context';
import { Problem } from '../problems';
import { routesTagged } from '../route-options';
import { changeShelter, createShelter } from './shelter-records';
import { appliedUnlessRefused, auditedCareWrite } from './write';

const route = routesTagged('care');

export const careShelterRoutes: FastifyPluginAsyncZod<ServerContext> = async (app, ctx) => {
  const { kysely } = ctx.db;

  app.get(
    '/api/care/shelters',
    route('care.read', {
      description:
        'Every shelter with its beds and the people in them, by kind of bed. With recount=true the ' +
        'occupancy is recounted from the check-in and check-out events; the two always agree.',
      querystring: RecountQuery,
      response: { 200: CareSheltersReply },
    }),
    async (request) => {
      const shelters = await listCareShelters(kysely);
      if (request.query.recount !== 'true') return { shelters };
      const figures = await recountOccupancyFigures(kysely);
      return {
        shelters: shelters.map((s) => {
          const occupied = { family: 0, women: 0, children: 0, general: 0 };
          for (const f of figures) if (f.shelterId === s.id) occupied[f.bedKind] = f.occupied;
          return { ...s, occupied };
        }),
      };
    },
  );

  app.get(
    '/api/care/shelters/:id',
    route('care.read', {
      description:
        'A shelter: beds and occupancy by kind, needs, occupancy at the cut-off of each of the last ' +
        'nights, and, for those who care for them, the people staying (a read that is audited).',
      params: IdParams,
      querystring: ShelterDetailQuery,
      response: { 200: ShelterDetailReply },
    }),
    async (request) => {
      const { user } = actorOf(request);
      const { id } = request.params;
      const now = ctx.now();
      return writeTransaction(kysely, async (tx) => {
        const shelter = (await listCareShelters(tx)).find((s) => s.id === id);
        if (!shelter) throw new Problem('request.not-found', 'No such shelter.');
        const mayName = can(user.role, 'care.manage');
        const residents = mayName ? await residentsOf(tx, id) : null;
        if (residents) {
          await recordAudit(tx, request, now, {
            action: 'care.residents.read',
            entityType: 'shelter',
            entityId: id,
            detail: { people: residents.map((r) => r.personId) },
          });
        }
        return {
          shelter,
          residents,
          needs: (await needsOf(tx, id)).map((n) => ({ ...n, categories: [...n.categories] })),
          nights: await nightsOf(tx, id, now.toISOString(), request.query.nights),
          timeZone: SHELTER_TIME_ZONE,
        };
      });
    },
  );

  app.post(
    '/api/care/shelters',
    route('shelters.manage', {
      description:
        'Makes a shelter with its beds by kind (its capacity is their sum), at a point inside the ' +
        "operation's extent (else situation.outside-extent). Its name is unique, whatever its case or " +
        'accents. A resend with the same id answers the shelter it made (200).',
      body: NewShelterBody,
      response: createdOrResent(ShelterReply),
    }),
    async (request, reply) => {
      const now = ctx.now();
      const { shelter, created } = await createShelter(kysely, request.body, auditWriterOf(request, now));
      return reply.code(created ? 201 : 200).send({ shelter });
    },
  );

  app.patch(
    '/api/care/shelters/:id',
    route('shelters.manage', {
      description:
        "Changes a shelter's name (still unique), city, operator, coordinates (inside the operation's " +
        'extent) or beds by kind (never fewer than the people staying in them).',
      params: IdParams,
      body: ShelterChangeBody,
      response: { 200: ShelterReply },
    }),
    async (request) => {
      const shelter = await changeShelter(
        kysely,
        request.params.id,
        request.body,
        auditWriterOf(request, ctx.now()),
      );
      return { shelter };
    },
  );

  app.get(
    '/api/care/candidates',
    route('care.manage', {
      description: `People who consented to humanitarian care, found by name, with their family and where they stay: at most ${CANDIDATES_SHOWN}; \`more\` says that more who consented match.`,
      querystring: CandidatesQuery,
      response: { 200: CandidatesReply },
    }),
    async (request) => {
      const found = await auditedRead(
        ctx,
        request,
        (tx) => findCareCandidates(tx, request.query.q, CANDIDATES_SHOWN),
        (f) => ({ action: 'care.candidates.read', detail: { people: f.people.map((p) => p.personId) } }),
      );
      return {
        people: found.people.map((p) => ({
          ...p,
          family: [...p.family],
          relatives: [...p.relatives],
          lookAlikes: [...p.lookAlikes],
        })),
        more: found.more,
      };
    },
  );

  app.post(
    '/api/care/beds',
    route('care.manage', {
      description: "Sets a shelter's beds by kind; its capacity is their sum.",
      body: BedsBody,
      response: { 200: AppliedReply },
    }),
    async (request) =>
      auditedCareWrite(
        ctx,
        request,
        async ({ tx }) => appliedUnlessRefused(await setBeds(tx, request.body.shelterId, request.body.beds)),
        () => ({
          action: 'care.beds',
          entityType: 'shelter',
          entityId: request.body.shelterId,
          detail: { beds: request.body.beds },
        }),
      ),
  );

  app.post(
    '/api/care/check-ins',
    route('care.manage', {
      description:
        'Checks people in at a shelter, a family together: a family member left out is refused unless ' +
        'allowSplit says so. Refused: no consent, already in a shelter, a look-alike record of someone staying ' +
        'at a shelter without allowPossibleDuplicate, a child travelling alone in beds ' +
        "other than the children's without childPlacementReason, more people than free beds of the kind.",
      body: CheckInBody,
      response: { 200: StayReply },
    }),
    async (request) => {
      const done = await auditedCareWrite(
        ctx,
        request,
        ({ tx, at, recorded }) => checkIn(tx, { ...request.body, at }, recorded),
        ({ personIds }) => ({
          action: 'care.check-in',
          entityType: 'shelter',
          entityId: request.body.shelterId,
          detail: {
            stay: request.body.id,
            bedKind: request.body.bedKind,
            people: personIds,
            allowSplit: request.body.allowSplit,
            ...(request.body.allowPossibleDuplicate ? { allowPossibleDuplicate: true } : {}),
            ...(request.body.childPlacementReason === undefined
              ? {}
              : { childPlacementReason: request.body.childPlacementReason }),
          },
        }),
      );
      return { status: done.status, personIds: [...done.personIds] };
    },
  );

  app.post(
    '/api/care/check-outs',
    route('care.manage', {
      description: 'Checks people out of the shelter they stay at.',
      body: CheckOutBody,
      response: { 200: StayReply },
    }),
    async (request) => {
      const done = await auditedCareWrite(
        ctx,
        request,
        ({ tx, at, recorded }) => checkOut(tx, { ...request.body, at }, recorded),
        ({ personIds }) => ({
          action: 'care.check-out',
          detail: { stay: request.body.id, people: personIds },
        }),
      );
      return { status: done.status, personIds: [...done.personIds] };
    },
  );

  app.post(
    '/api/care/needs',
    route('care.manage', {
      description: 'Notes a need of a shelter: categories and free text.',
      body: NeedBody,
      response: { 200: AppliedReply },
    }),
    async (request) =>
      auditedCareWrite(
        ctx,
        request,
        ({ tx, at, recorded }) => addNeed(tx, { ...request.body, createdAt: at }, recorded),
        () => ({
          action: 'care.need',
          entityType: 'shelter',
          entityId: request.body.shelterId,
          detail: { need: request.body.id, categories: request.body.categories, text: request.body.text },
        }),
      ),
  );
};
