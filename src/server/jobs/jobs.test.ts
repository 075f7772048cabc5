// The job registry: a job's lifecycle, its failure as a problem, who may follow it, and one job of a
// kind at a time, a second request joining or queueing.
import { describe, expect, it } from 'vitest';
import { createJobRegistry, type JobProgress, type Work } from './jobs';

const SUPERVISOR = { id: 'u-supervisor', isAdmin: false };
const OFFICER = { id: 'u-officer', isAdmin: false };
const ADMIN = { id: 'u-admin', isAdmin: true };

function registry() {
  let n = 0;
  return createJobRegistry({ now: () => new Date('2025-11-27T15:00:00Z'), newId: () => `job-${++n}` });
}

// Work that waits for the test: it reports what it is told, and ends when released.
function controlled<R>() {
  let release: (value: R) => void = () => undefined;
  let fail: (error: Error) => void = () => undefined;
  let progress: (p: JobProgress) => void = () => undefined;
  let started = 0;
  const work: Work<R> = (report) => {
    started += 1;
    progress = report;
    return new Promise<R>((resolve, reject) => {
      release = resolve;
      fail = reject;
    });
  };
  return {
    work,
    started: () => started,
    report: (p: JobProgress) => progress(p),
    release: (value: R) => release(value),
    fail: (error: Error) => fail(error),
  };
}

const batch = { records: 3, clusters: 1, newLinks: 1, seconds: 0.1 };

describe('createJobRegistry', () => {
  it('runs a job from running to succeeded, with its progress and then its result', async () => {
    const jobs = registry();
    const work = controlled<typeof batch>();
    const ticket = jobs.submit('duplicates.batch', SUPERVISOR.id, work.work, 'running');
    expect(jobs.view(ticket.id, SUPERVISOR)).toMatchObject({
      kind: 'duplicates.batch',
      status: 'running',
      progress: null,
      startedAt: '2025-11-27T15:00:00.000Z',
      result: null,
    });
    work.report({ phase: 'scoring', done: 10, total: 40 });
    expect(jobs.view(ticket.id, SUPERVISOR)?.progress).toEqual({ phase: 'scoring', done: 10, total: 40 });
    work.release(batch);
    const done = await ticket.finished;
    expect(done).toMatchObject({ status: 'succeeded', result: batch, problem: null });
    expect(done.finishedAt).toBe('2025-11-27T15:00:00.000Z');
    expect(jobs.view(ticket.id, SUPERVISOR)).toEqual(done);
  });

  it('answers a failed job with a problem that points to the log, and tells the log why', async () => {
    const jobs = registry();
    const logged: unknown[] = [];
    jobs.onFailure((_job, error) => logged.push(error));
    const work = controlled<typeof batch>();
    const ticket = jobs.submit('duplicates.batch', SUPERVISOR.id, work.work, 'running');
    const cause = new Error('database is locked');
    work.fail(cause);
    const done = await ticket.finished;
    expect(done).toMatchObject({
      status: 'failed',
      result: null,
      problem: { type: 'https://paso.example/problems/server.error', status: 500 },
    });
    expect(done.problem?.detail).toContain(ticket.id);
    expect(done.problem?.detail).not.toContain('locked');
    expect(logged).toEqual([cause]);
    expect(jobs.underWay('duplicates.batch')).toBeUndefined();
  });

  it('shows a job to whoever asked for it and to admins, and to nobody else', () => {
    const jobs = registry();
    const ticket = jobs.submit('duplicates.batch', SUPERVISOR.id, controlled<typeof batch>().work, 'running');
    expect(jobs.view(ticket.id, SUPERVISOR)).toBeDefined();
    expect(jobs.view(ticket.id, ADMIN)).toBeDefined();
    expect(jobs.view(ticket.id, OFFICER)).toBeUndefined();
    expect(jobs.view('job-unknown', ADMIN)).toBeUndefined();
  });

  it('lets a second request follow the running job when its answer will do', () => {
    const jobs = registry();
    const work = controlled<typeof batch>();
    const first = jobs.submit('duplicates.batch', SUPERVISOR.id, work.work, 'running');
    const second = jobs.submit('duplicates.batch', 'u-other', work.work, 'running');
    expect(second.id).toBe(first.id);
    expect(work.started()).toBe(1);
    expect(jobs.view(first.id, { id: 'u-other', isAdmin: false })).toBeDefined();
  });

  it('runs one rebuild at a time: a request during one queues the next, later ones join it', async () => {
    const jobs = registry();
    const work = controlled<{ entries: number }>();
    const first = jobs.submit('screening.rebuild', ADMIN.id, work.work, 'queued');
    const second = jobs.submit('screening.rebuild', ADMIN.id, work.work, 'queued');
    const third = jobs.submit('screening.rebuild', null, work.work, 'queued');
    expect(second.id).not.toBe(first.id);
    expect(third.id).toBe(second.id);
    expect(work.started()).toBe(1);
    expect(second.view().status).toBe('queued');
    expect(jobs.underWay('screening.rebuild')?.id).toBe(second.id);

    work.release({ entries: 1 });
    expect(await first.finished).toMatchObject({ status: 'succeeded', result: { entries: 1 } });
    expect(work.started()).toBe(2);
    expect(second.view().status).toBe('running');
    work.release({ entries: 2 });
    expect(await second.finished).toMatchObject({ status: 'succeeded', result: { entries: 2 } });
    expect(jobs.underWay('screening.rebuild')).toBeUndefined();
  });

  it('keeps kinds apart: a rebuild does not wait for a dedupe', () => {
    const jobs = registry();
    jobs.submit('duplicates.batch', SUPERVISOR.id, controlled<typeof batch>().work, 'running');
    const rebuild = jobs.submit(
      'screening.rebuild',
      ADMIN.id,
      controlled<{ entries: number }>().work,
      'queued',
    );
    expect(rebuild.view().status).toBe('running');
  });

  it('on close, stops running jobs and fails queued ones', async () => {
    const jobs = registry();
    const aborted: boolean[] = [];
    const first = jobs.submit(
      'screening.rebuild',
      ADMIN.id,
      (_report, signal) =>
        new Promise((_resolve, reject) => {
          signal.addEventListener('abort', () => {
            aborted.push(true);
            reject(new Error('stopped'));
          });
        }),
      'queued',
    );
    const queued = jobs.submit(
      'screening.rebuild',
      ADMIN.id,
      controlled<{ entries: number }>().work,
      'queued',
    );
    await jobs.close();
    expect(aborted).toEqual([true]);
    expect((await first.finished).status).toBe('failed');
    expect((await queued.finished).status).toBe('failed');
  });
});
