// Long work stays off the request path: while a whole-population dedupe and a screening index rebuild
// run as jobs, booth requests (crossings that screen the person, session checks) keep answering, each
// in a small share of the time the jobs take. Sizes are bounded so that this runs in well under a
// minute on two cores; the bound is relative to the jobs' own duration, not a fixed time.
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { setTimeout as delay } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generatePopulation, generateScreeningScenario } from '../../src/domain/matching';
import type { JobView } from '../../src/server/jobs/jobs';
import { DEMO_USERS } from '../../src/store/demo';
import { insertWatchlist } from '../../src/store/matching';
import { as, type Login, login, makeTestApp, type TestApp } from '../support/app';

const PEOPLE = 5_000;
const ENTRIES = 10_000;
const ROWS_PER_INSERT = 500;

async function insertPeople(ctx: TestApp): Promise<void> {
  const createdAt = new Date().toISOString();
  const rows = generatePopulation({ seed: 11, records: PEOPLE }).map((p) => ({
    id: randomUUID(),
    given_names: p.givenNames,
    surname1: p.surname1,
    surname2: p.surname2 ?? null,
    name_key: `${p.surname1}|${p.surname2 ?? ''}|${p.givenNames}`,
    sex: p.sex ?? null,
    birth_year: p.birthDate?.year ?? null,
    birth_month: p.birthDate?.month ?? null,
    birth_day: p.birthDate?.day ?? null,
    nationality: p.nationality ?? null,
    merged_into: null,
    demo: 0,
    created_at: createdAt,
  }));
  for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) {
    await ctx.t.db.kysely
      .insertInto('person')
      .values(rows.slice(i, i + ROWS_PER_INSERT))
      .execute();
  }
}

async function insertInactiveList(ctx: TestApp): Promise<string> {
  const id = randomUUID();
  const { watchlist } = generateScreeningScenario({
    seed: 12,
    watchlistSize: ENTRIES,
    listedQueries: 0,
    namesakeQueries: 0,
    otherQueries: 0,
  });
  await insertWatchlist(
    ctx.t.db.kysely,
    {
      id,
      name: 'Grande',
      format: 'csv',
      importedBy: DEMO_USERS[4]?.id ?? '',
      importedAt: new Date().toISOString(),
    },
    watchlist.map((entry) => ({ id: randomUUID(), watchId: entry.watchId, entry })),
  );
  await ctx.t.db.kysely.updateTable('watchlist').set({ active: 0 }).where('id', '=', id).execute();
  return id;
}

const crossingOf = (n: number) => ({
  kind: 'crossing',
  id: randomUUID(),
  at: '2025-11-27T14:00:00Z',
  checkpoint: 'PE-SANTA-ROSA',
  booth: 'SR-01',
  direction: 'entry',
  decision: 'admitted',
  person: {
    givenNames: 'Luis Alberto',
    surname1: `Rodríguez${n}`,
    birthDate: '1988-07-02',
    nationality: 'VEN',
  },
});

describe('booth requests while long jobs run', { timeout: 120_000 }, () => {
  let ctx: TestApp;
  let officer: Login;
  let supervisor: Login;
  let admin: Login;
  let listId: string;
  beforeAll(async () => {
    ctx = await makeTestApp('sqlite');
    [officer, supervisor, admin] = await Promise.all([
      login(ctx.app, 'officer'),
      login(ctx.app, 'supervisor'),
      login(ctx.app, 'admin'),
    ]);
    await insertPeople(ctx);
    listId = await insertInactiveList(ctx);
    // The booth is at work before the jobs start: its first crossing waited for the first index.
    const first = await ctx.app.inject({
      method: 'POST',
      url: '/api/events',
      headers: as(officer),
      payload: { events: [crossingOf(0)] },
    });
    expect(first.statusCode, first.body).toBe(200);
  });
  afterAll(async () => {
    await ctx.close();
  });

  const jobOf = async (who: Login, id: string) =>
    (await ctx.app.inject({ method: 'GET', url: `/api/jobs/${id}`, headers: as(who) })).json<JobView>();
  const isUnderWay = (job: JobView) => job.status === 'queued' || job.status === 'running';

  it('answers every booth request while a dedupe and a rebuild run, each in a small share of their time', async () => {
    const started = performance.now();
    const batch = await ctx.app.inject({
      method: 'POST',
      url: '/api/duplicates/batch',
      headers: as(supervisor),
    });
    const rebuild = await ctx.app.inject({
      method: 'PATCH',
      url: `/api/watchlists/${listId}`,
      headers: as(admin),
      payload: { active: true },
    });
    expect([batch.statusCode, rebuild.statusCode]).toEqual([202, 202]);
    let batchJob = batch.json<JobView>();
    let rebuildJob = rebuild.json<JobView>();

    const latencies: number[] = [];
    const phases = new Set<string>();
    const finishedAt = new Map<string, number>();
    let n = 0;
    let answeredWhileRunning = 0;
    while (isUnderWay(batchJob) || isUnderWay(rebuildJob)) {
      // A busy booth: a request every 20 ms, a crossing (which screens the person) or a session check.
      await delay(20);
      n += 1;
      const sent = performance.now();
      const answer =
        n % 2 === 0
          ? await ctx.app.inject({ method: 'GET', url: '/api/auth/session', headers: as(officer) })
          : await ctx.app.inject({
              method: 'POST',
              url: '/api/events',
              headers: as(officer),
              payload: { events: [crossingOf(n)] },
            });
      latencies.push(performance.now() - sent);
      expect(answer.statusCode, answer.body).toBe(200);
      [batchJob, rebuildJob] = await Promise.all([
        jobOf(supervisor, batchJob.id),
        jobOf(admin, rebuildJob.id),
      ]);
      // Asked after the answer: if a job is still under way, the booth was answered while it ran.
      if (isUnderWay(batchJob) || isUnderWay(rebuildJob)) answeredWhileRunning += 1;
      for (const job of [batchJob, rebuildJob]) {
        if (job.progress) phases.add(job.progress.phase);
        if (!isUnderWay(job) && !finishedAt.has(job.kind))
          finishedAt.set(job.kind, performance.now() - started);
      }
    }
    const jobsTook = performance.now() - started;

    expect(batchJob.status).toBe('succeeded');
    const records = batchJob.kind === 'duplicates.batch' ? batchJob.result?.records : undefined;
    expect(records).toBeGreaterThanOrEqual(PEOPLE);
    expect(rebuildJob).toMatchObject({ status: 'succeeded', result: { entries: ENTRIES } });
    // The jobs reported how far they were, and the booth was served all along.
    expect(phases.has('indexing')).toBe(true);
    expect([...phases].some((phase) => phase !== 'indexing')).toBe(true);
    expect(answeredWhileRunning).toBeGreaterThanOrEqual(10);
    // Done inside a request, the dedupe alone would have held each of these for most of jobsTook.
    expect(Math.max(...latencies)).toBeLessThan(jobsTook / 5);
    console.info(
      `jobs took ${Math.round(jobsTook)} ms (${[...finishedAt].map(([k, t]) => `${k} ${Math.round(t)} ms`).join(', ')}); ${latencies.length} booth requests meanwhile, slowest ${Math.round(Math.max(...latencies))} ms`,
    );
  });
});
