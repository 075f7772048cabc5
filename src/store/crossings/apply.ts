// Applies a batch of validated events in one transaction: each id once (a resend with the same content
// is a duplicate, with other content a conflict), corrections kept until their event arrives, a person
// record for each crossing, protection referrals (referrals-opened.ts), and the figures moved in step.
import { createHash } from 'node:crypto';
import {
  type CrossingInput as CrossingEvent,
  type GroupMember,
  isCompanionYounger,
  type EventInput as PasoEvent,
  protectionNeedOf,
  type ReferralReason,
} from '../../domain/crossings';
import { canonical } from '../audit';
import type { Executor } from '../executor';
import { lockChainAndFigures } from '../transaction-lock';
import { checkCorrection, checkHeldDecision, checkPlace, checkRelease, problem } from './apply-checks';
import {
  changedCrossings,
  correctedChildReferrals,
  IDENTITY_FIELDS,
  type IdentityChange,
  memberOf,
  noteTouched,
  PROTECTION_FIELDS,
  type Touched,
} from './corrected-crossings';
import { heldSince, holdsToKeep } from './holds-kept';
import { followCorrectedPeople } from './person-records';
import { decisionReferrals, openReferrals, type ReferralToOpen } from './referrals-opened';
import { RowWriter } from './rows';
import {
  bodyOf,
  type CheckpointClock,
  chunks,
  eventsById,
  type FreshEvent,
  fieldsOf,
  refreshEvents,
  type StoredEventRow,
} from './state';

export type EventProblemCode =
  | 'event.conflict'
  | 'event.unknown-checkpoint'
  | 'event.unknown-booth'
  | 'event.checkpoint-not-assigned'
  | 'correction.target-kind'
  | 'correction.field-kind'
  | 'correction.checkpoint'
  | 'correction.held'
  | 'correction.before-hold'
  | 'correction.unreviewed-hit'
  | 'correction.note-required'
  | 'group.companion-younger'
  | 'person.name';

export type ApplyOutcome =
  | {
      readonly status: 'applied';
      readonly waiting?: boolean;
      readonly personId?: string;
      readonly referral?: ReferralReason;
    }
  | { readonly status: 'duplicate'; readonly personId?: string }
  | { readonly status: 'problem'; readonly code: EventProblemCode; readonly detail: string };

export interface Place extends CheckpointClock {
  readonly booths: ReadonlyMap<string, string>;
}

export interface Places {
  readonly byCode: ReadonlyMap<string, Place>;
  readonly byId: ReadonlyMap<string, Place>;
}

/** Who records an event, and what they may do. */
export interface EventActor {
  /** The user the events are recorded for; null only for the system's own corrections. */
  readonly recordedBy: string | null;
  /** An officer's checkpoints (ids); undefined for roles that act for every checkpoint. */
  readonly allowedCheckpoints?: readonly string[] | undefined;
  /** Only supervisors (and imports) may change the decision of a held crossing. */
  readonly mayResolveHolds: boolean;
  /**
   * Events another system recorded (`paso events import`): a decision on a held crossing stands as it
   * was recorded, without the note the API asks for.
   */
  readonly asRecorded?: boolean;
}

export interface ApplyContext extends EventActor {
  readonly places: Places;
  readonly now: string;
  readonly newId: () => string;
  /** The actor of each event when a batch gathers several users' requests (default: this context). */
  readonly actorOf?: (index: number) => EventActor;
  /** Person ids chosen before the transaction (the server screens people before storing them). */
  readonly personIds?: ReadonlyMap<string, string>;
  /** Crossings whose person screening held: their registration is stored as held. */
  readonly holds?: ReadonlySet<string>;
  readonly demo?: boolean;
  /**
   * The decree in force at a checkpoint (by code) at an instant, recorded with each crossing that
   * does not name one. The event's digest stays that of the event as sent, so a resend is still a
   * duplicate if the register has changed since.
   */
  readonly decreeOf?: (
    checkpointCode: string,
    at: string,
  ) => { readonly id: string; readonly number: string } | null;
  /** Told of the crossings whose person or document corrections of this batch changed. */
  readonly onIdentityChange?: (changes: readonly IdentityChange[]) => void;
}

const bodyHash = (body: string): string => createHash('sha256').update(body).digest('hex');

/**
 * What applying an event computes from the event alone, done beforehand (an import does it in another
 * thread): its canonical body, the body's SHA-256 and, for a crossing, the comparison key of the
 * person's name (null when the name has no letters to compare).
 */
export interface PreparedEvent {
  readonly body: string;
  readonly hash: string;
  readonly nameKey?: string | null;
}

export type Pending = { readonly kind: string; readonly checkpointId: string; readonly member?: GroupMember };

/** Applies the events in order; one outcome each, in the same order. */
export async function applyEvents(
  tx: Executor,
  events: readonly PasoEvent[],
  ctx: ApplyContext,
  prepared?: readonly PreparedEvent[],
): Promise<ApplyOutcome[]> {
  // Before reading which events are stored and in what state: another server's events wait.
  await lockChainAndFigures(tx);
  const stored = await storedHashes(
    tx,
    events.map((e) => e.id),
  );
  const referenced = events.flatMap((e) =>
    e.kind === 'correction' ? [e.corrects] : e.kind === 'crossing' && e.travelsWith ? [e.travelsWith] : [],
  );
  const [refs, refStates] = await Promise.all([eventsById(tx, referenced), decisionsOf(tx, referenced)]);
  const heldNow = referenced.filter((id) => refStates.get(id) === 'held');
  const [unreviewed, holds] = await Promise.all([withUnreviewedHits(tx, heldNow), heldSince(tx, heldNow)]);
  const batch = new Map<string, Pending & { hash: string; body?: string; personId?: string }>();
  const writer = new RowWriter(ctx);
  const targets: string[] = [];
  const fresh = new Map<string, FreshEvent>();
  const crossings: { event: CrossingEvent; index: number; at: string; place: Place }[] = [];
  const outcomes: ApplyOutcome[] = [];
  // Each target's decision as this batch has left it so far: a correction of a crossing held in the
  // same batch (an outbox's sync after an outage) is checked as one sent after it would be.
  const decisions = new Map(refStates);
  // The fields each correction of this batch set on a crossing stored or arrived before it.
  const touched: Touched = new Map();

  const targetOf = (id: string): Pending | undefined => {
    const pending = batch.get(id);
    if (pending) return pending;
    const row = refs.get(id);
    return row ? { kind: row.kind, checkpointId: row.checkpoint_id, member: rowMember(row) } : undefined;
  };

  for (const [index, sent] of events.entries()) {
    const ready = prepared?.[index];
    const sentBody = ready?.body ?? canonical(sent);
    const hash = ready?.hash ?? bodyHash(sentBody);
    const at = utcInstant(sent.at);
    const event = withDecree(sent, at, ctx);
    const body = event === sent ? sentBody : canonical(event);
    const prior = batch.get(event.id) ?? stored.get(event.id);
    if (prior) {
      outcomes.push(
        prior.hash === hash || prior.body === sentBody
          ? { status: 'duplicate', ...(prior.personId ? { personId: prior.personId } : {}) }
          : problem('event.conflict', `Event ${event.id} was already received with other content.`),
      );
      continue;
    }
    const place = ctx.places.byCode.get(event.checkpoint);
    const actor = ctx.actorOf?.(index) ?? ctx;
    const refusal = checkPlace(event, place, actor);
    if (refusal || !place) {
      outcomes.push(refusal ?? problem('event.unknown-checkpoint', 'Unknown checkpoint.'));
      continue;
    }
    let outcome: ApplyOutcome = { status: 'applied' };
    if (event.kind === 'correction') {
      const target = targetOf(event.corrects);
      const bad =
        checkCorrection(event, target, place, decisions.get(event.corrects), actor) ??
        checkRelease(event, unreviewed.has(event.corrects)) ??
        (decisions.get(event.corrects) === 'held'
          ? checkHeldDecision(event, holds.get(event.corrects), actor.asRecorded === true)
          : null);
      if (bad) {
        outcomes.push(bad);
        continue;
      }
      if (target) {
        targets.push(event.corrects);
        noteTouched(touched, event.corrects, event.id, event.set);
        const decision = event.set?.decision;
        if (typeof decision === 'string') decisions.set(event.corrects, decision);
      } else outcome = { status: 'applied', waiting: true };
    } else if (event.kind === 'crossing') {
      const companion = event.travelsWith ? targetOf(event.travelsWith) : undefined;
      if (companion?.member && isCompanionYounger(memberOf(event, at), companion.member, place.timeZone)) {
        outcomes.push(problem('group.companion-younger', 'The adult named is younger than the child.'));
        continue;
      }
      const personId = writer.person(event, actor.recordedBy, ready?.nameKey);
      if (personId === null) {
        outcomes.push(problem('person.name', 'The name has no letters that can be compared.'));
        continue;
      }
      outcome = { status: 'applied', personId };
      crossings.push({ event, index, at, place });
      decisions.set(event.id, event.decision);
    }
    const personId = outcome.status === 'applied' ? outcome.personId : undefined;
    if (event.kind !== 'correction') {
      targets.push(event.id);
      const countable = {
        id: event.id,
        kind: event.kind,
        checkpoint: place.code,
        at,
        fields: fieldsOf(event as unknown as Record<string, unknown>),
      };
      fresh.set(event.id, { event: countable, checkpointId: place.id, ...(personId ? { personId } : {}) });
    }
    writer.event(event, at, place, body, hash, actor.recordedBy, personId);
    batch.set(event.id, {
      kind: event.kind,
      checkpointId: place.id,
      hash,
      body,
      ...(event.kind === 'crossing' ? { member: memberOf(event, at) } : {}),
      ...(personId ? { personId } : {}),
    });
    outcomes.push(outcome);
  }

  await writer.flushBeforeStates(tx);
  const refreshed = await refreshEvents(tx, targets, ctx.places.byId, ctx.now, fresh);
  const { referred, states } = refreshed;
  await writer.flushEvents(tx, states);
  const reidentified = changedCrossings(IDENTITY_FIELDS, crossings, touched, refreshed, ctx.places);
  if (reidentified.length > 0) {
    await followCorrectedPeople(tx, reidentified, ctx.newId, ctx.now);
    ctx.onIdentityChange?.(reidentified);
  }
  const forChildren = childReferrals(crossings, outcomes, targetOf);
  const forDecisions = await decisionReferrals(tx, referred, forChildren, (id) => fresh.has(id));
  // A child only a correction shows to be one (a birth year typed wrong), or to travel alone.
  const forCorrected = await correctedChildReferrals(
    tx,
    changedCrossings(PROTECTION_FIELDS, crossings, touched, refreshed, ctx.places),
    new Set([...forChildren, ...forDecisions].map((r) => r.eventId)),
    refreshed,
    ctx.places,
  );
  await openReferrals(tx, [...forChildren, ...forDecisions, ...forCorrected], ctx);
  // A crossing of this batch referred by its decision: its booth learns that a referral was opened.
  const indexOf = new Map(crossings.map((c) => [c.event.id, c.index]));
  for (const r of [...forDecisions, ...forCorrected]) {
    const index = indexOf.get(r.eventId);
    const outcome = index === undefined ? undefined : outcomes[index];
    if (index !== undefined && outcome?.status === 'applied')
      outcomes[index] = { ...outcome, referral: r.reason };
  }
  const held = crossings.filter(
    (c) => c.event.decision === 'held' && outcomes[c.index]?.status === 'applied',
  );
  const kept = await holdsToKeep(
    tx,
    held.map((c) => ({
      id: c.event.id,
      checkpoint: c.place.code,
      fields: fieldsOf(c.event as unknown as Record<string, unknown>),
    })),
    ctx.now,
    ctx.asRecorded === true,
  );
  if (kept.length > 0) {
    await applyEvents(tx, kept, {
      places: ctx.places,
      now: ctx.now,
      newId: ctx.newId,
      recordedBy: null,
      mayResolveHolds: true,
    });
  }
  return outcomes;
}

// An event's instant as it is stored: UTC, ISO 8601 with milliseconds. The events were validated, so
// one already in that form (as booths send them) is kept without parsing it as a date.
const UTC_INSTANT = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;
const utcInstant = (at: string): string => (UTC_INSTANT.test(at) ? at : new Date(at).toISOString());

// The decree in force is the register's to say: one the event names is replaced by it, or dropped when
// the register has none in force then (a device cannot record a decree of its own choosing).
function withDecree(event: PasoEvent, at: string, ctx: ApplyContext): PasoEvent {
  if (event.kind !== 'crossing' || !ctx.decreeOf) return event;
  const decree = ctx.decreeOf(event.checkpoint, at);
  if (decree === null) {
    if (event.decree === undefined) return event;
    const { decree: _named, ...rest } = event;
    return rest;
  }
  if (event.decree?.id === decree.id && event.decree.number === decree.number) return event;
  return { ...event, decree: { id: decree.id, number: decree.number } };
}

/** Of these held crossings, those whose registration has a screening hit still open. */
async function withUnreviewedHits(tx: Executor, held: readonly string[]): Promise<Set<string>> {
  const out = new Set<string>();
  for (const part of chunks([...new Set(held)], 500)) {
    const rows = await tx
      .selectFrom('screening_hit')
      .select('registration_id')
      .where('registration_id', 'in', part)
      .where('status', '=', 'open')
      .execute();
    for (const r of rows) out.add(r.registration_id);
  }
  return out;
}

function rowMember(row: StoredEventRow): GroupMember | undefined {
  if (row.kind !== 'crossing') return undefined;
  return memberOf(bodyOf(row), row.at);
}

// An event is the same again when it is sent as it was (its hash), or as it was stored: with the
// decree in force that the server recorded in it, as `paso events export` writes it.
async function storedHashes(tx: Executor, ids: readonly string[]) {
  const out = new Map<string, { hash: string; body: string; personId?: string }>();
  for (const part of chunks([...new Set(ids)], 500)) {
    const rows = await tx
      .selectFrom('crossing_event')
      .select(['id', 'body_hash', 'body', 'person_id'])
      .where('id', 'in', part)
      .execute();
    for (const r of rows)
      out.set(r.id, {
        hash: r.body_hash,
        body: r.body,
        ...(r.person_id ? { personId: r.person_id } : {}),
      });
  }
  return out;
}

async function decisionsOf(tx: Executor, ids: readonly string[]): Promise<Map<string, string | null>> {
  const out = new Map<string, string | null>();
  for (const part of chunks([...new Set(ids)], 500)) {
    const rows = await tx
      .selectFrom('event_state')
      .select(['event_id', 'decision'])
      .where('event_id', 'in', part)
      .execute();
    for (const r of rows) out.set(r.event_id, r.decision);
  }
  return out;
}

/** The referrals children's crossings of this batch need, each noted in the crossing's outcome. */
function childReferrals(
  crossings: readonly { event: CrossingEvent; index: number; at: string; place: Place }[],
  outcomes: ApplyOutcome[],
  targetOf: (id: string) => Pending | undefined,
): ReferralToOpen[] {
  const out: ReferralToOpen[] = [];
  for (const { event, index, at, place } of crossings) {
    const companion = event.travelsWith ? (targetOf(event.travelsWith)?.member ?? null) : null;
    const need = protectionNeedOf(memberOf(event, at), companion, place.timeZone);
    const outcome = outcomes[index];
    if (need === null || outcome?.status !== 'applied') continue;
    outcomes[index] = { ...outcome, referral: need };
    out.push({ eventId: event.id, checkpointId: place.id, arrivedAt: at, reason: need });
  }
  return out;
}
