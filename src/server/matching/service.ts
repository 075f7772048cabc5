// The in-memory matching indexes of one Paso server: the screening index over every active watchlist
// entry, and the candidate index over every registered person. Built from the database at start, kept
// current by this server's writes, and caught up with other servers' writes before each use.

import { PostgresAdapter } from 'kysely';
import {
  addRegistration,
  addWatchlistEntry,
  type CompiledModel,
  createPersonIndex,
  defaultModel,
  findCandidates,
  type MatchablePerson,
  type MatchHit,
  type PersonIndex,
  screenPerson,
  type WatchlistEntry,
} from '../../domain/matching';
import type { Executor } from '../../store/executor';
import { insertHits, insertLinks, streamActiveEntries } from '../../store/matching';
import { type PersonRecord, peopleCreatedSince, streamPeopleForMatching } from '../../store/people';

export interface MatchingService {
  readonly model: CompiledModel;
  readonly modelVersion: string;
  // Hits carry the stored watchlist entry id.
  screen(db: Executor, person: MatchablePerson): Promise<MatchHit[]>;
  // Hits carry person ids.
  candidates(db: Executor, person: MatchablePerson): Promise<MatchHit[]>;
  rememberPerson(person: MatchablePerson): void;
  reloadWatchlists(db: Executor): Promise<void>;
  indexedEntries(): number;
}

export function toMatchable(
  p: Pick<PersonRecord, 'id' | 'givenNames' | 'surname1' | 'surname2' | 'sex' | 'birthDate' | 'nationality'>,
  document?: { number: string | null; type: string | null } | null,
): MatchablePerson {
  return {
    id: p.id,
    givenNames: p.givenNames,
    surname1: p.surname1,
    ...(p.surname2 ? { surname2: p.surname2 } : {}),
    ...(p.sex ? { sex: p.sex } : {}),
    ...(p.birthDate ? { birthDate: p.birthDate } : {}),
    ...(p.nationality ? { nationality: p.nationality } : {}),
    ...(document?.number ? { documentNumber: document.number } : {}),
    ...(document?.type ? { documentType: document.type } : {}),
  };
}

// The watchlists in force, as a fingerprint: another server's import or deactivation changes it.
async function watchlistFingerprint(db: Executor): Promise<string> {
  const row = await db
    .selectFrom('watchlist')
    .select((eb) => [
      eb.fn.countAll<number>().as('n'),
      eb.fn.max('imported_at').as('latest'),
      eb.fn.sum<number>('active').as('active'),
    ])
    .executeTakeFirstOrThrow();
  return `${row.n}|${row.latest ?? ''}|${row.active ?? 0}`;
}

export async function createMatchingService(
  db: Executor,
  model = defaultModel(),
  clock: () => number = Date.now,
): Promise<MatchingService> {
  let screening: PersonIndex = createPersonIndex(model);
  let screeningFingerprint = '';
  let entries = 0;
  const people: PersonIndex = createPersonIndex(model);
  const indexedPeople = new Set<string>();
  // Other servers' registrations are picked up by creation time, with a margin for clock skew.
  let peopleSeenUpTo = '';
  const SKEW_MS = 5 * 60_000;
  const CATCH_UP_MS = 1000;

  const rememberPerson = (person: MatchablePerson) => {
    if (indexedPeople.has(person.id)) return;
    indexedPeople.add(person.id);
    addRegistration(people, person);
  };

  async function reloadWatchlists(tx: Executor): Promise<void> {
    const fingerprint = await watchlistFingerprint(tx);
    const next = createPersonIndex(model);
    let count = 0;
    for await (const page of streamActiveEntries(tx)) {
      for (const stored of page) {
        // The index answers with the stored row's id, so a hit points at exactly one entry row.
        addWatchlistEntry(next, { ...(stored.entry as WatchlistEntry), watchId: stored.id });
        count += 1;
      }
    }
    screening = next;
    entries = count;
    screeningFingerprint = fingerprint;
  }

  // Only PostgreSQL can have other Paso servers writing; SQLite is one server's own file. Even there,
  // the catch-up runs at most once a second, so that its cost does not grow with the request rate.
  const isShared = db.getExecutor().adapter instanceof PostgresAdapter;
  let caughtUpAt = 0;
  let fingerprintCheckedAt = 0;
  async function catchUpPeople(tx: Executor): Promise<void> {
    if (!isShared) return;
    const t = clock();
    if (t - caughtUpAt < CATCH_UP_MS) return;
    caughtUpAt = t;
    const since = peopleSeenUpTo ? new Date(new Date(peopleSeenUpTo).getTime() - SKEW_MS).toISOString() : '';
    for (const p of await peopleCreatedSince(tx, since)) {
      if (p.createdAt > peopleSeenUpTo) peopleSeenUpTo = p.createdAt;
      rememberPerson(toMatchable(p, { number: p.documentNumber, type: p.documentType }));
    }
  }

  // Initial load: every person page by page (the catch-up then starts from the newest).
  for await (const page of streamPeopleForMatching(db)) {
    for (const p of page) rememberPerson(toMatchable(p, { number: p.documentNumber, type: p.documentType }));
  }
  const newest = await db
    .selectFrom('person')
    .select((eb) => eb.fn.max('created_at').as('t'))
    .executeTakeFirst();
  peopleSeenUpTo = newest?.t ?? '';
  await reloadWatchlists(db);

  return {
    model,
    modelVersion: model.model.version,
    async screen(tx, person) {
      // This server reloads its own watchlist changes at once; another process's (an import by
      // command, another server) are looked for at most once a second, not on every screening.
      const t = clock();
      if (t - fingerprintCheckedAt >= CATCH_UP_MS) {
        fingerprintCheckedAt = t;
        if ((await watchlistFingerprint(tx)) !== screeningFingerprint) await reloadWatchlists(tx);
      }
      return screenPerson(screening, person);
    },
    async candidates(tx, person) {
      await catchUpPeople(tx);
      return findCandidates(people, person, { maxHits: 5 });
    },
    rememberPerson,
    reloadWatchlists,
    indexedEntries: () => entries,
  };
}

/** What one registration's screening and candidate search leave in the database for review. */
export interface MatchesOf {
  readonly registrationId: string;
  readonly personId: string;
  readonly hits: readonly MatchHit[];
  readonly candidates: readonly MatchHit[];
}

/** Stores the hits for the supervisor's screening queue and the booth's candidate links. */
export async function storeMatches(
  tx: Executor,
  matching: MatchingService,
  newId: () => string,
  found: readonly MatchesOf[],
  createdAt: string,
): Promise<void> {
  const modelVersion = matching.modelVersion;
  await insertHits(
    tx,
    found.flatMap((f) =>
      f.hits.map((h) => ({
        id: newId(),
        registrationId: f.registrationId,
        personId: f.personId,
        watchlistEntryId: h.id,
        score: h.probability,
        explanation: h.explanation,
        modelVersion,
        createdAt,
      })),
    ),
  );
  await insertLinks(
    tx,
    found.flatMap((f) =>
      f.candidates.map((h) => ({
        id: newId(),
        personId: f.personId,
        otherPersonId: h.id,
        score: h.probability,
        explanation: h.explanation,
        modelVersion,
        source: 'booth' as const,
        createdAt,
      })),
    ),
  );
}
