// Long work off the request path: a job runs in the background (its heavy part in a worker thread) and
// the API answers 202 with the job to follow. Each kind has one lane: a second request either joins
// the job under way or queues one behind it, so no kind ever runs twice at once. Jobs live in this
// server's memory; a restart forgets them.
import type { z } from 'zod';
import type { JobProgressSchema, JobSchema } from '../../api/jobs';
import { PROBLEMS, problemType } from '../problems';

export type JobView = z.infer<typeof JobSchema>;
export type JobKind = JobView['kind'];
export type JobProgress = z.infer<typeof JobProgressSchema>;
export type ResultOf<K extends JobKind> = NonNullable<Extract<JobView, { kind: K }>['result']>;

/** The work of a job: reports progress, stops when the signal aborts (the server is stopping). */
export type Work<R> = (report: (progress: JobProgress) => void, signal: AbortSignal) => Promise<R>;

/**
 * What a request that arrives while a job of its kind runs does: `running` follows that job (its
 * answer will do), `queued` asks for a fresh run after it (the running one read data that changed).
 */
export type JoinPolicy = 'running' | 'queued';

export interface JobTicket {
  readonly id: string;
  /** The job as it is now. */
  view(): JobView;
  /** The job as it ended, succeeded or failed; never rejects. */
  readonly finished: Promise<JobView>;
}

export interface JobRegistry {
  submit<K extends JobKind>(
    kind: K,
    follower: string | null,
    work: Work<ResultOf<K>>,
    join: JoinPolicy,
  ): JobTicket;
  /** The job as it is now, for whoever may follow it: those who asked for it, and admins. */
  view(id: string, user: { readonly id: string; readonly isAdmin: boolean }): JobView | undefined;
  /** The job of this kind queued, or else running, if any: the one a change will be in. */
  underWay(kind: JobKind): JobTicket | undefined;
  /** Told of each failure, with the error, for the log; the job's problem says only that it failed. */
  onFailure(listener: (job: JobView, error: unknown) => void): void;
  /** Stops running jobs and fails queued ones. */
  close(): Promise<void>;
}

interface Entry {
  /** Changed in place as the job advances; callers get copies. */
  readonly view: JobView;
  readonly followers: Set<string>;
  readonly run: (report: (progress: JobProgress) => void, signal: AbortSignal) => Promise<void>;
  readonly abort: AbortController;
  readonly finished: Promise<JobView>;
  settle(view: JobView): void;
}

interface Lane {
  running?: Entry | undefined;
  queued?: Entry | undefined;
}

// Finished jobs are kept for their followers to read; past this many, the oldest are forgotten.
const KEEP_FINISHED = 100;

export function createJobRegistry(deps: { now: () => Date; newId: () => string }): JobRegistry {
  const jobs = new Map<string, Entry>();
  const lanes = new Map<JobKind, Lane>();
  const listeners: ((job: JobView, error: unknown) => void)[] = [];
  let closed = false;

  const laneOf = (kind: JobKind): Lane => {
    const found = lanes.get(kind);
    if (found) return found;
    const lane: Lane = {};
    lanes.set(kind, lane);
    return lane;
  };

  const ticket = (e: Entry): JobTicket => ({
    id: e.view.id,
    view: () => ({ ...e.view }),
    finished: e.finished,
  });

  function create<K extends JobKind>(kind: K, follower: string | null, work: Work<ResultOf<K>>): Entry {
    let settle: (view: JobView) => void = () => undefined;
    const finished = new Promise<JobView>((resolve) => {
      settle = resolve;
    });
    // TypeScript cannot narrow a union by a generic tag; `kind` is K, so this is K's variant.
    const view = {
      id: deps.newId(),
      kind,
      status: 'queued',
      progress: null,
      createdAt: deps.now().toISOString(),
      startedAt: null,
      finishedAt: null,
      result: null,
      problem: null,
    } as Extract<JobView, { kind: K }>;
    const entry: Entry = {
      view,
      followers: new Set(follower === null ? [] : [follower]),
      run: async (report, signal) => {
        const result = await work(report, signal);
        view.status = 'succeeded';
        view.result = result;
      },
      abort: new AbortController(),
      finished,
      settle,
    };
    jobs.set(view.id, entry);
    return entry;
  }

  function fail(e: Entry, error: unknown): void {
    const { status, title } = PROBLEMS['server.error'];
    e.view.status = 'failed';
    e.view.problem = {
      type: problemType('server.error'),
      title,
      status,
      detail: `Job ${e.view.id} (${e.view.kind}) failed; the server log has the details.`,
      code: 'server.error',
    };
    for (const listener of listeners) listener({ ...e.view }, error);
  }

  // A job that never ran (the server stopped first) ends failed.
  function endUnrun(e: Entry, why: string): void {
    fail(e, new Error(why));
    e.view.finishedAt = deps.now().toISOString();
    e.settle({ ...e.view });
  }

  function forgetOldJobs(): void {
    const done = [...jobs.values()].filter((e) => e.view.finishedAt !== null);
    for (const e of done.slice(0, Math.max(0, done.length - KEEP_FINISHED))) jobs.delete(e.view.id);
  }

  function start(lane: Lane, e: Entry): void {
    lane.running = e;
    e.view.status = 'running';
    e.view.startedAt = deps.now().toISOString();
    const report = (progress: JobProgress) => {
      e.view.progress = progress;
    };
    e.run(report, e.abort.signal)
      .catch((error: unknown) => fail(e, error))
      .finally(() => {
        e.view.finishedAt = deps.now().toISOString();
        lane.running = undefined;
        e.settle({ ...e.view });
        const next = lane.queued;
        lane.queued = undefined;
        if (next) start(lane, next);
        forgetOldJobs();
      });
  }

  return {
    submit(kind, follower, work, join) {
      const lane = laneOf(kind);
      const joined = lane.queued ?? (join === 'running' ? lane.running : undefined);
      if (joined && !closed) {
        if (follower !== null) joined.followers.add(follower);
        return ticket(joined);
      }
      const e = create(kind, follower, work);
      if (closed) endUnrun(e, 'the server is stopping');
      else if (lane.running) lane.queued = e;
      else start(lane, e);
      return ticket(e);
    },
    view(id, user) {
      const e = jobs.get(id);
      if (!e || !(user.isAdmin || e.followers.has(user.id))) return undefined;
      return { ...e.view };
    },
    underWay(kind) {
      const lane = laneOf(kind);
      const e = lane.queued ?? lane.running;
      return e && ticket(e);
    },
    onFailure(listener) {
      listeners.push(listener);
    },
    async close() {
      closed = true;
      const running: Promise<JobView>[] = [];
      for (const lane of lanes.values()) {
        const queued = lane.queued;
        lane.queued = undefined;
        if (queued) endUnrun(queued, 'the server stopped before the job started');
        if (lane.running) {
          lane.running.abort.abort();
          running.push(lane.running.finished);
        }
      }
      await Promise.all(running);
    },
  };
}
