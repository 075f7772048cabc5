// Recording a batch of events sent by a booth (or its offline outbox): each event validated on its own,
// people in crossings screened against the watchlists and compared with earlier registrations, then
// everything stored in one (group-committed) transaction. A screening hit turns the crossing into a
// held case through a correction the server makes, so the booth's own event stays as it was sent.
import { createHash } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { type CrossingEvent, type EventOutcome, type PasoEvent, parseEvent } from '../../api/events';
import { isCheckpointScoped } from '../../domain/access';
import { type MatchablePerson, type MatchHit, parsePartialDate } from '../../domain/matching';
import { type ApplyOutcome, applyEvents, type Places } from '../../store/crossings';
import { insertHits, insertLinks } from '../../store/matching/reviews';
import { recordAudit } from '../audit/record';
import type { Actor } from '../auth/access';
import type { ServerContext } from '../context';
import { toMatchable } from '../matching/service';
import { candidateView } from '../people/candidates';
import type { Committer } from './group-commit';
import { eventProblem } from './problems';

// Only a crossing that lets the person through is held on a hit; a refusal stays a refusal.
const HOLDABLE = new Set(['admitted', 'admitted-transit', 'referred-protection']);

/** A stable id for the server's hold of a crossing, so that re-applying it is a duplicate. */
export function holdId(eventId: string): string {
  const h = createHash('sha256').update(`screening-hold:${eventId}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

type Screened = {
  readonly event: CrossingEvent;
  readonly personId: string;
  readonly matchable: MatchablePerson;
  readonly hits: readonly MatchHit[];
  readonly candidates: readonly MatchHit[];
};

async function screenCrossings(
  ctx: ServerContext,
  events: readonly PasoEvent[],
): Promise<Map<string, Screened>> {
  const out = new Map<string, Screened>();
  const { kysely } = ctx.db;
  for (const event of events) {
    if (event.kind !== 'crossing') continue;
    const personId = ctx.newId();
    const p = event.person;
    const birth = p.birthDate === undefined ? undefined : parsePartialDate(p.birthDate);
    const matchable = toMatchable(
      {
        id: personId,
        givenNames: p.givenNames,
        surname1: p.surname1,
        surname2: p.surname2 ?? null,
        sex: p.sex ?? null,
        birthDate: birth?.ok ? (birth.value ?? null) : null,
        nationality: p.nationality ?? null,
      },
      event.document ? { number: event.document.number, type: event.document.type } : null,
    );
    const hits = await ctx.matching.screen(kysely, matchable);
    const candidates = (await ctx.matching.candidates(kysely, matchable)).filter((h) => h.id !== personId);
    out.set(event.id, { event, personId, matchable, hits, candidates });
  }
  return out;
}

export interface RecordContext {
  readonly ctx: ServerContext;
  readonly committer: Committer;
  readonly places: () => Promise<Places>;
}

export async function recordEvents(
  rc: RecordContext,
  request: FastifyRequest,
  actor: Actor,
  raw: readonly unknown[],
): Promise<EventOutcome[]> {
  const { ctx } = rc;
  const parsed = raw.map((input) => parseEvent(input));
  const events = parsed.flatMap((p) => (p.ok ? [p.value] : []));
  const screened = await screenCrossings(ctx, events);
  const places = await rc.places();
  const now = ctx.now().toISOString();
  const { user } = actor;
  const holds = new Set([...screened.values()].filter((s) => s.hits.length > 0).map((s) => s.event.id));

  const applied = await rc.committer.submit(async (tx) => {
    const outcomes = await applyEvents(tx, events, {
      places,
      recordedBy: user.id,
      now,
      newId: ctx.newId,
      allowedCheckpoints: isCheckpointScoped(user.role) ? user.checkpointIds : undefined,
      mayResolveHolds: user.role === 'supervisor',
      personIds: new Map([...screened.values()].map((s) => [s.event.id, s.personId])),
      holds,
    });
    const fresh = events.flatMap((e, i) => {
      const s = screened.get(e.id);
      return s && outcomes[i]?.status === 'applied' ? [s] : [];
    });
    await storeMatches(tx, ctx, fresh, now);
    const held = fresh.filter((s) => s.hits.length > 0 && HOLDABLE.has(s.event.decision));
    if (held.length > 0) {
      await applyEvents(
        tx,
        held.map((s) => ({
          kind: 'correction',
          id: holdId(s.event.id),
          at: now,
          checkpoint: s.event.checkpoint,
          corrects: s.event.id,
          set: { decision: 'held' },
          note: 'screening',
        })),
        { places, recordedBy: null, now, newId: ctx.newId, mayResolveHolds: true },
      );
    }
    await recordAudit(tx, request, new Date(now), {
      action: 'events.record',
      detail: auditDetail(events, outcomes),
    });
    return outcomes;
  });

  events.forEach((e, i) => {
    const s = screened.get(e.id);
    if (s && applied[i]?.status === 'applied') ctx.matching.rememberPerson(s.matchable);
  });
  const scope = isCheckpointScoped(user.role) ? user.checkpointIds : undefined;
  let next = 0;
  return Promise.all(
    parsed.map(async (p, index): Promise<EventOutcome> => {
      if (!p.ok) return invalidOutcome(raw[index], index, p.issues);
      const event = events[next];
      const outcome = applied[next];
      next += 1;
      if (!event || !outcome) throw new Error('one outcome per event');
      return outcomeView(ctx, event, index, outcome, screened.get(event.id), scope);
    }),
  );
}

async function storeMatches(
  tx: Parameters<typeof insertHits>[0],
  ctx: ServerContext,
  fresh: readonly Screened[],
  createdAt: string,
): Promise<void> {
  await insertHits(
    tx,
    fresh.flatMap((s) =>
      s.hits.map((h) => ({
        id: ctx.newId(),
        registrationId: s.event.id,
        personId: s.personId,
        watchlistEntryId: h.id,
        score: h.probability,
        explanation: h.explanation,
        modelVersion: ctx.matching.modelVersion,
        createdAt,
      })),
    ),
  );
  await insertLinks(
    tx,
    fresh.flatMap((s) =>
      s.candidates.map((h) => ({
        id: ctx.newId(),
        personId: s.personId,
        otherPersonId: h.id,
        score: h.probability,
        explanation: h.explanation,
        modelVersion: ctx.matching.modelVersion,
        source: 'booth' as const,
        createdAt,
      })),
    ),
  );
}

function auditDetail(events: readonly PasoEvent[], outcomes: readonly ApplyOutcome[]) {
  const by = (status: ApplyOutcome['status']) =>
    events.filter((_, i) => outcomes[i]?.status === status).map((e) => e.id);
  return { applied: by('applied'), duplicates: by('duplicate'), refused: by('problem') };
}

function invalidOutcome(
  input: unknown,
  index: number,
  issues: readonly { path: string; code: string; message: string }[],
): EventOutcome {
  const id =
    typeof input === 'object' && input !== null && 'id' in input && typeof input.id === 'string'
      ? input.id
      : '';
  return {
    id,
    index,
    status: 'problem',
    problem: {
      code: 'validation',
      title: 'The event is not valid',
      detail: issues.map((i) => `${i.path || 'event'}: ${i.message}`).join('; '),
      errors: [...issues],
    },
  };
}

async function outcomeView(
  ctx: ServerContext,
  event: PasoEvent,
  index: number,
  outcome: ApplyOutcome,
  screened: Screened | undefined,
  scope: readonly string[] | undefined,
): Promise<EventOutcome> {
  if (outcome.status === 'problem') {
    return {
      id: event.id,
      index,
      status: 'problem',
      problem: { ...eventProblem(outcome.code, outcome.detail), errors: [] },
    };
  }
  const base: EventOutcome = {
    id: event.id,
    index,
    status: outcome.status,
    ...(outcome.personId ? { personId: outcome.personId } : {}),
  };
  if (outcome.status === 'duplicate') return base;
  return {
    ...base,
    ...(outcome.waiting ? { waiting: true } : {}),
    ...(outcome.referral ? { referral: outcome.referral } : {}),
    ...(screened
      ? {
          screening: screened.hits.length > 0 ? 'hold' : 'clear',
          candidates: await candidateView(ctx.db.kysely, screened.candidates, scope),
        }
      : {}),
  };
}
