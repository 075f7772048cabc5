// The screening index over every active watchlist entry lives in a worker thread, which builds it
// with its own database connection and then answers screenings by message; the serving thread never
// builds or searches it. A rebuild is a job (one at a time): a new worker builds the new index while
// the old one goes on answering, and is swapped in when ready; the old worker ends once idle.
import type { CompiledModel, MatchablePerson, MatchHit, MatchingModel } from '../../domain/matching';
import type { DatabaseConfig } from '../../store/db';
import type { Executor } from '../../store/executor';
import type { JobProgress, JobRegistry, JobTicket } from '../jobs/jobs';
import { type Protocol, startWorker, type WorkerHandle } from '../jobs/worker';

export interface ScreeningProtocol extends Protocol {
  readonly input: { readonly database: DatabaseConfig; readonly model: MatchingModel };
  readonly toMain:
    | { readonly type: 'progress'; readonly progress: JobProgress }
    | { readonly type: 'ready'; readonly entries: number; readonly fingerprint: string }
    | { readonly type: 'failed'; readonly message: string; readonly stack: string | undefined }
    | { readonly type: 'hits'; readonly id: number; readonly hits: MatchHit[][] }
    | { readonly type: 'screen-failed'; readonly id: number; readonly message: string };
  // A batch's people go in one message: a message each cost more than screening them.
  readonly toWorker: {
    readonly type: 'screen';
    readonly id: number;
    readonly people: readonly MatchablePerson[];
  };
}

const SCREENING_WORKER = new URL('./screening-worker.ts', import.meta.url);

/**
 * The watchlists in force, as a fingerprint: every list's id, whether it is active and when it was
 * imported, so that another server's import, deactivation or activation changes it. Counts alone (how
 * many lists, how many active) missed one list switched off and another on between two looks. Lists
 * are few (one each import), so this is a short read.
 */
export async function watchlistFingerprint(db: Executor): Promise<string> {
  const rows = await db
    .selectFrom('watchlist')
    .select(['id', 'active', 'imported_at'])
    .orderBy('id')
    .execute();
  return rows.map((r) => `${r.id}:${Number(r.active)}:${r.imported_at}`).join('|');
}

export interface ScreeningIndex {
  /** Screens people against the index in force: their hits in order, carrying the stored entry id. */
  screen(people: readonly MatchablePerson[]): Promise<MatchHit[][]>;
  /** Entries of the index in force. */
  entries(): number;
  /** The watchlists' fingerprint when the index in force was read. */
  fingerprint(): string;
  /** Rebuilds from the active lists as a job; a request during a rebuild queues one more, or joins it. */
  rebuild(follower: string | null): JobTicket;
  close(): Promise<void>;
}

interface Pending {
  resolve(hits: MatchHit[][]): void;
  reject(error: Error): void;
}

/** Screenings asked for in one turn of the event loop, to go to the worker in one message. */
interface Gathered {
  readonly people: MatchablePerson[];
  readonly waiting: (Pending & { readonly from: number; readonly count: number })[];
}

interface Host {
  /** Null when no list is in force: nothing to screen against, so no thread to keep. */
  readonly worker: WorkerHandle<ScreeningProtocol> | null;
  readonly entries: number;
  readonly fingerprint: string;
  readonly pending: Map<number, Pending>;
  /** Set when the worker died; a host that died answers nothing more. */
  dead: Error | null;
  retired: boolean;
  /** Screenings waiting for the end of this turn of the event loop to be sent. */
  gathered: Gathered | null;
}

/**
 * Starts building the index (a rebuild job like any other) and returns at once: the server starts
 * serving meanwhile, and screenings wait for the first index, since nobody is cleared unscreened.
 */
export function openScreeningIndex(deps: {
  /** This thread's connection, for the cheap look at whether any list is in force. */
  readonly db: Executor;
  readonly database: DatabaseConfig;
  readonly model: CompiledModel;
  readonly jobs: JobRegistry;
}): ScreeningIndex {
  let nextId = 0;
  let closed = false;

  const stopWhenIdle = (host: Host) => {
    if (host.retired && host.pending.size === 0 && host.gathered === null) void host.worker?.stop();
  };

  // Starts a worker and resolves with it once its index is built.
  function buildHost(report: (p: JobProgress) => void, signal: AbortSignal): Promise<Host> {
    return new Promise((resolve, reject) => {
      let host: Host | undefined;
      const worker = startWorker<ScreeningProtocol>(
        SCREENING_WORKER,
        { database: deps.database, model: deps.model.model },
        {
          message(m) {
            switch (m.type) {
              case 'progress':
                return report(m.progress);
              case 'ready':
                host = {
                  worker,
                  entries: m.entries,
                  fingerprint: m.fingerprint,
                  pending: new Map(),
                  dead: null,
                  retired: false,
                  gathered: null,
                };
                return resolve(host);
              case 'failed':
                return reject(Object.assign(new Error(m.message), { stack: m.stack }));
              case 'hits':
              case 'screen-failed': {
                const waiting = host?.pending.get(m.id);
                if (!host || !waiting) return;
                host.pending.delete(m.id);
                if (m.type === 'hits') waiting.resolve(m.hits);
                else waiting.reject(new Error(m.message));
                return stopWhenIdle(host);
              }
              default: {
                const never: never = m;
                return never;
              }
            }
          },
          ended(error) {
            if (!host)
              return reject(error ?? new Error('the screening worker ended before its index was built'));
            if (host.retired && !error) return;
            const died = error ?? new Error('the screening worker ended');
            host.dead = died;
            for (const waiting of host.pending.values()) waiting.reject(died);
            host.pending.clear();
            // The index in force is gone: build it again (screenings wait for it).
            if (host === current && !closed) rebuild(null);
          },
        },
      );
      // Stopping the server stops a build; an index already built is stopped by close().
      signal.addEventListener('abort', () => host === undefined && void worker.stop(), { once: true });
    });
  }

  // The index in force, once the first is built.
  let current: Host | undefined;

  function rebuild(follower: string | null): JobTicket {
    const ticket = deps.jobs.submit('screening.rebuild', follower, swapIn, 'queued');
    // Once the registry is done with the job (the next one, if queued, has started).
    void ticket.finished.then(wakeWaiting);
    return ticket;
  }

  // With no list in force the index is empty, and needs no worker (most test servers, a new install).
  async function emptyHost(): Promise<Host | undefined> {
    const fingerprint = await watchlistFingerprint(deps.db);
    const inForce = await deps.db
      .selectFrom('watchlist')
      .select('id')
      .where('active', '=', 1)
      .where('entry_count', '>', 0)
      .executeTakeFirst();
    if (inForce) return undefined;
    return {
      worker: null,
      entries: 0,
      fingerprint,
      pending: new Map(),
      dead: null,
      retired: false,
      gathered: null,
    };
  }

  async function swapIn(report: (p: JobProgress) => void, signal: AbortSignal) {
    const next = (await emptyHost()) ?? (await buildHost(report, signal));
    if (closed) {
      await next.worker?.stop();
      throw new Error('the server stopped during the rebuild');
    }
    const old = current;
    current = next;
    if (old) {
      old.retired = true;
      stopWhenIdle(old);
    }
    return { entries: next.entries };
  }

  // Screenings that wait for an index: woken whenever a build has ended, however it ended.
  const waiting: (() => void)[] = [];
  const wakeWaiting = () => {
    for (const wake of waiting.splice(0)) wake();
  };

  // The index in force; when there is none yet (or its worker died), waits for the build under way,
  // or starts one, and gives up only when a build failed with none left to wait for.
  async function inForce(): Promise<Host> {
    for (let waited = false; ; waited = true) {
      if (current && !current.dead) return current;
      const underWay = deps.jobs.underWay('screening.rebuild');
      if (!underWay && waited) throw current?.dead ?? new Error('the screening index could not be built');
      if (!underWay) rebuild(null);
      await new Promise<void>((resolve) => waiting.push(resolve));
    }
  }

  async function screen(people: readonly MatchablePerson[]): Promise<MatchHit[][]> {
    if (people.length === 0) return [];
    const host = await inForce();
    const worker = host.worker;
    if (!worker) return people.map(() => []);
    return new Promise((resolve, reject) => {
      let gathered = host.gathered;
      if (gathered === null) {
        const fresh: Gathered = { people: [], waiting: [] };
        host.gathered = gathered = fresh;
        setImmediate(() => send(host, worker, fresh));
      }
      gathered.waiting.push({ from: gathered.people.length, count: people.length, resolve, reject });
      for (const person of people) gathered.people.push(person);
    });
  }

  // A message wakes the worker and its answer wakes this thread: the requests read in one turn of the
  // event loop (a group commit's worth) are screened with one message each way, not one per request.
  function send(host: Host, worker: WorkerHandle<ScreeningProtocol>, gathered: Gathered) {
    host.gathered = null;
    const { people, waiting } = gathered;
    if (host.dead) {
      for (const w of waiting) w.reject(host.dead);
      return;
    }
    const id = nextId++;
    host.pending.set(id, {
      resolve: (hits) => {
        for (const w of waiting) w.resolve(hits.slice(w.from, w.from + w.count));
      },
      // One request's people that the worker could not screen must not fail the others': a gathered
      // message that failed is sent again one request at a time (a worker that died fails them all).
      reject: (error) => {
        if (waiting.length === 1 || host.dead) {
          for (const w of waiting) w.reject(error);
          return;
        }
        for (const w of waiting) {
          const alone = people.slice(w.from, w.from + w.count);
          send(host, worker, { people: alone, waiting: [{ ...w, from: 0 }] });
        }
      },
    });
    worker.post({ type: 'screen', id, people });
  }

  rebuild(null);
  return {
    screen,
    entries: () => current?.entries ?? 0,
    fingerprint: () => current?.fingerprint ?? '',
    rebuild,
    async close() {
      closed = true;
      if (!current) return;
      current.retired = true;
      await current.worker?.stop();
    },
  };
}
