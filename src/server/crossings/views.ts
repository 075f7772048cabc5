// The crossings' read views: the tallies a booth may take one off when it registers a tallied person,
// the supervisor's view of a checkpoint, and the humanitarian side's protection referrals with their
// one action, closing. Every answer that names a person is audited; none carries screening data.

import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { IdParams } from '../../api/common';
import {
  CloseReferralBody,
  type EventPersonView,
  OpenTalliesQuery,
  OpenTalliesReply,
  OverviewQuery,
  OverviewReply,
  ReferralSchema,
  ReferralsQuery,
  ReferralsReply,
  WaitingReply,
} from '../../api/crossing-views';
import { checkpointScopeOf } from '../../domain/access';
import { ageOn, crossingPersonOf, DECISIONS, localHour } from '../../domain/crossings';
import {
  type CheckpointRef,
  closeReferral,
  countHeld,
  countReferrals,
  type EventFields,
  figuresOn,
  findReferral,
  type HeldRecord,
  heldCrossings,
  listReferrals,
  officersAtBooths,
  type ReferralRecord,
  recentActivity,
  recentTallies,
} from '../../store/crossings';
import type { Executor } from '../../store/executor';
import { listCheckpoints } from '../../store/reference';
import { writeTransaction } from '../../store/transaction-lock';
import { auditedRead, recordAudit } from '../audit/record';
import { actorOf } from '../auth/access';
import { namedCheckpoint } from '../checkpoints';
import type { ServerContext } from '../context';
import { Problem } from '../problems';
import { routesTagged } from '../route-options';

const route = routesTagged('crossings');

const HOUR_MS = 3600_000;
// A tally taken off later is one of the last day's; older ones are history.
const OPEN_TALLY_WINDOW_MS = 24 * HOUR_MS;
const OPEN_TALLY_LIMIT = 50;
const QUEUE_LIMIT = 500;

const text = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : null;

/** The person a crossing event names, with their age on the crossing's local date. */
function personOf(fields: EventFields, at: string, timeZone: string): z.infer<typeof EventPersonView> {
  const person = crossingPersonOf(fields);
  return { ...person, age: ageOn(person.birthDate, localHour(at, timeZone).date) };
}

type HeldCase = z.infer<typeof OverviewReply>['held'][number];

const objectOf = (value: unknown): Readonly<Record<string, unknown>> | null =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Readonly<Record<string, unknown>>)
    : null;

/** The document a held person presented, from their crossing as it stands now; null for none. */
function heldDocument(f: EventFields): HeldCase['document'] {
  const d = objectOf(f.document);
  const type = text(d?.type);
  const number = text(d?.number);
  if (d === null || type === null || number === null) return null;
  return { type, number, issuingState: text(d.issuingState), expiryDate: text(d.expiryDate) };
}

/** Why a held person waits, from their crossing as it stands now and their registration's screening. */
function heldWhy(h: HeldRecord): HeldCase['why'] {
  const f = h.fields;
  const { origin } = h.hold;
  return {
    screening: h.hold.screeningOpen,
    screeningReview: h.hold.screeningReview,
    // The officer's override reason explains the decision they made at the booth: a reason for the
    // hold only when that decision was the hold (else it is one for letting the person through).
    officerReason: origin.by === 'registration' ? text(f.overrideReason) : null,
    correction:
      origin.by === 'correction'
        ? { at: origin.at, by: origin.officer, offline: origin.offline, reason: origin.note }
        : null,
    policyReferred: f.recommendation === 'refer',
    legalBasis: text(f.legalBasis),
  };
}

function referralView(r: ReferralRecord): z.infer<typeof ReferralSchema> {
  return {
    id: r.id,
    eventId: r.eventId,
    status: r.status === 'closed' ? 'closed' : 'open',
    reason: r.reason,
    createdAt: r.createdAt,
    crossedAt: r.at,
    closedAt: r.closedAt,
    closedBy: r.closedBy,
    note: r.note,
    checkpoint: { code: r.checkpoint.code, name: r.checkpoint.name, timeZone: r.checkpoint.timeZone },
    boothCode: r.boothCode,
    person: personOf(r.fields, r.at, r.checkpoint.timeZone),
    companion:
      r.companion === null
        ? null
        : {
            person: personOf(r.companion.fields, r.companion.at, r.checkpoint.timeZone),
            crossedAt: r.companion.at,
          },
  };
}

type Overview = z.infer<typeof OverviewReply>;

async function boothsOnDuty(db: Executor, checkpoint: CheckpointRef, since: string) {
  const [full] = await listCheckpoints(db, [checkpoint.id]);
  const booths = full?.booths ?? [];
  const officers = await officersAtBooths(db, checkpoint.id, since);
  const rows: Overview['booths'] = booths.map((b) => ({
    code: b.code,
    name: b.name,
    officers: [],
    lastEventAt: null,
  }));
  const byId = new Map(booths.map((b, i) => [b.id, rows[i]]));
  for (const o of officers) {
    let row = o.boothId === null ? undefined : byId.get(o.boothId);
    if (row === undefined) {
      // Events recorded without a booth (or at one since removed) gather in one row without a code.
      row = rows.find((r) => r.code === null);
      if (row === undefined) {
        row = { code: null, name: null, officers: [], lastEventAt: null };
        rows.push(row);
      }
    }
    row.officers.push({ id: o.userId, displayName: o.displayName, lastEventAt: o.lastAt });
    if (row.lastEventAt === null || o.lastAt > row.lastEventAt) row.lastEventAt = o.lastAt;
  }
  return { rows, codeOf: new Map(booths.map((b) => [b.id, b.code])) };
}

async function hourlyByBooth(
  db: Executor,
  checkpoint: CheckpointRef,
  since: string,
  codeOf: ReadonlyMap<string, string>,
): Promise<Overview['hourly']> {
  const cells = new Map<string, Overview['hourly'][number]>();
  for (const a of await recentActivity(db, checkpoint.id, since)) {
    const { date, hour } = localHour(a.at, checkpoint.timeZone);
    const boothCode = a.boothId === null ? null : (codeOf.get(a.boothId) ?? null);
    const key = `${date}|${String(hour).padStart(2, '0')}|${boothCode ?? ''}`;
    let cell = cells.get(key);
    if (cell === undefined) {
      cell = { boothCode, date, hour, registered: 0, tallied: 0, refused: 0, held: 0 };
      cells.set(key, cell);
    }
    if (a.kind === 'tally') cell.tallied += a.crossed;
    else cell.registered += a.crossed;
    cell.refused += a.refused;
    cell.held += a.held;
  }
  return [...cells.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, cell]) => cell);
}

async function decisionsOn(db: Executor, checkpoint: CheckpointRef, date: string) {
  const decisions = Object.fromEntries([...DECISIONS, 'tallied'].map((d) => [d, 0])) as Overview['decisions'];
  for (const f of await figuresOn(db, checkpoint.code, date)) {
    const total = f.crossed + f.refused + f.held;
    if (f.source === 'tallied') decisions.tallied += f.crossed;
    else if ((DECISIONS as readonly string[]).includes(f.decision)) {
      decisions[f.decision as (typeof DECISIONS)[number]] += total;
    }
  }
  return decisions;
}

export const crossingViewRoutes: FastifyPluginAsyncZod<ServerContext> = async (app, ctx) => {
  const { kysely } = ctx.db;

  app.get(
    '/api/tallies/open',
    route('crossings.record', { querystring: OpenTalliesQuery, response: { 200: OpenTalliesReply } }),
    async (request) => {
      const q = request.query;
      const checkpoint = await namedCheckpoint(kysely, request, q.checkpoint, true);
      const since = new Date(ctx.now().getTime() - OPEN_TALLY_WINDOW_MS).toISOString();
      const rows = await recentTallies(kysely, checkpoint.id, since, q.direction);
      const tallies = rows.flatMap((r) => {
        const count = typeof r.fields.count === 'number' ? r.fields.count : 0;
        const category = text(r.fields.category) ?? 'unknown';
        const nationality = text(r.fields.nationality)?.toUpperCase() ?? null;
        if (count <= 0) return [];
        if (q.category !== undefined && category !== q.category) return [];
        if (q.nationality !== undefined && (nationality ?? 'unknown') !== q.nationality) return [];
        const direction = r.direction ?? text(r.fields.direction) ?? 'unknown';
        return [{ id: r.id, at: r.at, count, direction, category, nationality, boothCode: r.boothCode }];
      });
      return { tallies: tallies.slice(0, OPEN_TALLY_LIMIT) };
    },
  );

  // The view opens where people wait (web: checkpoint-view/opening-checkpoint.ts): it asks this first.
  app.get(
    '/api/crossings/waiting',
    route('crossings.supervise', { response: { 200: WaitingReply } }),
    async (request) => {
      const scope = checkpointScopeOf(actorOf(request).user);
      const checkpoints = await listCheckpoints(kysely, scope);
      return {
        checkpoints: await Promise.all(
          checkpoints.map(async (c) => ({ code: c.code, held: await countHeld(kysely, c.id) })),
        ),
      };
    },
  );

  app.get(
    '/api/crossings/overview',
    route('crossings.supervise', { querystring: OverviewQuery, response: { 200: OverviewReply } }),
    async (request) => {
      const checkpoint = await namedCheckpoint(kysely, request, request.query.checkpoint, true);
      const now = ctx.now();
      const from = new Date(now.getTime() - request.query.hours * HOUR_MS).toISOString();
      const today = localHour(now, checkpoint.timeZone).date;
      return kysely.transaction().execute(async (tx) => {
        const booths = await boothsOnDuty(tx, checkpoint, from);
        const held = (await heldCrossings(tx, checkpoint.id, QUEUE_LIMIT)).map((h) => ({
          eventId: h.eventId,
          at: h.at,
          direction: h.direction,
          boothCode: h.boothCode,
          recordedBy: h.recordedBy,
          person: personOf(h.fields, h.at, checkpoint.timeZone),
          document: heldDocument(h.fields),
          identityBasis: text(h.fields.identityBasis),
          why: heldWhy(h),
        }));
        const referrals = await listReferrals(
          tx,
          { status: 'open', checkpointId: checkpoint.id },
          QUEUE_LIMIT,
        );
        // The view reloads itself every 30 s: an answer that names nobody is not a read of personal data.
        if (held.length > 0 || referrals.length > 0) {
          await recordAudit(tx, request, now, {
            action: 'crossings.overview',
            entityType: 'checkpoint',
            entityId: checkpoint.id,
            detail: { held: held.map((h) => h.eventId), referrals: referrals.map((r) => r.id) },
          });
        }
        return {
          checkpoint: {
            id: checkpoint.id,
            code: checkpoint.code,
            name: checkpoint.name,
            timeZone: checkpoint.timeZone,
          },
          from,
          to: now.toISOString(),
          today,
          booths: booths.rows,
          hourly: await hourlyByBooth(tx, checkpoint, from, booths.codeOf),
          decisions: await decisionsOn(tx, checkpoint, today),
          held,
          referrals: referrals.map(referralView),
        };
      });
    },
  );

  app.get(
    '/api/referrals',
    route('referrals.read', { querystring: ReferralsQuery, response: { 200: ReferralsReply } }),
    async (request) => {
      const { status, checkpoint, reason, q, limit, page } = request.query;
      const place =
        checkpoint === undefined ? undefined : await namedCheckpoint(kysely, request, checkpoint, false);
      const filter = { status, checkpointId: place?.id, reason, name: q };
      const found = await auditedRead(
        ctx,
        request,
        async (tx) => {
          // Counted first: a page past the last (a name nobody has) is not looked for, which was the
          // slowest search of all (every open referral walked for nothing).
          const total = await countReferrals(tx, filter);
          const skip = (page - 1) * limit;
          return { referrals: skip < total ? await listReferrals(tx, filter, limit, skip) : [], total };
        },
        ({ referrals }) => ({
          action: 'referrals.list',
          detail: {
            status,
            ...(checkpoint === undefined ? {} : { checkpoint }),
            ...(reason === undefined ? {} : { reason }),
            ...(q === undefined ? {} : { q }),
            referrals: referrals.map((r) => r.id),
          },
        }),
      );
      return { referrals: found.referrals.map(referralView), total: found.total };
    },
  );

  app.post(
    '/api/referrals/:id/close',
    route('referrals.manage', {
      params: IdParams,
      body: CloseReferralBody,
      response: { 200: ReferralSchema },
    }),
    async (request) => {
      const { user } = actorOf(request);
      const now = ctx.now();
      const { id } = request.params;
      return writeTransaction(kysely, async (tx) => {
        const closed = await closeReferral(tx, id, {
          by: user.id,
          at: now.toISOString(),
          note: request.body.note,
        });
        // Closing is idempotent: a referral closed meanwhile (by a colleague) is answered as it stands.
        if (closed) {
          await recordAudit(tx, request, now, {
            action: 'referral.close',
            entityType: 'protection_referral',
            entityId: id,
            detail: { note: request.body.note },
          });
        }
        const referral = await findReferral(tx, id);
        if (!referral) throw new Problem('request.not-found', 'No such protection referral.');
        return referralView(referral);
      });
    },
  );
};
