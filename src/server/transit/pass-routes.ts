// Travel passes for a convoy: one signed pass for each passenger who may still travel, issued in one
// transaction, listed, and printed together. Each passenger's pass id is derived from the convoy and
// the person, so issuing again (a retry, a manifest seen twice) answers the passes already made
// instead of making new ones, and the convoy's passes are found from its manifest.
import { createHash } from 'node:crypto';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParams } from '../../api/common';
import { PassReply, PdfQuery } from '../../api/passes';
import type { Executor } from '../../store/executor';
import { findPass } from '../../store/passes';
import { writeTransaction } from '../../store/transaction-lock';
import { manifestPassHolders } from '../../store/transit';
import { createdOrResent } from '../answers';
import { recordAudit } from '../audit/record';
import type { ServerContext } from '../context';
import { passesPdf } from '../passes/pdf';
import { issuePassFor, passReply, recordPassPrinted, sendPrintable } from '../passes/service';
import { Problem } from '../problems';
import { routesTagged } from '../route-options';
import { passIdentityOf } from './revoke-passes';
import { requireConvoy } from './views';

const ConvoyPassesReply = z.object({ passes: z.array(PassReply) });

/**
 * A name-based UUID (version 8, RFC 9562) of the convoy and the person; `seat` counts the times the
 * person was put back on the manifest after being taken off it (their earlier pass was revoked then).
 */
function passIdOf(convoyId: string, personId: string, seat: number): string {
  const name = `paso-convoy-pass:${convoyId}:${personId}${seat === 0 ? '' : `:${seat}`}`;
  const h = createHash('sha256').update(name).digest('hex');
  const variant = ((Number.parseInt(h.slice(16, 17), 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-8${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

// The causes that say where the holder's seat stood then: taken off the manifest, absent when the
// convoy left, gone from it on the road, no longer admitted in transit, named as someone the
// corrections say they are not, or valid over times the convoy no longer keeps. Each can be undone
// (put back on, a departure or a step annulled, the decision corrected again, a pass issued with the
// corrected identity or for the new times); a pass withdrawn by hand or by the convoy's cancellation
// cannot.
const SEAT_CAUSES: ReadonlySet<string> = new Set([
  'manifest-removed',
  'no-show',
  'left-convoy',
  'decision-changed',
  'details-corrected',
  'schedule-changed',
]);

/**
 * The pass of a passenger who may travel now: the id to issue it under, and the pass if it is issued.
 * A pass revoked for where its holder's seat stood then (off the manifest, absent, gone) is not theirs
 * once they are back on the manifest or on board: they get a new one, and the revoked one stays revoked.
 */
async function currentPass(tx: Executor, convoyId: string, personId: string) {
  for (let seat = 0; ; seat += 1) {
    const id = passIdOf(convoyId, personId, seat);
    const found = await findPass(tx, id);
    if (!SEAT_CAUSES.has(found?.revoked?.cause ?? '')) return { id, found };
  }
}

/** The passes already issued to the convoy's passengers who may still travel, in manifest order. */
async function issuedPasses(tx: Executor, convoyId: string) {
  await requireConvoy(tx, convoyId);
  const holders = await manifestPassHolders(tx, convoyId);
  const found = await Promise.all(
    holders.map(async (h) => (await currentPass(tx, convoyId, h.personId)).found),
  );
  return found.filter((p) => p !== undefined);
}

const route = routesTagged('transit');

export const transitPassRoutes: FastifyPluginAsyncZod<ServerContext> = async (app, ctx) => {
  app.post(
    '/api/convoys/:id/passes',
    route('passes.issue', {
      description:
        "Issues a travel pass to each passenger of the convoy's manifest who may still travel; passes " +
        'already issued to them are answered as they are (200), new ones with 201.',
      params: IdParams,
      response: createdOrResent(ConvoyPassesReply),
    }),
    async (request, reply) => {
      const now = ctx.now();
      const { passes, created } = await writeTransaction(ctx.db.kysely, async (tx) => {
        const convoy = await requireConvoy(tx, request.params.id);
        const holders = await manifestPassHolders(tx, request.params.id);
        const issued = [];
        for (const h of holders) {
          issued.push(
            await issuePassFor(tx, request, now, {
              id: (await currentPass(tx, request.params.id, h.personId)).id,
              personId: h.personId,
              ...passIdentityOf(h),
              convoy: { id: request.params.id, name: h.convoyCode || convoy.code },
              // The name is what the checkpoint's verifier and the printed pass show.
              corridor: { id: h.corridorCode, name: convoy.corridor.name },
              validFrom: h.validFrom,
              validUntil: h.validUntil,
            }),
          );
        }
        return { passes: issued.map(passReply), created: issued.some((p) => p.created) };
      });
      return reply.code(created ? 201 : 200).send({ passes });
    },
  );

  app.get(
    '/api/convoys/:id/passes',
    route('passes.issue', {
      description:
        "The passes issued to the convoy's passengers who may still travel (none yet for those not issued).",
      params: IdParams,
      response: { 200: ConvoyPassesReply },
    }),
    async (request) =>
      writeTransaction(ctx.db.kysely, async (tx) => {
        const passes = await issuedPasses(tx, request.params.id);
        if (passes.length > 0) {
          await recordAudit(tx, request, ctx.now(), {
            action: 'convoy.pass-holders',
            entityType: 'convoy',
            entityId: request.params.id,
            detail: { holders: passes.length },
          });
        }
        return { passes: passes.map(passReply) };
      }),
  );

  app.get(
    '/api/convoys/:id/passes/pdf',
    route('passes.issue', {
      description:
        "The convoy's passes to print in one go: an A5 page each, in Spanish (lang=es) or English (lang=en), " +
        'for the passengers who may still travel and have a pass.',
      params: IdParams,
      querystring: PdfQuery,
      response: { 200: z.unknown().describe('The passes as one PDF (application/pdf).') },
    }),
    async (request, reply) => {
      const { id } = request.params;
      const { lang } = request.query;
      const passes = await writeTransaction(ctx.db.kysely, async (tx) => {
        const found = await issuedPasses(tx, id);
        for (const { pass } of found) {
          await recordPassPrinted(tx, request, ctx.now(), pass.id, { lang, convoy: id });
        }
        return found;
      });
      if (passes.length === 0)
        throw new Problem('request.not-found', 'No pass has been issued for this convoy.');
      const pdf = await passesPdf(passes, lang, id);
      return sendPrintable(reply, pdf, `pases-${id}.pdf`);
    },
  );
};
