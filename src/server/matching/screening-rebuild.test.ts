// The screening index is rebuilt off the request path: one rebuild at a time, the old index answering
// until the new one is ready, a failed rebuild leaving the old one in force; through the API, a list
// put in or out of force answers 202 with the rebuild to follow.
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { as, eachTestApp } from '../../../test/support/app';
import { DIALECTS, openTestDb, type TestDb } from '../../../test/support/databases';
import { followJob } from '../../../test/support/jobs';
import { YOHANA_AS_READ, yohanaListed } from '../../../test/support/watchlists';
import { generateScreeningScenario, type WatchlistEntry } from '../../domain/matching';
import { DEMO_USERS, seedDemo } from '../../store/demo';
import { insertWatchlist, setWatchlistActive } from '../../store/matching';
import { createJobRegistry, type JobRegistry } from '../jobs/jobs';
import { createMatchingService, type MatchingService } from './service';

const NOW = '2025-11-27T15:00:00.000Z';
const ADMIN = DEMO_USERS[4]?.id ?? '';
const LISTED_ENTRY = '6c7a0000-0000-4000-8000-000000000001';
const query = YOHANA_AS_READ;
// These tests write the lists behind the service's back and start each rebuild themselves: its watch for
// other processes' changes (watch.test.ts) looks only once a day, so that it starts none of its own.
const UNWATCHED = { watchEveryMs: 24 * 3600_000 };

async function importList(
  t: TestDb,
  entries: readonly WatchlistEntry[],
  ids = entries.map(() => randomUUID()),
) {
  const id = randomUUID();
  await insertWatchlist(
    t.db.kysely,
    { id, name: `L ${id}`, format: 'csv', importedBy: ADMIN, importedAt: new Date().toISOString() },
    entries.map((entry, i) => ({ id: ids[i] ?? randomUUID(), watchId: entry.watchId, entry })),
  );
  return id;
}

const manyOthers = (seed: number, watchlistSize: number) =>
  generateScreeningScenario({ seed, watchlistSize, listedQueries: 0, namesakeQueries: 0, otherQueries: 0 })
    .watchlist;

const hitIds = async (matching: MatchingService) => (await matching.screen([query]))[0]?.map((h) => h.id);

describe.each(DIALECTS)('rebuilding the screening index on %s', (dialect) => {
  let t: TestDb;
  let jobs: JobRegistry;
  let matching: MatchingService;
  let listId: string;
  beforeEach(async () => {
    t = await openTestDb(dialect);
    await seedDemo(t.db.kysely, new Date(NOW));
    listId = await importList(t, yohanaListed(), [LISTED_ENTRY]);
    jobs = createJobRegistry({ now: () => new Date(), newId: randomUUID });
    matching = await createMatchingService(t.db, jobs, UNWATCHED);
    // The first index is built as a job too; the tests start from it.
    expect(await jobs.underWay('screening.rebuild')?.finished).toMatchObject({ status: 'succeeded' });
  });
  afterEach(async () => {
    await jobs.close();
    await matching.close();
    await t.cleanup();
  });

  it('keeps answering from the old index while a rebuild runs, then from the new one', async () => {
    expect(await hitIds(matching)).toEqual([LISTED_ENTRY]);
    // The listed person's list goes out of force, and a list of 3,000 others comes in.
    await setWatchlistActive(t.db.kysely, listId, false);
    await importList(t, manyOthers(7, 3000));
    const rebuild = matching.rebuildScreening(ADMIN);

    let answeredDuringRebuild = 0;
    while (rebuild.view().status !== 'succeeded') {
      const hits = await hitIds(matching);
      // Answered while the job still ran: the new index was not yet in force, so the old one answered.
      if (rebuild.view().status === 'running') {
        expect(hits).toEqual([LISTED_ENTRY]);
        answeredDuringRebuild += 1;
      }
      expect(rebuild.view().status).not.toBe('failed');
    }
    expect(answeredDuringRebuild).toBeGreaterThan(0);
    expect(rebuild.view().result).toEqual({ entries: 3000 });
    expect(await hitIds(matching)).toEqual([]);
    expect(matching.indexedEntries()).toBe(3000);
  });

  it('answers screenings asked for at the same moment, each with the hits of its own people', async () => {
    const other = { id: 'other', givenNames: 'PEDRO', surname1: 'GONZALEZ' };
    // Asked in one turn of the event loop, they go to the screening thread together.
    const answers = await Promise.all([
      matching.screen([query]),
      matching.screen([other]),
      matching.screen([other, query, other]),
    ]);
    expect(answers.map((people) => people.map((hits) => hits.map((h) => h.id)))).toEqual([
      [[LISTED_ENTRY]],
      [[]],
      [[], [LISTED_ENTRY], []],
    ]);
  });

  it('runs one rebuild at a time: a change during one queues one more, and later changes join it', async () => {
    const first = matching.rebuildScreening(ADMIN);
    const second = matching.rebuildScreening(ADMIN);
    const third = matching.rebuildScreening(null);
    expect(first.view().status).toBe('running');
    expect(second.view().status).toBe('queued');
    expect(third.id).toBe(second.id);

    const firstDone = await first.finished;
    const secondDone = await second.finished;
    expect([firstDone.status, secondDone.status]).toEqual(['succeeded', 'succeeded']);
    expect(Date.parse(secondDone.startedAt ?? '')).toBeGreaterThanOrEqual(
      Date.parse(firstDone.finishedAt ?? ''),
    );
  });

  it('screens with the first index as soon as it is built, not after a rebuild queued behind it', async () => {
    const own = createJobRegistry({ now: () => new Date(), newId: randomUUID });
    const starting = await createMatchingService(t.db, own, UNWATCHED);
    await importList(t, manyOthers(9, 3000));
    const queued = starting.rebuildScreening(ADMIN);
    try {
      expect(await hitIds(starting)).toEqual([LISTED_ENTRY]);
      expect(queued.view().status).not.toBe('succeeded');
      expect(await queued.finished).toMatchObject({ status: 'succeeded', result: { entries: 3001 } });
    } finally {
      await own.close();
      await starting.close();
    }
    // Two builds of 3,000 entries one after the other: slow on a loaded machine, not a time limit.
  }, 120_000);

  it('leaves the old index in force when a rebuild fails, and says so as a problem', async () => {
    // The entries cannot be read any more, as when the database fails under the worker.
    await sql`alter table watchlist_entry rename to watchlist_entry_gone`.execute(t.db.kysely);
    const rebuild = await matching.rebuildScreening(ADMIN).finished;
    expect(rebuild).toMatchObject({ status: 'failed', problem: { status: 500, code: 'server.error' } });
    expect(await hitIds(matching)).toEqual([LISTED_ENTRY]);
    expect(matching.indexedEntries()).toBe(1);
  });
});

describe('PATCH /api/watchlists/:id', () => {
  const ctx = eachTestApp('sqlite', ['admin']);

  it('answers 202 with the index rebuild to follow, after which the list is in force', async () => {
    const imported = await ctx.app.inject({
      method: 'POST',
      url: '/api/watchlists',
      headers: as(ctx.admin),
      payload: { name: 'L', format: 'csv', content: 'watch_id,given_names,surname1\nW1,Ana,Rojas\n' },
    });
    expect(imported.statusCode, imported.body).toBe(201);
    const { id, indexJob } = imported.json<{ id: string; indexJob: string }>();
    expect(await followJob(ctx.app, ctx.admin, indexJob)).toMatchObject({
      status: 'succeeded',
      result: { entries: 1 },
    });

    const changed = await ctx.app.inject({
      method: 'PATCH',
      url: `/api/watchlists/${id}`,
      headers: as(ctx.admin),
      payload: { active: false },
    });
    expect(changed.statusCode, changed.body).toBe(202);
    const job = changed.json<{ id: string }>();
    expect(job).toMatchObject({ kind: 'screening.rebuild' });
    expect(changed.headers.location).toBe(`/api/jobs/${job.id}`);
    expect(await followJob(ctx.app, ctx.admin, job.id)).toMatchObject({
      status: 'succeeded',
      result: { entries: 0 },
    });
    const lists = await ctx.app.inject({ method: 'GET', url: '/api/watchlists', headers: as(ctx.admin) });
    expect(lists.json()).toMatchObject({ indexedEntries: 0 });
  });
});
