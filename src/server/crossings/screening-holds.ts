// The holds screening makes. A crossing is screened as it arrives (service.ts); a person whose name or
// document a correction changes afterwards is screened again as corrected, or a name typed wrong at
// the booth (by mistake or on purpose) and put right later would never meet the watchlists. A hit is
// stored for review, and a crossing that lets the person through is held, as at registration.
import { createHash } from 'node:crypto';
import { DocumentInput, PersonInput } from '../../api/people';
import type { MatchablePerson } from '../../domain/matching';
import { applyEvents, type IdentityChange, type Places, screeningHoldTimes } from '../../store/crossings';
import type { Executor } from '../../store/executor';
import { pendingHitEntries } from '../../store/matching';
import { personsOfCrossings, setScreeningStatus } from '../../store/people';
import type { ServerContext } from '../context';
import { matchableOfInput, storeMatches } from '../matching/service';

// Only a crossing that lets the person through is held on a hit; a refusal stays a refusal.
export const HOLDABLE: ReadonlySet<unknown> = new Set([
  'admitted',
  'admitted-transit',
  'referred-protection',
]);

const uuidOf = (label: string): string => {
  const h = createHash('sha256').update(label).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
};

/** A stable id for the server's hold of a crossing, so that re-applying it is a duplicate. */
export const holdId = (eventId: string): string => uuidOf(`screening-hold:${eventId}`);

/** The id of the hold made when a correction (or the crossing its corrections came before) hits. */
export const correctedHoldId = (cause: string): string => uuidOf(`screening-hold-corrected:${cause}`);

export interface HoldToMake {
  readonly eventId: string;
  readonly id: string;
  readonly checkpoint: string;
}

/** Holds these crossings by the server's own corrections, each dated after every correction stored. */
export async function applyScreeningHolds(
  tx: Executor,
  ctx: ServerContext,
  holds: readonly HoldToMake[],
  places: Places,
  now: string,
): Promise<void> {
  if (holds.length === 0) return;
  const holdAt = await screeningHoldTimes(
    tx,
    holds.map((h) => h.eventId),
    now,
  );
  await applyEvents(
    tx,
    holds.map((h) => ({
      kind: 'correction',
      id: h.id,
      at: holdAt.get(h.eventId) ?? now,
      checkpoint: h.checkpoint,
      corrects: h.eventId,
      set: { decision: 'held' },
      note: 'screening',
    })),
    { places, recordedBy: null, now, newId: ctx.newId, mayResolveHolds: true },
  );
}

/** What screening the corrected people found, and who they now are, by the event that changed them. */
export interface Rescreened {
  /** The events (corrections, or crossings their corrections came before) whose change found a hit. */
  readonly held: ReadonlySet<string>;
  /** Each event's people as corrected, for the candidate index once the transaction has committed. */
  readonly people: ReadonlyMap<string, readonly MatchablePerson[]>;
}

const NOTHING: Rescreened = { held: new Set(), people: new Map() };

/**
 * Screens the people of these corrected crossings as they now read, inside the transaction that
 * corrected them. A watchlist entry the registration has an open or confirmed hit on already is not
 * raised twice; one dismissed for the name as it was is raised again for the name as it is.
 */
export async function screenCorrected(
  tx: Executor,
  ctx: ServerContext,
  changes: readonly IdentityChange[],
  places: Places,
  now: string,
): Promise<Rescreened> {
  if (changes.length === 0) return NOTHING;
  const personOf = await personsOfCrossings(
    tx,
    changes.map((c) => c.eventId),
  );
  const subjects = changes.flatMap((change) => {
    const personId = personOf.get(change.eventId);
    const person = PersonInput.safeParse(change.fields.person);
    if (personId === undefined || !person.success) return [];
    const document = DocumentInput.safeParse(change.fields.document);
    const matchable = matchableOfInput(personId, person.data, document.success ? document.data : null);
    return [{ change, personId, matchable }];
  });
  if (subjects.length === 0) return NOTHING;
  const people = new Map<string, MatchablePerson[]>();
  for (const s of subjects) people.set(s.change.cause, [...(people.get(s.change.cause) ?? []), s.matchable]);
  const [hits, known] = await Promise.all([
    ctx.matching.screen(subjects.map((s) => s.matchable)),
    pendingHitEntries(
      tx,
      subjects.map((s) => s.change.eventId),
    ),
  ]);
  // Each registration's fresh hits, as stored: a correction is screened against the watchlists only,
  // so it has no candidates of the booth's.
  const found = subjects.flatMap((s, i) => {
    const fresh = (hits[i] ?? []).filter((h) => !known.get(s.change.eventId)?.has(h.id));
    return fresh.length > 0 ? [{ ...s, registrationId: s.change.eventId, hits: fresh, candidates: [] }] : [];
  });
  if (found.length === 0) return { held: new Set(), people };
  await storeMatches(tx, ctx.matching, ctx.newId, found, now);
  for (const f of found) await setScreeningStatus(tx, f.change.eventId, 'hold');
  await applyScreeningHolds(
    tx,
    ctx,
    found
      .filter((f) => !f.change.voided && HOLDABLE.has(f.change.fields.decision))
      .map((f) => ({
        eventId: f.change.eventId,
        id: correctedHoldId(f.change.cause),
        checkpoint: f.change.checkpoint,
      })),
    places,
    now,
  );
  return { held: new Set(found.map((f) => f.change.cause)), people };
}
