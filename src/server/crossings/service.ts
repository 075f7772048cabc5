// Recording a batch of events sent by a booth (or its offline outbox): each event validated on its own,
// people in crossings screened against the watchlists and compared with earlier registrations, then
// everything stored in one (group-committed) transaction. A screening hit turns the crossing into a
// held case through a correction the server makes, so the booth's own event stays as it was sent.
import type { FastifyRequest } from 'fastify';
import { type CrossingEvent, type EventOutcome, type PasoEvent, parseEvent } from '../../api/events';
import { checkpointScopeOf } from '../../domain/access';
import { type Decree, decreeInForce } from '../../domain/decrees';
import type { MatchablePerson, MatchHit } from '../../domain/matching';
import { type AuditInput, appendAuditMany } from '../../store/audit';
import {
  type ApplyOutcome,
  applyEvents,
  disputedCorrections,
  type EventActor,
  type IdentityChange,
  loadPlaces,
  type Places,
} from '../../store/crossings';
import { decreesCovering } from '../../store/decrees';
import type { Executor } from '../../store/executor';
import { screeningStatuses } from '../../store/people';
import { auditInput } from '../audit/record';
import type { Actor } from '../auth/access';
import type { ServerContext } from '../context';
import { liveBusOf } from '../live/bus';
import { matchableOfInput, storeMatches } from '../matching/service';
import { type CandidateView, candidateViews } from '../people/candidates';
import { revokeLostSeats, revokeOutdatedPasses } from '../transit/revoke-passes';
import { type Batcher, createBatcher } from './group-commit';
import { eventProblem } from './problems';
import { applyScreeningHolds, HOLDABLE, holdId, screenCorrected } from './screening-holds';

const NONE: ReadonlySet<string> = new Set();

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
  const people = events.flatMap((event) => {
    if (event.kind !== 'crossing') return [];
    const personId = ctx.newId();
    const matchable = matchableOfInput(personId, event.person, event.document);
    return [{ event, personId, matchable }];
  });
  // The whole batch is screened in the screening thread while this one looks for earlier registrations.
  const [hits, candidates] = await Promise.all([
    ctx.matching.screen(people.map((p) => p.matchable)),
    candidatesOf(
      ctx,
      people.map((p) => p.matchable),
    ),
  ]);
  return new Map(
    people.map((p, i) => [
      p.event.id,
      { ...p, hits: hits[i] ?? [], candidates: (candidates[i] ?? []).filter((h) => h.id !== p.personId) },
    ]),
  );
}

// Asked together, so that a batch's people go to the candidate index's thread in one message.
function candidatesOf(ctx: ServerContext, people: readonly MatchablePerson[]): Promise<MatchHit[][]> {
  return Promise.all(people.map((person) => ctx.matching.candidates(ctx.db.kysely, person)));
}

/**
 * An event's outcome, whether screening the person as corrected found a hit (held), and the people it
 * corrected, for the candidate index once committed.
 */
type UnitOutcome = ApplyOutcome & {
  readonly rescreenedHit?: true;
  readonly corrected?: readonly MatchablePerson[];
};

/** One request's events, screened and ready to be written with others'. */
export interface EventUnit {
  readonly events: readonly PasoEvent[];
  readonly screened: ReadonlyMap<string, Screened>;
  readonly actor: EventActor;
  readonly audit: AuditInput;
  /** Read before the transaction: on SQLite a read outside it would wait for it to end. */
  readonly places: Places;
}

export interface RecordContext {
  readonly ctx: ServerContext;
  readonly batcher: Batcher<EventUnit, UnitOutcome[]>;
  readonly places: () => Promise<Places>;
}

export function createRecordContext(ctx: ServerContext, groupCommit: boolean): RecordContext {
  const { kysely } = ctx.db;
  // Checkpoints and booths change rarely (an admin's edit); read them at most once a second.
  const places = cached(() => loadPlaces(kysely), 1000, ctx.now);
  const run = (tx: Executor, units: readonly EventUnit[]) => writeUnits(tx, ctx, units, units[0]?.places);
  return { ctx, batcher: createBatcher(kysely, run, groupCommit ? 256 : 1), places };
}

export async function recordEvents(
  rc: RecordContext,
  request: FastifyRequest,
  actor: Actor,
  raw: readonly unknown[],
  action: 'events.record' | 'events.import' = 'events.record',
  // An imported outbox's events are the officer's who made them, with that officer's rights.
  maker: Actor['user'] = actor.user,
): Promise<EventOutcome[]> {
  const { ctx } = rc;
  const clock = ctx.now().getTime();
  const parsed = raw.map((input) => parseEvent(input, clock));
  const events = parsed.flatMap((p) => (p.ok ? [p.value] : []));
  const screened = await screenCrossings(ctx, events);
  const user = maker;
  const scope = checkpointScopeOf(user);
  const applied = await rc.batcher.submit({
    places: await rc.places(),
    events,
    screened,
    actor: { recordedBy: user.id, allowedCheckpoints: scope, mayResolveHolds: user.role === 'supervisor' },
    audit: auditInput(request, ctx.now(), {
      action,
      ...(user.id === actor.user.id ? {} : { detail: { as: user.username } }),
    }),
  });

  // Committed: dashboards connected to any server refetch the figures of these checkpoints.
  const changed = [
    ...new Set(events.filter((_, i) => applied[i]?.status === 'applied').map((e) => e.checkpoint)),
  ];
  if (changed.length > 0) liveBusOf(ctx.db).publish('figures', { checkpoints: changed.sort() });
  events.forEach((e, i) => {
    const s = screened.get(e.id);
    if (s && applied[i]?.status === 'applied') ctx.matching.rememberPerson(s.matchable);
  });
  // After the people as sent: a crossing whose corrections came first is then found as corrected.
  for (const outcome of applied)
    for (const person of outcome.corrected ?? []) ctx.matching.rememberCorrectedPerson(person);
  // The earlier registrations each new person may be, read for the whole batch at once.
  const candidates = await candidateViews(
    ctx.db.kysely,
    events.map((e, i) => (applied[i]?.status === 'applied' ? (screened.get(e.id)?.candidates ?? []) : [])),
    scope,
  );
  // A resend of a crossing (its first answer was lost) is told whether screening holds the person,
  // as the first answer was: else the booth would show the officer's own decision for a held person.
  const resent = events.filter((e, i) => e.kind === 'crossing' && applied[i]?.status === 'duplicate');
  const holds = await screeningStatuses(
    ctx.db.kysely,
    resent.map((e) => e.id),
  );
  // A correction made without seeing another of the same event, and saying otherwise: its booth is told.
  const corrections = events.flatMap((e, i) =>
    e.kind === 'correction' && applied[i]?.status !== 'problem' ? [{ id: e.id, corrects: e.corrects }] : [],
  );
  const disputed = corrections.length === 0 ? NONE : await disputedCorrections(ctx.db.kysely, corrections);
  let next = 0;
  return parsed.map((p, index): EventOutcome => {
    if (!p.ok) return invalidOutcome(raw[index], index, p.issues);
    const event = events[next];
    const outcome = applied[next];
    const shown = candidates[next] ?? [];
    next += 1;
    if (!event || !outcome) throw new Error('one outcome per event');
    const view = outcomeView(event, index, outcome, screened.get(event.id), shown, holds.get(event.id));
    return disputed.has(event.id) ? { ...view, conflict: true } : view;
  });
}

// Several requests' events in one transaction: one apply, the screening evidence, the holds the server
// makes, and one audit entry per request, chained in the order the requests came.
async function writeUnits(
  tx: Executor,
  ctx: ServerContext,
  units: readonly EventUnit[],
  places: Places | undefined,
): Promise<UnitOutcome[][]> {
  if (places === undefined) return [];
  const now = ctx.now().toISOString();
  const events = units.flatMap((u) => u.events);
  const owner = units.flatMap((u, k) => u.events.map(() => k));
  // One event sent by two requests of the group (a batch resent before its answer came) is stored
  // as the first sent it, with the person the first request's screening made: that request is the
  // one told `applied`, and it adds that person to the matching index. The later one's person is
  // never stored (else the index would name a person no row holds).
  const screened = new Map<string, Screened>();
  for (const u of units) for (const [id, s] of u.screened) if (!screened.has(id)) screened.set(id, s);
  // The register is read once for the whole group, inside its transaction, not once per request.
  const decrees = await decreesOf(tx, events);
  const corrected: IdentityChange[] = [];
  const outcomes = await applyEvents(tx, events, {
    places,
    recordedBy: null,
    mayResolveHolds: false,
    actorOf: (i) => units[owner[i] ?? 0]?.actor ?? { recordedBy: null, mayResolveHolds: false },
    now,
    newId: ctx.newId,
    personIds: new Map([...screened.values()].map((s) => [s.event.id, s.personId])),
    holds: new Set([...screened.values()].filter((s) => s.hits.length > 0).map((s) => s.event.id)),
    decreeOf: (checkpoint, at) => decreeInForce(decrees, checkpoint, Date.parse(at)),
    onIdentityChange: (changes) => corrected.push(...changes),
  });
  const fresh = events.flatMap((e, i) => {
    const s = screened.get(e.id);
    return s && outcomes[i]?.status === 'applied' ? [s] : [];
  });
  await storeMatches(
    tx,
    ctx.matching,
    ctx.newId,
    fresh.map((f) => ({
      registrationId: f.event.id,
      personId: f.personId,
      hits: f.hits,
      candidates: f.candidates,
    })),
    now,
  );
  await applyScreeningHolds(
    tx,
    ctx,
    fresh
      .filter((s) => s.hits.length > 0 && HOLDABLE.has(s.event.decision))
      .map((s) => ({ eventId: s.event.id, id: holdId(s.event.id), checkpoint: s.event.checkpoint })),
    places,
    now,
  );
  // A person whose name or document a correction changed is screened again as now corrected.
  const rescreened = await screenCorrected(tx, ctx, corrected, places, now);
  let start = 0;
  const byUnit = units.map((u) => {
    const mine: UnitOutcome[] = outcomes.slice(start, start + u.events.length);
    start += u.events.length;
    if (rescreened.people.size === 0) return mine;
    // The event that had a person screened again as corrected hears of a hit: the crossing whose
    // corrections came first, or the correction.
    return mine.map((o, i) => {
      const id = u.events[i]?.id ?? '';
      const corrected = rescreened.people.get(id);
      if (corrected === undefined) return o;
      return { ...o, corrected, ...(rescreened.held.has(id) ? { rescreenedHit: true as const } : {}) };
    });
  });
  await appendAuditMany(
    tx,
    units.map((u, k) => ({
      ...u.audit,
      detail: { ...u.audit.detail, ...auditDetail(u.events, byUnit[k] ?? []) },
    })),
  );
  // A correction that no longer admits someone in transit takes the passes of their convoy seat.
  for (const [k, u] of units.entries()) {
    const corrected = u.events.flatMap((e, i) =>
      e.kind === 'correction' && byUnit[k]?.[i]?.status === 'applied' ? [e.corrects] : [],
    );
    if (corrected.length > 0) await revokeLostSeats(tx, u.audit, ctx.now(), corrected);
  }
  // One that changes who a passenger is takes the passes naming them as they were, seat kept.
  for (const u of units) {
    const sent = new Set(u.events.map((e) => e.id));
    const changed = corrected.filter((c) => sent.has(c.cause)).map((c) => c.eventId);
    if (changed.length > 0) await revokeOutdatedPasses(tx, u.audit, ctx.now(), changed);
  }
  return byUnit;
}

// Every crossing records the decree in force where and when it happened: only the decrees of the
// span of the group's crossings are read, and none for a group of tallies and corrections.
async function decreesOf(tx: Executor, events: readonly PasoEvent[]): Promise<Decree[]> {
  // A group can hold many thousand crossings (imports): a loop, not Math.min(...times).
  let from = Number.POSITIVE_INFINITY;
  let to = Number.NEGATIVE_INFINITY;
  for (const e of events) {
    if (e.kind !== 'crossing') continue;
    const t = Date.parse(e.at);
    if (t < from) from = t;
    if (t > to) to = t;
  }
  if (from > to) return [];
  return decreesCovering(tx, new Date(from).toISOString(), new Date(to).toISOString());
}

function cached<T>(load: () => Promise<T>, ms: number, now: () => Date): () => Promise<T> {
  let value: Promise<T> | null = null;
  let loadedAt = 0;
  return () => {
    const t = now().getTime();
    if (value === null || t - loadedAt > ms || t < loadedAt) {
      loadedAt = t;
      value = load().catch((error: unknown) => {
        value = null;
        throw error;
      });
    }
    return value;
  };
}

function auditDetail(events: readonly PasoEvent[], outcomes: readonly ApplyOutcome[]) {
  const by = (status: ApplyOutcome['status']) =>
    events.filter((_, i) => outcomes[i]?.status === status).map((e) => e.id);
  const corrected = correctedIn(events.filter((_, i) => outcomes[i]?.status === 'applied'));
  return {
    applied: by('applied'),
    duplicates: by('duplicate'),
    refused: by('problem'),
    ...(Object.keys(corrected).length > 0 ? { corrected } : {}),
  };
}

// What each applied correction did to the event it corrects, by that event's id: a supervisor's
// decision on a held person reads "decision: admitted, note: …" in the log, not an id alone.
function correctedIn(events: readonly PasoEvent[]): Record<string, Record<string, unknown>> {
  const out: Record<string, Record<string, unknown>> = {};
  for (const e of events) {
    if (e.kind !== 'correction') continue;
    const set = e.set ?? {};
    const note = typeof set.note === 'string' ? set.note : e.note;
    out[e.corrects] = {
      ...(e.void ? { void: true } : {}),
      ...(typeof set.decision === 'string' ? { decision: set.decision } : {}),
      ...(typeof set.refusalGround === 'string' ? { refusalGround: set.refusalGround } : {}),
      ...(typeof set.direction === 'string' ? { direction: set.direction } : {}),
      ...(note === undefined ? {} : { note }),
    };
  }
  return out;
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

function outcomeView(
  event: PasoEvent,
  index: number,
  outcome: UnitOutcome,
  screened: Screened | undefined,
  candidates: readonly CandidateView[],
  /** A resent crossing's screening as stored. */
  storedScreening?: 'hold' | 'clear',
): EventOutcome {
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
  if (outcome.status === 'duplicate')
    return storedScreening === undefined ? base : { ...base, screening: storedScreening };
  return {
    ...base,
    ...(outcome.waiting ? { waiting: true } : {}),
    ...(outcome.referral ? { referral: outcome.referral } : {}),
    ...(screened
      ? {
          screening: screened.hits.length > 0 || outcome.rescreenedHit ? 'hold' : 'clear',
          candidates: [...candidates],
        }
      : {}),
    ...(!screened && outcome.rescreenedHit ? { screening: 'hold' } : {}),
  };
}
