// Watchlist imports (admins), the screening review queue and the duplicate review queue
// (supervisors), and the batch de-duplication run. Reads of these queues are personal data: audited.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { IdParams } from '../../api/common';
import { JobSchema } from '../../api/jobs';
import {
  HitSchema,
  HitsQuery,
  HitsReply,
  ImportWatchlistBody,
  ImportWatchlistReply,
  LinkSchema,
  LinksQuery,
  LinksReply,
  ReviewHitBody,
  ReviewLinkBody,
  SetWatchlistActiveBody,
  WatchlistsReply,
} from '../../api/matching';
import { crossingsOfRecords } from '../../store/crossings';
import {
  countHits,
  countLinks,
  countOpenHitsOf,
  findHit,
  findLink,
  listHits,
  listLinks,
  listWatchlists,
  parseWatchlist,
  reviewHit,
  setWatchlistActive,
} from '../../store/matching';
import { setScreeningStatus } from '../../store/people';
import { writeTransaction } from '../../store/transaction-lock';
import { auditedRead, auditInput, recordAudit } from '../audit/record';
import { actorOf } from '../auth/access';
import type { ServerContext } from '../context';
import { liveBusOf } from '../live/bus';
import { Problem } from '../problems';
import { routesTagged } from '../route-options';
import { revokeOutdatedPasses } from '../transit/revoke-passes';
import { reviewDuplicate, startDuplicateBatch } from './duplicates';
import { hitViews, linkViews } from './views';
import { storeWatchlist } from './watchlists';

// Lists larger than this go through `paso import-watchlist`, which reads the file directly.
export const WATCHLIST_BODY_LIMIT = 64 * 1024 * 1024;

const route = routesTagged('matching');

export const matchingRoutes: FastifyPluginAsyncZod<ServerContext> = async (app, ctx) => {
  const { kysely } = ctx.db;
  ctx.matching.onWatchFailure((error) => {
    app.log.warn({ err: error }, 'could not look for watchlist changes; trying again');
  });
  // Stopping the server stops the watch for watchlist changes and the screening index's worker threads.
  app.addHook('onClose', () => ctx.matching.close());

  app.get('/api/watchlists', route('watchlists.read', { response: { 200: WatchlistsReply } }), async () => ({
    watchlists: (await listWatchlists(kysely)).map(({ importedBy: _by, ...w }) => w),
    indexedEntries: ctx.matching.indexedEntries(),
  }));

  app.post(
    '/api/watchlists',
    {
      bodyLimit: WATCHLIST_BODY_LIMIT,
      ...route('watchlists.manage', { body: ImportWatchlistBody, response: { 201: ImportWatchlistReply } }),
    },
    async (request, reply) => {
      const { name, format, content } = request.body;
      const parsed = parseWatchlist(format, content);
      // Nothing is stored unless the file reads; values a published list holds that cannot be read
      // are left out and listed in the reply.
      if (!parsed.ok) {
        const { line, code, message, ...where } = parsed.error;
        // Where and what, as fields, so that the web app says it in the admin's language.
        throw new Problem('watchlist.invalid', `Line ${line}: ${message}`, {
          line,
          importCode: code,
          ...where,
        });
      }
      const actor = actorOf(request);
      const now = ctx.now();
      const { entries, skipped } = parsed.value;
      const { actorId, actorUsername, ip } = auditInput(request, now, { action: 'watchlist.import' });
      const id = await storeWatchlist(
        kysely,
        { name, format, entries, skipped: skipped.length, importedBy: actor.user.id, importedAt: now },
        { actorId, actorUsername, ip },
        ctx.newId,
      );
      // Screening uses the new list once the index rebuilt with it is in force.
      const rebuild = ctx.matching.rebuildScreening(actor.user.id);
      return reply.code(201).send({
        id,
        name,
        format,
        entryCount: entries.length,
        active: true,
        importedAt: now.toISOString(),
        skipped: [...skipped],
        indexJob: rebuild.id,
      });
    },
  );

  app.patch(
    '/api/watchlists/:id',
    route('watchlists.manage', {
      params: IdParams,
      body: SetWatchlistActiveBody,
      response: { 202: JobSchema },
    }),
    async (request, reply) => {
      const actor = actorOf(request);
      const now = ctx.now();
      const found = await writeTransaction(kysely, async (tx) => {
        if (!(await setWatchlistActive(tx, request.params.id, request.body.active))) return false;
        await recordAudit(tx, request, now, {
          action: request.body.active ? 'watchlist.activate' : 'watchlist.deactivate',
          entityType: 'watchlist',
          entityId: request.params.id,
        });
        return true;
      });
      if (!found) throw new Problem('watchlist.not-found');
      // The change is stored; screening follows it once the index is rebuilt: the job to follow.
      const rebuild = ctx.matching.rebuildScreening(actor.user.id);
      return reply.code(202).header('location', `/api/jobs/${rebuild.id}`).send(rebuild.view());
    },
  );

  app.get(
    '/api/screening/hits',
    route('screening.review', { querystring: HitsQuery, response: { 200: HitsReply } }),
    async (request) => {
      const { status, limit } = request.query;
      const hits = await auditedRead(
        ctx,
        request,
        async (tx) => ({
          hits: await hitViews(tx, await listHits(tx, status, limit)),
          total: await countHits(tx, status),
        }),
        (found) => ({
          action: 'screening.list',
          detail: { status, people: found.hits.map((h) => h.person.personId) },
        }),
      );
      return hits;
    },
  );

  app.post(
    '/api/screening/hits/:id/review',
    route('screening.review', { params: IdParams, body: ReviewHitBody, response: { 200: HitSchema } }),
    async (request) => {
      const actor = actorOf(request);
      const now = ctx.now();
      const { decision, note } = request.body;
      return writeTransaction(kysely, async (tx) => {
        const hit = await findHit(tx, request.params.id);
        if (!hit) throw new Problem('screening.not-found');
        if (hit.status !== 'open') {
          // Two supervisors on one hit: the second is told what the first decided, who and when, so
          // that a match confirmed or dismissed meanwhile is not taken for the decision they meant.
          const [done] = await hitViews(tx, [hit]);
          throw new Problem(
            'screening.already-reviewed',
            `This hit was ${hit.status} at ${hit.reviewedAt ?? 'an unknown time'}.`,
            { reviewed: { outcome: hit.status, by: done?.reviewedBy ?? null, at: hit.reviewedAt } },
          );
        }
        await reviewHit(tx, hit.id, {
          status: decision,
          by: actor.user.id,
          at: now.toISOString(),
          note: note ?? null,
        });
        // The person may go on once every hit on their registration was dismissed.
        const left = await countOpenHitsOf(tx, hit.registrationId);
        await setScreeningStatus(tx, hit.registrationId, left.open + left.confirmed > 0 ? 'hold' : 'clear');
        await recordAudit(tx, request, now, {
          action: `screening.${decision}`,
          entityType: 'screening_hit',
          entityId: hit.id,
          detail: { registrationId: hit.registrationId, note: note ?? null },
        });
        const [view] = await hitViews(tx, [(await findHit(tx, hit.id)) ?? hit]);
        if (!view) throw new Problem('screening.not-found');
        return view;
      });
    },
  );

  app.get(
    '/api/duplicates',
    route('duplicates.review', { querystring: LinksQuery, response: { 200: LinksReply } }),
    async (request) => {
      const { status, limit } = request.query;
      const links = await auditedRead(
        ctx,
        request,
        async (tx) => ({
          links: await linkViews(tx, await listLinks(tx, [status], limit)),
          total: await countLinks(tx, status),
        }),
        (found) => ({
          action: 'duplicates.list',
          detail: { status, people: found.links.flatMap((l) => [l.a.personId, l.b.personId]) },
        }),
      );
      return links;
    },
  );

  app.post(
    '/api/duplicates/:id/review',
    route('duplicates.review', { params: IdParams, body: ReviewLinkBody, response: { 200: LinkSchema } }),
    async (request) => {
      const actor = actorOf(request);
      const now = ctx.now();
      const { decision, reason } = request.body;
      const view = await writeTransaction(kysely, async (tx) => {
        const reviewed = await reviewDuplicate(tx, request.params.id, decision, {
          userId: actor.user.id,
          at: now.toISOString(),
          reason: reason === undefined || reason === '' ? null : reason,
        });
        if (!reviewed.ok) {
          const e = reviewed.error;
          if (e.code === 'duplicate.not-found') throw new Problem(e.code);
          if (e.code === 'duplicate.two-convoys')
            throw new Problem(
              e.code,
              `The two records ride ${e.convoys.join(' and ')}: take one of them off its manifest first.`,
              { convoys: e.convoys },
            );
          if (e.code === 'duplicate.same-convoy')
            throw new Problem(
              e.code,
              `The two records hold two seats on ${e.convoys.join(' and ')}: take one of them off its manifest first.`,
              { convoys: e.convoys },
            );
          // Reviewed meanwhile by someone else (the page offers only what the state it shows allows):
          // what the link is now, who made it so and when.
          const current = await findLink(tx, request.params.id);
          const [standing] = current === undefined ? [] : await linkViews(tx, [current]);
          throw new Problem(e.code, `A ${e.from} link cannot be given "${e.decision}".`, {
            reviewed: { outcome: e.from, by: standing?.reviewedBy ?? null, at: standing?.reviewedAt ?? null },
          });
        }
        const { link, detail } = reviewed.value;
        await recordAudit(tx, request, now, {
          action: `duplicates.${decision}`,
          entityType: 'duplicate_link',
          entityId: link.id,
          detail,
        });
        // A seat names its passenger as the crossing whose decision counts: the person's latest, which
        // a merge can bring from the other record (and an unmerge take back). Its pass, if it names
        // someone else now, is revoked, as after a correction.
        if (decision === 'merge' || decision === 'unmerge') {
          const crossings = await crossingsOfRecords(tx, [link.personId, link.otherPersonId]);
          const sender = auditInput(request, now, { action: `duplicates.${decision}` });
          await revokeOutdatedPasses(tx, sender, now, crossings);
        }
        const [view] = await linkViews(tx, [link]);
        if (!view) throw new Problem('duplicate.not-found');
        return view;
      });
      // A merge or unmerge changes the distinct people the dashboards show.
      if (decision === 'merge' || decision === 'unmerge')
        liveBusOf(ctx.db).publish('figures', { checkpoints: [] });
      return view;
    },
  );

  app.post(
    '/api/duplicates/batch',
    route('duplicates.review', { response: { 202: JobSchema } }),
    async (request, reply) => {
      const actor = actorOf(request);
      // The audit entry is written when the run ends; who asked, and from where, is taken now.
      const audit = auditInput(request, ctx.now(), { action: 'duplicates.batch' });
      const job = startDuplicateBatch(ctx, actor.user.id, audit);
      return reply.code(202).header('location', `/api/jobs/${job.id}`).send(job.view());
    },
  );
};
