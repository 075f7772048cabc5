// The transit API: corridors and convoys, each convoy's manifest and its log of boarding, stops and
// arrival. Reads need transit.read, writes transit.manage; every write and every answer that names
// passengers is audited. Screening and enforcement data never appear here.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { IdParams } from '../../api/common';
import {
  CandidatesReply,
  ConvoyDetailReply,
  ConvoyEventBody,
  ConvoyEventReply,
  ConvoysReply,
  CorridorSchema,
  CorridorsReply,
  ManifestBody,
  NewConvoyBody,
  NewCorridorBody,
  PassHoldersReply,
} from '../../api/transit';
import { planManifest } from '../../domain/transit';
import type { Executor } from '../../store/executor';
import { writeTransaction } from '../../store/transaction-lock';
import {
  appendConvoyEvent,
  type CreateOutcome,
  corridorExit,
  findCorridor,
  insertConvoy,
  insertCorridor,
  listConvoys,
  listCorridors,
  manifestPassHolders,
  readManifest,
  replaceManifest,
  transitCandidates,
} from '../../store/transit';
import { createdOrResent } from '../answers';
import { recordAudit } from '../audit/record';
import { actorOf } from '../auth/access';
import type { ServerContext } from '../context';
import { Problem } from '../problems';
import { routesTagged } from '../route-options';
import { convoyPlanRoutes } from './plan-routes';
import { revokeSeatPasses, seatsGivenUp } from './revoke-passes';
import {
  checkpointClocks,
  convoyDetail,
  convoySummary,
  corridorView,
  readsLogReasons,
  requireConvoy,
} from './views';

/** A convoy's entry in the audit log: `convoy.read`, `convoy.manifest`, `convoy.departed`… */
type ConvoyAction = `convoy.${string}`;

const route = routesTagged('transit');

export const transitRoutes: FastifyPluginAsyncZod<ServerContext> = async (app, ctx) => {
  // Changing a convoy's times and vehicles (PATCH /api/convoys/:id) is a file of its own.
  await app.register(convoyPlanRoutes, ctx);
  const { kysely } = ctx.db;
  // Every convoy entry of the audit log names the convoy and what was done with it. Each caller writes
  // its action whole, where the audit catalogue's test finds it.
  const auditConvoy = (
    tx: Executor,
    request: FastifyRequest,
    entry: {
      readonly action: ConvoyAction;
      readonly convoyId: string;
      readonly detail: Readonly<Record<string, unknown>>;
    },
  ) =>
    recordAudit(tx, request, ctx.now(), {
      action: entry.action,
      entityType: 'convoy',
      entityId: entry.convoyId,
      detail: entry.detail,
    });

  app.get(
    '/api/corridors',
    route('transit.read', {
      description: 'The corridors, each with its stops in order.',
      response: { 200: CorridorsReply },
    }),
    async () => {
      const [corridors, clocks] = await Promise.all([listCorridors(kysely), checkpointClocks(kysely)]);
      return { corridors: corridors.map((c) => corridorView(c, clocks)) };
    },
  );

  app.post(
    '/api/corridors',
    route('transit.manage', {
      description: 'Makes a corridor: its stops in order, the origin first and the exit point last.',
      body: NewCorridorBody,
      response: createdOrResent(CorridorSchema),
    }),
    async (request, reply) => {
      const body = request.body;
      return writeTransaction(kysely, async (tx) => {
        const outcome = await insertCorridor(tx, body, { now: ctx.now().toISOString() });
        await answerCreated(tx, request, reply, ctx.now(), outcome, {
          action: 'corridor.create',
          entityType: 'corridor',
          entityId: body.id,
          detail: { code: body.code, stops: body.stops.map((s) => s.code) },
        });
        const corridor = await findCorridor(tx, body.id);
        if (!corridor) throw new Problem('transit.not-found');
        return corridorView(corridor, await checkpointClocks(tx));
      });
    },
  );

  app.get(
    '/api/convoys',
    route('transit.read', {
      description: 'The convoys, soonest departure first.',
      response: { 200: ConvoysReply },
    }),
    async () => {
      const convoys = await listConvoys(kysely);
      const counts = await kysely
        .selectFrom('convoy_passenger')
        .select((eb) => ['convoy_id', eb.fn.countAll<number>().as('n')])
        .groupBy('convoy_id')
        .execute();
      const byConvoy = new Map(counts.map((c) => [c.convoy_id, Number(c.n)]));
      const clocks = await checkpointClocks(kysely);
      return { convoys: convoys.map((c) => convoySummary(c, byConvoy.get(c.id) ?? 0, clocks)) };
    },
  );

  app.post(
    '/api/convoys',
    route('transit.manage', {
      description: 'Plans a convoy on a corridor, with its vehicles and their seats.',
      body: NewConvoyBody,
      response: createdOrResent(ConvoyDetailReply),
    }),
    async (request, reply) => {
      const body = request.body;
      return writeTransaction(kysely, async (tx) => {
        if (!(await findCorridor(tx, body.corridorId))) {
          throw new Problem('transit.invalid', 'body.corridorId: no corridor has this id.');
        }
        const at = ctx.now().toISOString();
        const convoy = {
          ...body,
          plannedDeparture: new Date(body.plannedDeparture).toISOString(),
          plannedArrival: new Date(body.plannedArrival).toISOString(),
        };
        const outcome = await insertConvoy(tx, convoy, { now: at, by: actorOf(request).user.id });
        await answerCreated(tx, request, reply, ctx.now(), outcome, {
          action: 'convoy.create',
          entityType: 'convoy',
          entityId: body.id,
          detail: {
            code: body.code,
            corridorId: body.corridorId,
            vehicles: body.vehicles.map((v) => v.plate),
          },
        });
        return await convoyDetail(tx, body.id, { reasons: readsLogReasons(request) });
      });
    },
  );

  app.get(
    '/api/convoys/:id',
    route('transit.read', {
      description: 'A convoy: its manifest by vehicle, who boarded, the stop log, who left and who arrived.',
      params: IdParams,
      response: { 200: ConvoyDetailReply },
    }),
    async (request) =>
      writeTransaction(kysely, async (tx) => {
        const detail = await convoyDetail(tx, request.params.id, { reasons: readsLogReasons(request) });
        if (detail.manifest.length > 0) {
          await auditConvoy(tx, request, {
            action: 'convoy.read',
            convoyId: request.params.id,
            detail: { passengers: detail.manifest.length },
          });
        }
        return detail;
      }),
  );

  app.get(
    '/api/convoys/:id/candidates',
    route('transit.manage', {
      description:
        "Who may ride: latest decision admitted-transit towards the corridor's exit point, with consent, " +
        'on no other convoy that is not cancelled. Families share a familyKey.',
      params: IdParams,
      response: { 200: CandidatesReply },
    }),
    async (request) =>
      writeTransaction(kysely, async (tx) => {
        const convoy = await requireConvoy(tx, request.params.id);
        const candidates = await transitCandidates(tx, corridorExit(convoy.corridor), convoy.id);
        if (candidates.length > 0) {
          await auditConvoy(tx, request, {
            action: 'convoy.candidates',
            convoyId: convoy.id,
            detail: { candidates: candidates.length },
          });
        }
        return {
          candidates: candidates.map(({ decisionEventId: _e, ...c }) => ({
            ...c,
            hasDocument: c.document !== null,
          })),
        };
      }),
  );

  app.put(
    '/api/convoys/:id/manifest',
    route('transit.manage', {
      description:
        "Sets a planned convoy's manifest. A family rides one vehicle: a listed person's eligible relatives " +
        'are placed with them, and a family asked for on two vehicles is refused; a child referred to ' +
        'protection as unaccompanied or separated rides only with their family; every passenger, ' +
        'children too, takes a seat. Refusals carry the rule in `reason`.',
      params: IdParams,
      body: ManifestBody,
      response: { 200: ConvoyDetailReply },
    }),
    async (request) =>
      writeTransaction(kysely, async (tx) => {
        const convoy = await requireConvoy(tx, request.params.id);
        const before = await readManifest(tx, convoy.id);
        const candidates = await transitCandidates(tx, corridorExit(convoy.corridor), convoy.id);
        const byId = new Map(candidates.map((c) => [c.personId, c]));
        const plan = planManifest(convoy.vehicles, request.body.seats, byId);
        if (!plan.ok) throw new Problem('transit.manifest', plan.error.detail, { reason: plan.error.code });
        const seats = plan.value.flatMap((s) => {
          const candidate = byId.get(s.personId);
          return candidate ? [{ candidate, plate: s.plate }] : [];
        });
        if (!(await replaceManifest(tx, convoy.id, seats))) {
          throw new Problem('transit.manifest', 'Boarding has begun: the manifest is closed.', {
            reason: 'manifest.locked',
          });
        }
        await auditConvoy(tx, request, {
          action: 'convoy.manifest',
          convoyId: convoy.id,
          detail: { seats: plan.value.map((s) => ({ personId: s.personId, plate: s.plate })) },
        });
        const kept = new Set(plan.value.map((s) => s.personId));
        await revokeSeatPasses(tx, request, ctx.now(), {
          convoyId: convoy.id,
          people: before.map((p) => p.personId).filter((id) => !kept.has(id)),
          cause: 'manifest-removed',
          reason: `Taken off the manifest of convoy ${convoy.code}.`,
        });
        return convoyDetail(tx, convoy.id, { reasons: readsLogReasons(request) });
      }),
  );

  app.post(
    '/api/convoys/:id/events',
    route('transit.manage', {
      description:
        "Appends one event to the convoy's log: a boarding check, departure, arrival at or departure from a " +
        'stop, someone leaving the convoy, arrival at the exit point, or cancellation. An event that does ' +
        'not follow the log (boarding after departure, a stop off the corridor) is refused with its rule.',
      params: IdParams,
      body: ConvoyEventBody,
      response: createdOrResent(ConvoyEventReply),
    }),
    async (request, reply) => {
      const { id, at, event } = request.body;
      const logged = { ...event, id, at: new Date(at).toISOString() };
      return writeTransaction(kysely, async (tx) => {
        const outcome = await appendConvoyEvent(tx, request.params.id, logged, {
          by: actorOf(request).user.id,
          now: ctx.now().toISOString(),
        });
        switch (outcome.status) {
          case 'not-found':
            throw new Problem('transit.not-found', 'No convoy has this id.');
          case 'conflict':
            throw new Problem('transit.conflict', `Event ${id} was already received with other content.`);
          case 'problem':
            throw new Problem('transit.sequence', outcome.detail, { reason: outcome.code });
          case 'duplicate':
            reply.code(200);
            return { id, status: 'duplicate' as const };
          case 'applied': {
            await auditConvoy(tx, request, {
              action: `convoy.${event.kind}`,
              convoyId: request.params.id,
              detail: { eventId: id, ...event },
            });
            const given = seatsGivenUp(event, outcome.picture);
            if (given)
              await revokeSeatPasses(tx, request, ctx.now(), { convoyId: request.params.id, ...given });
            reply.code(201);
            return { id, status: 'applied' as const };
          }
          default: {
            const unknown: never = outcome;
            return unknown;
          }
        }
      });
    },
  );

  app.get(
    '/api/convoys/:id/pass-holders',
    route('passes.issue', {
      description:
        'What a travel pass carries for each passenger who may still travel: name, birth date, document, ' +
        'convoy, corridor, and the validity window (planned departure to planned arrival plus 24 hours).',
      params: IdParams,
      response: { 200: PassHoldersReply },
    }),
    async (request) =>
      writeTransaction(kysely, async (tx) => {
        await requireConvoy(tx, request.params.id);
        const holders = await manifestPassHolders(tx, request.params.id);
        await auditConvoy(tx, request, {
          action: 'convoy.pass-holders',
          convoyId: request.params.id,
          detail: { holders: holders.length },
        });
        return { holders };
      }),
  );
};

// A new corridor or convoy: one whose id or code another one holds is a conflict (the problem says
// which, in `reason`: code-taken or id-taken); one made now is audited and answered 201, a resend of one already made 200.
async function answerCreated(
  tx: Executor,
  request: FastifyRequest,
  reply: FastifyReply,
  now: Date,
  outcome: CreateOutcome,
  created: {
    readonly action: 'corridor.create' | 'convoy.create';
    readonly entityType: 'corridor' | 'convoy';
    readonly entityId: string;
    readonly detail: Readonly<Record<string, unknown>>;
  },
): Promise<void> {
  const what = created.entityType;
  if (outcome === 'code-taken' || outcome === 'id-taken') {
    // `reason` says which, for the web app to say it beside the code field in the reader's language.
    throw new Problem(
      'transit.conflict',
      `The ${what} ${outcome === 'code-taken' ? 'code' : 'id'} is taken.`,
      { reason: outcome },
    );
  }
  if (outcome === 'created') await recordAudit(tx, request, now, created);
  reply.code(outcome === 'created' ? 201 : 200);
}
