// Changing a convoy's plan before it leaves: its planned departure and arrival, and its vehicles (a bus
// that broke down replaced by another, its passengers with it). Held to the rules the convoy was made
// by; audited with what changed, before and after. Passes the new times leave short are revoked and
// offered again (docs/passes.md); the others stand, as a checkpoint offline reads them unchanged.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { IdParams } from '../../api/common';
import { ConvoyChangeBody, ConvoyChangeReply } from '../../api/transit';
import { changePlan, type PlanChangeProblemCode } from '../../domain/transit';
import { writeTransaction } from '../../store/transaction-lock';
import { convoyForChange, writeConvoyPlan } from '../../store/transit';
import { recordAudit } from '../audit/record';
import type { ServerContext } from '../context';
import { Problem } from '../problems';
import { routesTagged } from '../route-options';
import { revokePassesOutdatedByNewTimes } from './revoke-passes';
import { convoyDetail, readsLogReasons } from './views';

const route = routesTagged('transit');

const utc = (instant: string | undefined) =>
  instant === undefined ? undefined : new Date(instant).toISOString();

// A refusal of the plan's rules as the API answers it: the convoy that left is a conflict of its own,
// times out of order a bad field, and vehicles that cannot carry the manifest a conflict with it.
function refusal(code: PlanChangeProblemCode, detail: string): Problem {
  switch (code) {
    case 'plan.not-changeable':
      return new Problem('transit.not-changeable', detail);
    case 'plan.arrival-before-departure':
      return new Problem('validation', detail, {
        errors: [{ path: 'body.plannedArrival', message: 'the arrival comes after the departure' }],
      });
    case 'plan.unknown-vehicle':
    case 'plan.vehicle-seated':
    case 'plan.over-seats':
      return new Problem('transit.vehicles', detail, { reason: code });
    default: {
      const unknown: never = code;
      return unknown;
    }
  }
}

export const convoyPlanRoutes: FastifyPluginAsyncZod<ServerContext> = async (app, ctx) => {
  app.patch(
    '/api/convoys/:id',
    route('transit.manage', {
      description:
        "Changes a convoy's planned departure and arrival, or its vehicles, until it departs (planned or " +
        'boarding; after, 409 transit.not-changeable). The rules of a new convoy hold: the arrival after ' +
        'the departure, each plate once. A vehicle that `replaces` another takes its passengers; one left ' +
        'out must carry nobody and none may carry more than its seats (409 transit.vehicles, the rule in ' +
        '`reason`). Passes valid over the old times and not over the new ones are revoked (cause ' +
        'schedule-changed) and counted in `passesRevoked`; their holders are offered new passes.',
      params: IdParams,
      body: ConvoyChangeBody,
      response: { 200: ConvoyChangeReply },
    }),
    async (request) =>
      writeTransaction(ctx.db.kysely, async (tx) => {
        const found = await convoyForChange(tx, request.params.id);
        if (!found) throw new Problem('transit.not-found', 'No convoy has this id.');
        const { convoy, seated } = found;
        const body = request.body;
        const change = {
          plannedDeparture: utc(body.plannedDeparture),
          plannedArrival: utc(body.plannedArrival),
          vehicles: body.vehicles,
        };
        const changed = changePlan(convoy, change, seated);
        if (!changed.ok) throw refusal(changed.error.code, changed.error.detail);
        const { plan, moves, before, after } = changed.value;
        // The same plan sent again changes nothing, and its entry says so (empty before and change).
        if (Object.keys(after).length > 0) await writeConvoyPlan(tx, convoy.id, plan, moves);
        await recordAudit(tx, request, ctx.now(), {
          action: 'convoy.update',
          entityType: 'convoy',
          entityId: convoy.id,
          detail: {
            code: convoy.code,
            before,
            change: { ...after, ...(moves.size > 0 && { replaced: Object.fromEntries(moves) }) },
          },
        });
        const timesChanged = after.plannedDeparture !== undefined || after.plannedArrival !== undefined;
        const passesRevoked = timesChanged
          ? await revokePassesOutdatedByNewTimes(tx, request, ctx.now(), {
              convoy,
              before: convoy,
              after: plan,
            })
          : 0;
        const detail = await convoyDetail(tx, convoy.id, { reasons: readsLogReasons(request) });
        return { ...detail, passesRevoked };
      }),
  );
};
