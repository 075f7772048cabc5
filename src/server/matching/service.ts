// The matching indexes of one Paso server: the screening index over every active watchlist entry (in
// a worker thread, rebuilt as a job when the lists change), and the candidate index over every
// registered person (people-index.ts: on this thread while small, in a worker thread when large). Built from the database at start, kept current by this
// server's writes, and caught up with other processes' writes: watchlists on a timer, people before use.

import { PostgresAdapter } from 'kysely';
import type { EventPerson } from '../../api/events';
import {
  type CompiledModel,
  defaultModel,
  type MatchablePerson,
  type MatchHit,
  parsePartialDate,
} from '../../domain/matching';
import type { Db } from '../../store/db';
import type { Executor } from '../../store/executor';
import { insertHits, insertLinks } from '../../store/matching';
import {
  countPersonRecords,
  type PeopleMark,
  type PersonRecord,
  peopleCommittedSince,
  peopleMarkNow,
  streamPeopleForMatching,
} from '../../store/people';
import type { JobRegistry, JobTicket } from '../jobs/jobs';
import { openPeopleIndex, type PeopleIndex } from './people-index';
import { openScreeningIndex, watchlistFingerprint } from './screening-index';

export interface MatchingService {
  readonly model: CompiledModel;
  readonly modelVersion: string;
  // Each person's hits, in order, against the index in force; hits carry the stored watchlist entry id.
  screen(people: readonly MatchablePerson[]): Promise<MatchHit[][]>;
  // Hits carry person ids.
  candidates(db: Executor, person: MatchablePerson): Promise<MatchHit[]>;
  rememberPerson(person: MatchablePerson): void;
  /** A person as a committed correction made them: the candidate search finds them as corrected. */
  rememberCorrectedPerson(person: MatchablePerson): void;
  /** Where the candidate index lives, and when it has settled there. */
  readonly peopleIndex: Pick<PeopleIndex, 'inThread' | 'settled'>;
  /**
   * Rebuilds the screening index from the active lists as a job; screenings use the index in force
   * until the new one is ready. `follower` is who asked (null: this server noticed the change).
   */
  rebuildScreening(follower: string | null): JobTicket;
  indexedEntries(): number;
  /** Told when a look for other processes' watchlist changes failed (the next look tries again). */
  onWatchFailure(listener: (error: unknown) => void): void;
  /** Stops the watch for other processes' watchlist changes and the matching indexes' worker threads. */
  close(): Promise<void>;
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

/** A person as a request or an event describes them (the wire's fields), to compare under `id`. */
export function matchableOfInput(
  id: string,
  person: EventPerson,
  document?: { readonly number: string; readonly type: string } | null,
): MatchablePerson {
  const birth = person.birthDate === undefined ? undefined : parsePartialDate(person.birthDate);
  return toMatchable(
    {
      id,
      givenNames: person.givenNames,
      surname1: person.surname1,
      surname2: person.surname2 ?? null,
      sex: person.sex ?? null,
      birthDate: birth?.ok ? (birth.value ?? null) : null,
      nationality: person.nationality ?? null,
    },
    document ? { number: document.number, type: document.type } : null,
  );
}

export async function createMatchingService(
  database: Db,
  jobs: JobRegistry,
  options: {
    readonly model?: CompiledModel;
    readonly clock?: () => number;
    /** From how many people the candidate index lives in a worker thread (default 50,000). */
    readonly peopleInThreadFrom?: number;
    /** Below how many stored people the serving thread reads them at start (default 50,000). */
    readonly peopleLoadedHereBelow?: number;
    /** How often other processes' watchlist changes are looked for, in milliseconds (default 1,000). */
    readonly watchEveryMs?: number;
  } = {},
): Promise<MatchingService> {
  const db = database.kysely;
  const model = options.model ?? defaultModel();
  const clock = options.clock ?? Date.now;
  // Other servers' registrations and corrections of people are picked up by the transactions committed
  // since the last look: each person, and each correction, read once (decisions 0020, 0022).
  let peopleSeen: PeopleMark | null = null;
  const CATCH_UP_MS = 1000;

  // Only PostgreSQL can have other Paso servers writing; SQLite is one server's own file. Even there,
  // the catch-up runs at most once a second, so that its cost does not grow with the request rate.
  const isShared = db.getExecutor().adapter instanceof PostgresAdapter;
  let caughtUpAt = 0;
  async function catchUpPeople(tx: Executor): Promise<void> {
    if (!isShared) return;
    const t = clock();
    if (t - caughtUpAt < CATCH_UP_MS) return;
    caughtUpAt = t;
    if (peopleSeen === null) return;
    const committed = await peopleCommittedSince(tx, peopleSeen);
    for (const p of committed.people) {
      people.remember(toMatchable(p, { number: p.documentNumber, type: p.documentType }));
    }
    // After the new people: a person registered and corrected meanwhile ends as corrected.
    for (const p of committed.corrected) {
      people.correct(toMatchable(p, { number: p.documentNumber, type: p.documentType }));
    }
    peopleSeen = committed.mark;
  }

  // Taken before the people are read: whoever committed before it (made or corrected) is in the read as
  // they then were, and the catch-up reads whoever it could not see (then in progress, or begun after).
  // Only where other servers share the database (SQLite's file has one server).
  const startMark = isShared ? await peopleMarkNow(db) : null;
  // Initial load: every person page by page.
  const people = await openPeopleIndex({
    database: database.config,
    model,
    count: () => countPersonRecords(db),
    streamPeople: async function* () {
      for await (const page of streamPeopleForMatching(db)) {
        yield page.map((p) => toMatchable(p, { number: p.documentNumber, type: p.documentType }));
      }
    },
    ...(options.peopleInThreadFrom !== undefined ? { threadFrom: options.peopleInThreadFrom } : {}),
    ...(options.peopleLoadedHereBelow !== undefined
      ? { loadedHereBelow: options.peopleLoadedHereBelow }
      : {}),
  });
  peopleSeen = startMark;
  const screening = openScreeningIndex({ db, database: database.config, model, jobs });

  // This server rebuilds at once after its own watchlist changes. Another process's (an import by
  // command, another server) is looked for on a timer, with or without screenings to do, so its rebuild
  // starts within `watchEveryMs` of the change. Until that rebuild is done the index in force answers:
  // a screening never waits for a rebuild (decision 0006).
  const watchFailed: ((error: unknown) => void)[] = [];
  let looking = false;
  let closed = false;
  // A rebuild the watch started that failed (a list the worker cannot read, memory) is tried again
  // after 2, 4, 8… seconds, at most a minute apart, not every second in a new worker thread.
  let failedInARow = 0;
  let retryAt = 0;
  // No look until the watch's rebuild has ended and said how: a job leaves the registry a moment
  // before its end is told.
  let awaiting = false;
  const rebuildForChange = () => {
    awaiting = true;
    void screening.rebuild(null).finished.then((job) => {
      failedInARow = job.status === 'failed' ? failedInARow + 1 : 0;
      retryAt = failedInARow === 0 ? 0 : clock() + Math.min(60_000, 1000 * 2 ** failedInARow);
      awaiting = false;
    });
  };
  async function lookForListChanges(): Promise<void> {
    if (looking || awaiting || closed || clock() < retryAt || jobs.underWay('screening.rebuild')) return;
    looking = true;
    try {
      const changed = (await watchlistFingerprint(db)) !== screening.fingerprint();
      // A rebuild this server started meanwhile reads the lists after the look: it is the one wanted.
      if (changed && !closed && !jobs.underWay('screening.rebuild')) rebuildForChange();
    } catch (error) {
      if (!closed) for (const listener of watchFailed) listener(error);
    } finally {
      looking = false;
    }
  }
  const watch = setInterval(() => void lookForListChanges(), options.watchEveryMs ?? CATCH_UP_MS);
  // The watch alone does not keep the process alive.
  watch.unref();

  return {
    model,
    modelVersion: model.model.version,
    screen: (people) => screening.screen(people),
    async candidates(tx, person) {
      await catchUpPeople(tx);
      const [hits] = await people.find([person]);
      return hits ?? [];
    },
    rememberPerson: (person) => people.remember(person),
    rememberCorrectedPerson: (person) => people.correct(person),
    peopleIndex: people,
    rebuildScreening: (follower) => screening.rebuild(follower),
    indexedEntries: () => screening.entries(),
    onWatchFailure: (listener) => {
      watchFailed.push(listener);
    },
    close: async () => {
      closed = true;
      clearInterval(watch);
      await Promise.all([screening.close(), people.close()]);
    },
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
  // What a stored hit and a stored link both keep of a match: a new id, the score and its reasons.
  const scored = (h: MatchHit) => ({
    id: newId(),
    score: h.probability,
    explanation: h.explanation,
    modelVersion,
    createdAt,
  });
  await insertHits(
    tx,
    found.flatMap((f) =>
      f.hits.map((h) => ({
        ...scored(h),
        registrationId: f.registrationId,
        personId: f.personId,
        watchlistEntryId: h.id,
      })),
    ),
  );
  await insertLinks(
    tx,
    found.flatMap((f) =>
      f.candidates.map((h) => ({
        ...scored(h),
        personId: f.personId,
        otherPersonId: h.id,
        source: 'booth' as const,
      })),
    ),
  );
}
