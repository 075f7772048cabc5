// Watchlist imports (admins), the screening review queue and the duplicate review queue
// (supervisors), and the batch de-duplication run. Reads of these queues are personal data: audited.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { IdParams } from '../../api/common';
import {
  BatchReply,
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
import {
  comparePeople,
  dedupe,
  explainToText,
  type MatchablePerson,
  type MatchExplanation,
} from '../../domain/matching';
import type { Executor } from '../../store/executor';
import { parseWatchlist } from '../../store/matching/csv-files';
import {
  countOpenHitsOf,
  findHit,
  findLink,
  type HitRecord,
  insertLinks,
  type LinkRecord,
  listHits,
  listLinks,
  mergePeople,
  reviewHit,
  setLinkStatus,
  unmergePeople,
} from '../../store/matching/reviews';
import {
  findWatchEntries,
  insertWatchlist,
  listWatchlists,
  setWatchlistActive,
} from '../../store/matching/watchlists';
import {
  findPeople,
  registrationsOfPeople,
  setScreeningStatus,
  streamPeopleForMatching,
} from '../../store/people/registrations';
import { recordAudit } from '../audit/record';
import { actorOf, needs } from '../auth/access';
import type { ServerContext } from '../context';
import { dateText } from '../people/candidates';
import { Problem } from '../problems';
import { toMatchable } from './service';

// Lists larger than this go through `paso import-watchlist`, which reads the file directly.
export const WATCHLIST_BODY_LIMIT = 64 * 1024 * 1024;

const explained = (score: number, explanation: unknown) => {
  const e = explanation as MatchExplanation;
  return {
    score,
    explanation,
    explanationText: { es: explainToText(e, 'es'), en: explainToText(e, 'en') },
  };
};

async function peopleViews(db: Executor, ids: readonly string[]) {
  const [people, places] = await Promise.all([findPeople(db, ids), registrationsOfPeople(db, ids)]);
  return (id: string) => {
    const p = people.get(id);
    const r = places.get(id);
    return {
      personId: id,
      givenNames: p?.givenNames ?? '',
      surname1: p?.surname1 ?? '',
      surname2: p?.surname2 ?? null,
      sex: p?.sex ?? null,
      birthDate: p ? dateText(p.birthDate) : null,
      nationality: p?.nationality ?? null,
      mergedInto: p?.mergedInto ?? null,
      registeredAt: r?.at ?? null,
      checkpointName: r?.checkpointName ?? null,
      boothCode: r?.boothCode ?? null,
    };
  };
}

async function hitViews(db: Executor, hits: readonly HitRecord[]) {
  const view = await peopleViews(
    db,
    hits.map((h) => h.personId),
  );
  const entries = await findWatchEntries(
    db,
    hits.map((h) => h.watchlistEntryId),
  );
  return hits.map((h) => {
    const entry = entries.get(h.watchlistEntryId);
    return {
      id: h.id,
      status: h.status,
      createdAt: h.createdAt,
      reviewedAt: h.reviewedAt,
      reviewNote: h.reviewNote,
      ...explained(h.score, h.explanation),
      person: view(h.personId),
      entry: { listName: entry?.listName ?? '', watchId: entry?.watchId ?? '', detail: entry?.entry ?? null },
    };
  });
}

async function linkViews(db: Executor, links: readonly LinkRecord[]) {
  const view = await peopleViews(
    db,
    links.flatMap((l) => [l.personId, l.otherPersonId]),
  );
  return links.map((l) => ({
    id: l.id,
    status: l.status,
    source: l.source,
    createdAt: l.createdAt,
    ...explained(l.score, l.explanation),
    a: view(l.personId),
    b: view(l.otherPersonId),
  }));
}

// Which review may follow which state of a link.
const TRANSITIONS: Readonly<Record<LinkRecord['status'], readonly string[]>> = {
  candidate: ['confirm', 'reject', 'merge'],
  confirmed: ['reject', 'merge'],
  rejected: ['confirm', 'merge'],
  merged: ['unmerge'],
  unmerged: ['confirm', 'reject', 'merge'],
};

export const matchingRoutes: FastifyPluginAsyncZod<ServerContext> = async (app, ctx) => {
  const { kysely } = ctx.db;

  app.get(
    '/api/watchlists',
    {
      config: { access: needs('watchlists.read') },
      schema: { tags: ['matching'], response: { 200: WatchlistsReply } },
    },
    async () => ({
      watchlists: (await listWatchlists(kysely)).map(({ importedBy: _by, ...w }) => w),
      indexedEntries: ctx.matching.indexedEntries(),
    }),
  );

  app.post(
    '/api/watchlists',
    {
      bodyLimit: WATCHLIST_BODY_LIMIT,
      config: { access: needs('watchlists.manage') },
      schema: { tags: ['matching'], body: ImportWatchlistBody, response: { 201: ImportWatchlistReply } },
    },
    async (request, reply) => {
      const { name, format, content } = request.body;
      const parsed = parseWatchlist(format, content);
      // Nothing is stored unless the file reads; values a published list holds that cannot be read
      // are left out and listed in the reply.
      if (!parsed.ok) {
        const e = parsed.error;
        throw new Problem('watchlist.invalid', `Line ${e.line}: ${e.message}`, {
          line: e.line,
          importCode: e.code,
        });
      }
      const actor = actorOf(request);
      const now = ctx.now();
      const id = ctx.newId();
      const { skipped } = parsed.value;
      const entries = parsed.value.entries.map((entry) => ({
        id: ctx.newId(),
        watchId: entry.watchId,
        entry,
      }));
      await kysely.transaction().execute(async (tx) => {
        await insertWatchlist(
          tx,
          { id, name, format, importedBy: actor.user.id, importedAt: now.toISOString() },
          entries,
        );
        await recordAudit(tx, request, now, {
          action: 'watchlist.import',
          entityType: 'watchlist',
          entityId: id,
          detail: { name, format, entries: entries.length, skipped: skipped.length },
        });
      });
      await ctx.matching.reloadWatchlists(kysely);
      return reply.code(201).send({
        id,
        name,
        format,
        entryCount: entries.length,
        active: true,
        importedAt: now.toISOString(),
        skipped: [...skipped],
      });
    },
  );

  app.patch(
    '/api/watchlists/:id',
    {
      config: { access: needs('watchlists.manage') },
      schema: { tags: ['matching'], params: IdParams, body: SetWatchlistActiveBody },
    },
    async (request, reply) => {
      const now = ctx.now();
      const found = await kysely.transaction().execute(async (tx) => {
        if (!(await setWatchlistActive(tx, request.params.id, request.body.active))) return false;
        await recordAudit(tx, request, now, {
          action: request.body.active ? 'watchlist.activate' : 'watchlist.deactivate',
          entityType: 'watchlist',
          entityId: request.params.id,
        });
        return true;
      });
      if (!found) throw new Problem('watchlist.not-found');
      await ctx.matching.reloadWatchlists(kysely);
      return reply.code(204).send();
    },
  );

  app.get(
    '/api/screening/hits',
    {
      config: { access: needs('screening.review') },
      schema: { tags: ['matching'], querystring: HitsQuery, response: { 200: HitsReply } },
    },
    async (request) => {
      const { status, limit } = request.query;
      return kysely.transaction().execute(async (tx) => {
        const hits = await hitViews(tx, await listHits(tx, status, limit));
        await recordAudit(tx, request, ctx.now(), {
          action: 'screening.list',
          detail: { status, people: hits.map((h) => h.person.personId) },
        });
        return { hits };
      });
    },
  );

  app.post(
    '/api/screening/hits/:id/review',
    {
      config: { access: needs('screening.review') },
      schema: { tags: ['matching'], params: IdParams, body: ReviewHitBody, response: { 200: HitSchema } },
    },
    async (request) => {
      const actor = actorOf(request);
      const now = ctx.now();
      const { decision, note } = request.body;
      return kysely.transaction().execute(async (tx) => {
        const hit = await findHit(tx, request.params.id);
        if (!hit) throw new Problem('screening.not-found');
        if (hit.status !== 'open') throw new Problem('screening.already-reviewed');
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
    {
      config: { access: needs('duplicates.review') },
      schema: { tags: ['matching'], querystring: LinksQuery, response: { 200: LinksReply } },
    },
    async (request) => {
      const { status, limit } = request.query;
      return kysely.transaction().execute(async (tx) => {
        const links = await linkViews(tx, await listLinks(tx, [status], limit));
        await recordAudit(tx, request, ctx.now(), {
          action: 'duplicates.list',
          detail: { status, people: links.flatMap((l) => [l.a.personId, l.b.personId]) },
        });
        return { links };
      });
    },
  );

  app.post(
    '/api/duplicates/:id/review',
    {
      config: { access: needs('duplicates.review') },
      schema: { tags: ['matching'], params: IdParams, body: ReviewLinkBody, response: { 200: LinkSchema } },
    },
    async (request) => {
      const actor = actorOf(request);
      const now = ctx.now();
      const { decision } = request.body;
      return kysely.transaction().execute(async (tx) => {
        const link = await findLink(tx, request.params.id);
        if (!link) throw new Problem('duplicate.not-found');
        if (!TRANSITIONS[link.status].includes(decision)) {
          throw new Problem(
            'duplicate.invalid-transition',
            `A ${link.status} link cannot be given "${decision}".`,
          );
        }
        const at = now.toISOString();
        let detail: Record<string, unknown> = { from: link.status };
        switch (decision) {
          case 'confirm':
            await setLinkStatus(tx, link.id, 'confirmed', actor.user.id, at);
            break;
          case 'reject':
            await setLinkStatus(tx, link.id, 'rejected', actor.user.id, at);
            break;
          case 'merge': {
            const merged = await mergePeople(tx, link);
            await setLinkStatus(tx, link.id, 'merged', actor.user.id, at, merged?.moved ?? []);
            detail = { ...detail, survivor: merged?.survivor ?? null, moved: merged?.moved ?? [] };
            break;
          }
          case 'unmerge': {
            const restored = await unmergePeople(tx, link.id);
            await setLinkStatus(tx, link.id, 'unmerged', actor.user.id, at, null);
            detail = { ...detail, restored: restored ?? [] };
            break;
          }
          default: {
            const never: never = decision;
            throw new Problem('duplicate.invalid-transition', String(never));
          }
        }
        await recordAudit(tx, request, now, {
          action: `duplicates.${decision}`,
          entityType: 'duplicate_link',
          entityId: link.id,
          detail,
        });
        const [view] = await linkViews(tx, [(await findLink(tx, link.id)) ?? link]);
        if (!view) throw new Problem('duplicate.not-found');
        return view;
      });
    },
  );

  app.post(
    '/api/duplicates/batch',
    {
      config: { access: needs('duplicates.review') },
      schema: { tags: ['matching'], response: { 200: BatchReply } },
    },
    async (request) => {
      const started = Date.now();
      const records: MatchablePerson[] = [];
      for await (const page of streamPeopleForMatching(kysely)) {
        for (const p of page)
          records.push(toMatchable(p, { number: p.documentNumber, type: p.documentType }));
      }
      const result = dedupe(records, ctx.matching.model);
      const byId = new Map(records.map((r) => [r.id, r]));
      const now = ctx.now();
      const links = result.clusters.flatMap((cluster) =>
        cluster.pairs.flatMap((pair) => {
          const a = byId.get(pair.a);
          const b = byId.get(pair.b);
          if (!a || !b) return [];
          const compared = comparePeople(ctx.matching.model, a, b);
          return [
            {
              id: ctx.newId(),
              personId: pair.a,
              otherPersonId: pair.b,
              score: pair.probability,
              explanation: compared.explanation,
              modelVersion: ctx.matching.modelVersion,
              source: 'batch' as const,
              createdAt: now.toISOString(),
            },
          ];
        }),
      );
      const fresh = await kysely.transaction().execute(async (tx) => {
        const added = await insertLinks(tx, links);
        await recordAudit(tx, request, now, {
          action: 'duplicates.batch',
          detail: { records: records.length, clusters: result.clusters.length, newLinks: added.length },
        });
        return added;
      });
      return {
        records: records.length,
        clusters: result.clusters.length,
        newLinks: fresh.length,
        seconds: Math.round((Date.now() - started) / 100) / 10,
      };
    },
  );
};
