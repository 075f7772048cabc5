// The candidate index over every registered person: "registered yesterday at booth 3". While it is
// small it lives on the serving thread; from PEOPLE_IN_THREAD_FROM people on (at start, or when it
// grows past that) it lives in a worker thread, which loads every person with its own database
// connection and then answers the serving thread's searches by message. At 900,000 people the search
// took half of the serving thread's time, and the rate fell to half of an empty database's.
import {
  addRegistration,
  type CompiledModel,
  createPersonIndex,
  findCandidates,
  type MatchablePerson,
  type MatchHit,
  type MatchingModel,
  type PersonIndex,
  replaceRegistration,
} from '../../domain/matching';
import type { DatabaseConfig } from '../../store/db';
import { type Protocol, startWorker, type WorkerHandle } from '../jobs/worker';

export interface PeopleProtocol extends Protocol {
  readonly input: { readonly database: DatabaseConfig; readonly model: MatchingModel };
  readonly toMain:
    | { readonly type: 'ready'; readonly people: number }
    | { readonly type: 'failed'; readonly message: string; readonly stack: string | undefined }
    | { readonly type: 'found'; readonly id: number; readonly hits: MatchHit[][] }
    | { readonly type: 'find-failed'; readonly id: number; readonly message: string };
  readonly toWorker:
    | {
        readonly type: 'add';
        readonly people: readonly MatchablePerson[];
        /** People as a correction has since made them, after `people`. */
        readonly corrected: readonly MatchablePerson[];
      }
    | { readonly type: 'find'; readonly id: number; readonly people: readonly MatchablePerson[] };
}

/** From this many people on, the candidate index lives in a worker thread (`paso serve` says 0). */
export const PEOPLE_IN_THREAD_FROM = 50_000;
/**
 * A server that starts with fewer people reads them on its own thread, which takes well under a
 * second, and serves at once while the worker (seconds to start: it compiles the matching and store
 * code) loads; with more, the worker reads them and the server waits for it.
 */
export const PEOPLE_LOADED_HERE_BELOW = 50_000;
/** What a booth is shown: the five most likely earlier registrations. */
export const CANDIDATE_OPTIONS = { maxHits: 5 } as const;

const PEOPLE_WORKER = new URL('./people-worker.ts', import.meta.url);

/** An index's registrations by person id: each person added once, and replaced when corrected. */
export interface RegistrationsById {
  readonly size: () => number;
  remember(person: MatchablePerson): void;
  correct(person: MatchablePerson): void;
}

export function registrationsById(index: PersonIndex): RegistrationsById {
  const entries = new Map<string, number>();
  return {
    size: () => entries.size,
    remember(person) {
      if (!entries.has(person.id)) entries.set(person.id, addRegistration(index, person));
    },
    correct(person) {
      // A person not indexed yet (another server's, not caught up with) is added as corrected.
      const was = entries.get(person.id);
      entries.set(
        person.id,
        was === undefined ? addRegistration(index, person) : replaceRegistration(index, was, person),
      );
    },
  };
}

export interface PeopleIndex {
  /** Each person's candidates, in order; hits carry person ids. */
  find(people: readonly MatchablePerson[]): Promise<MatchHit[][]>;
  /** Adds a person once (a person already indexed is left as it is). */
  remember(person: MatchablePerson): void;
  /** A person as a committed correction made them: found from now on as corrected, not as before. */
  correct(person: MatchablePerson): void;
  /** Whether the index is in its worker thread (ready to answer there). */
  inThread(): boolean;
  /** Settles when no worker is loading (for tests and for an orderly stop). */
  settled(): Promise<void>;
  close(): Promise<void>;
}

interface Pending {
  resolve(hits: MatchHit[][]): void;
  reject(error: Error): void;
}

interface Thread {
  readonly worker: WorkerHandle<PeopleProtocol>;
  readonly ready: Promise<void>;
  loaded: boolean;
  /** The worker could not load the index; it is not started again. */
  failed: boolean;
  dead: Error | null;
  readonly pending: Map<number, Pending>;
  /** Searches asked for in this turn of the event loop, to go in one message. */
  gathered: { people: MatchablePerson[]; waiting: (Pending & { from: number; count: number })[] } | null;
}

/**
 * Opens the index: in a worker that reads every person itself when there are at least `threadFrom`
 * and `loadedHereBelow` people (resolves once it is loaded); else on the serving thread with the people
 * read from `streamPeople`, and when there are at least `threadFrom`, the worker is started at once and
 * takes over when it has loaded.
 */
export async function openPeopleIndex(deps: {
  readonly database: DatabaseConfig;
  readonly model: CompiledModel;
  readonly count: () => Promise<number>;
  readonly streamPeople: () => AsyncIterable<readonly MatchablePerson[]>;
  readonly threadFrom?: number;
  readonly loadedHereBelow?: number;
}): Promise<PeopleIndex> {
  const threadFrom = deps.threadFrom ?? PEOPLE_IN_THREAD_FROM;
  const loadedHereBelow = deps.loadedHereBelow ?? PEOPLE_LOADED_HERE_BELOW;
  let inline: { readonly index: PersonIndex; readonly people: RegistrationsById } | null = null;
  let thread: Thread | null = null;
  let closed = false;
  let nextId = 0;
  // People remembered (and corrected) since the last message to the worker: sent before any search,
  // so that a search sees every person remembered before it, as on the serving thread.
  let adds: MatchablePerson[] = [];
  let corrections: MatchablePerson[] = [];

  const flushAdds = (t: Thread) => {
    if ((adds.length === 0 && corrections.length === 0) || t.dead) return;
    t.worker.post({ type: 'add', people: adds, corrected: corrections });
    adds = [];
    corrections = [];
  };
  const sendSoon = (person: MatchablePerson, to: MatchablePerson[]) => {
    if (thread === null || thread.dead !== null) return;
    to.push(person);
    if (adds.length + corrections.length === 1) setImmediate(() => thread && flushAdds(thread));
  };

  function startThread(): Thread {
    let markReady!: () => void;
    let markFailed!: (e: Error) => void;
    const ready = new Promise<void>((resolve, reject) => {
      markReady = resolve;
      markFailed = reject;
    });
    // A failed load is told to whoever waits; nobody may be waiting, so it must not go unhandled.
    ready.catch(() => undefined);
    const t: Thread = {
      worker: startWorker<PeopleProtocol>(
        PEOPLE_WORKER,
        { database: deps.database, model: deps.model.model },
        {
          message(m) {
            switch (m.type) {
              case 'ready':
                t.loaded = true;
                inline = null;
                return markReady();
              case 'failed':
                // Not started again: a load that failed (the database unreadable) would fail again.
                t.failed = true;
                t.dead = Object.assign(new Error(m.message), { stack: m.stack });
                return markFailed(t.dead);
              case 'found':
              case 'find-failed': {
                const waiting = t.pending.get(m.id);
                if (!waiting) return;
                t.pending.delete(m.id);
                if (m.type === 'found') return waiting.resolve(m.hits);
                return waiting.reject(new Error(m.message));
              }
              default: {
                const never: never = m;
                return never;
              }
            }
          },
          ended(error) {
            if ((closed && !error) || t.failed) return;
            const died = error ?? new Error('the candidate index worker ended');
            t.dead = died;
            markFailed(died);
            for (const waiting of t.pending.values()) waiting.reject(died);
            t.pending.clear();
            // The index is gone with its thread: load it again (searches wait for it).
            if (thread === t && !closed) thread = startThread();
          },
        },
      ),
      ready,
      loaded: false,
      failed: false,
      dead: null,
      pending: new Map(),
      gathered: null,
    };
    return t;
  }

  function send(t: Thread, gathered: NonNullable<Thread['gathered']>) {
    t.gathered = null;
    if (t.dead) {
      for (const w of gathered.waiting) w.reject(t.dead);
      return;
    }
    flushAdds(t);
    const id = nextId++;
    t.pending.set(id, {
      resolve: (hits) => {
        for (const w of gathered.waiting) w.resolve(hits.slice(w.from, w.from + w.count));
      },
      reject: (error) => {
        for (const w of gathered.waiting) w.reject(error);
      },
    });
    t.worker.post({ type: 'find', id, people: gathered.people });
  }

  async function inThread(people: readonly MatchablePerson[]): Promise<MatchHit[][]> {
    for (;;) {
      const t = thread;
      if (t === null) throw new Error('the candidate index is closed');
      try {
        await t.ready;
      } catch (error) {
        // A worker that died has been started again: wait for the new one. One that failed to load fails.
        if (t === thread) throw error;
      }
      if (t !== thread) continue;
      if (t.dead) throw t.dead;
      return new Promise((resolve, reject) => {
        let gathered = t.gathered;
        if (gathered === null) {
          const fresh = {
            people: [] as MatchablePerson[],
            waiting: [] as NonNullable<Thread['gathered']>['waiting'],
          };
          t.gathered = gathered = fresh;
          setImmediate(() => send(t, fresh));
        }
        gathered.waiting.push({ from: gathered.people.length, count: people.length, resolve, reject });
        for (const person of people) gathered.people.push(person);
      });
    }
  }

  const stored = await deps.count();
  if (stored >= threadFrom && stored >= loadedHereBelow) {
    thread = startThread();
    await thread.ready;
  } else {
    const index = createPersonIndex(deps.model);
    const people = registrationsById(index);
    inline = { index, people };
    for await (const page of deps.streamPeople()) for (const person of page) people.remember(person);
    // The worker reads every stored person and is sent those remembered from now on; this thread's
    // index answers until the worker is ready.
    if (stored >= threadFrom) thread = startThread();
  }

  return {
    async find(people) {
      if (people.length === 0) return [];
      // Until the worker has loaded, the serving thread's index answers.
      const here = inline;
      if (here !== null && !thread?.loaded)
        return people.map((p) => findCandidates(here.index, p, CANDIDATE_OPTIONS));
      return inThread(people);
    },
    remember(person) {
      sendSoon(person, adds);
      if (inline !== null) {
        inline.people.remember(person);
        // Grown past the mark: the worker reads every stored person, and is sent those remembered
        // from now on; the serving thread's index answers until the worker is ready.
        if (thread === null && inline.people.size() >= threadFrom && !closed) thread = startThread();
      }
    },
    correct(person) {
      // Both, while the worker loads: it may have read the person as they were before the correction.
      sendSoon(person, corrections);
      inline?.people.correct(person);
    },
    inThread: () => thread?.loaded === true,
    async settled() {
      await thread?.ready.catch(() => undefined);
    },
    async close() {
      closed = true;
      const t = thread;
      thread = null;
      await t?.worker.stop();
    },
  };
}
