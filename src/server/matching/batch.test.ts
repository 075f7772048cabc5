// POST /api/duplicates/batch runs off the request path: 202 with a job to follow, the job's figures or
// its problem, who may follow it, a second request joining the run, and the run's audit entry.
import { sql } from 'kysely';
import { beforeEach, describe, expect, it } from 'vitest';
import { as, eachTestApp, type Login, login, type TestApp } from '../../../test/support/app';
import { DIALECTS } from '../../../test/support/databases';
import { followJob } from '../../../test/support/jobs';
import { listAudit } from '../../store/audit';
import { DEMO_USERS, SANTA_ROSA_ID } from '../../store/demo';
import { insertRegistration } from '../../store/people';

const AT = '2025-11-27T14:00:00.000Z';
const PEOPLE = [
  ['Ana Lucía', 'Pérez', 'Mendoza', 1992, 11, 3],
  ['ANA LUCIA', 'PEREZ', 'MENDOZA', 1992, 11, 3],
  ['Carlos', 'Huamán', 'Torres', 1980, 5, 20],
] as const;

async function registerPeople(ctx: Pick<TestApp, 't'>): Promise<void> {
  for (const [i, [given, surname1, surname2, year, month, day]] of PEOPLE.entries()) {
    const personId = `6b7a0000-0000-4000-8000-00000000000${i}`;
    await insertRegistration(ctx.t.db.kysely, {
      person: {
        id: personId,
        givenNames: given,
        surname1,
        surname2,
        nameKey: `${surname1}|${surname2}|${given}`.toUpperCase(),
        sex: 'F',
        birthDate: { year, month, day },
        nationality: 'COL',
      },
      document: null,
      registration: {
        id: `6b7a0000-0000-4000-8001-00000000000${i}`,
        personId,
        checkpointId: SANTA_ROSA_ID,
        boothId: null,
        officerId: DEMO_USERS[0]?.id ?? '',
        at: AT,
        receivedAt: AT,
        intention: 'transit',
        consent: true,
        vulnerabilities: [],
        offline: false,
        screeningStatus: 'clear',
      },
    });
  }
}

describe.each(DIALECTS)('POST /api/duplicates/batch on %s', (dialect) => {
  const ctx = eachTestApp(dialect, ['supervisor']);
  beforeEach(async () => {
    await registerPeople(ctx);
  });

  const startBatch = (who: Login) =>
    ctx.app.inject({ method: 'POST', url: '/api/duplicates/batch', headers: as(who) });

  it('answers 202 with a job to follow, which ends with the run’s figures and its links in the queue', async () => {
    const started = await startBatch(ctx.supervisor);
    expect(started.statusCode, started.body).toBe(202);
    const job = started.json<{ id: string; kind: string; status: string }>();
    expect(job).toMatchObject({ kind: 'duplicates.batch', status: 'running', result: null, problem: null });
    expect(started.headers.location).toBe(`/api/jobs/${job.id}`);

    const done = await followJob(ctx.app, ctx.supervisor, job.id);
    expect(done).toMatchObject({ status: 'succeeded', result: { records: 3, clusters: 1, newLinks: 1 } });
    const queue = await ctx.app.inject({
      method: 'GET',
      url: '/api/duplicates',
      headers: as(ctx.supervisor),
    });
    expect(queue.json<{ links: { source: string }[] }>().links).toMatchObject([{ source: 'batch' }]);

    const [entry] = await listAudit(ctx.t.db.kysely, { action: 'duplicates.batch', limit: 5 });
    expect(entry).toMatchObject({
      actorUsername: 'supervisor',
      detail: { records: 3, clusters: 1, newLinks: 1, outcome: 'succeeded' },
    });
  });

  it('shows the job to the supervisor who asked and to admins; to anyone else it is not there', async () => {
    const { id } = (await startBatch(ctx.supervisor)).json<{ id: string }>();
    const admin = await login(ctx.app, 'admin');
    const officer = await login(ctx.app, 'officer');
    const get = (who: Login) => ctx.app.inject({ method: 'GET', url: `/api/jobs/${id}`, headers: as(who) });
    expect((await get(admin)).statusCode).toBe(200);
    const refused = await get(officer);
    expect(refused.statusCode).toBe(404);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect((await ctx.app.inject({ method: 'GET', url: `/api/jobs/${id}` })).statusCode).toBe(401);
    await followJob(ctx.app, ctx.supervisor, id);
  });

  it('lets a second request follow the run already under way instead of starting another', async () => {
    const first = (await startBatch(ctx.supervisor)).json<{ id: string }>();
    const second = (await startBatch(ctx.supervisor)).json<{ id: string }>();
    expect(second.id).toBe(first.id);
    expect(await followJob(ctx.app, ctx.supervisor, first.id)).toMatchObject({ status: 'succeeded' });
  });

  it('answers a run that failed with a problem, and records it as failed', async () => {
    // The worker's query needs this table: without it the run fails as a broken database would.
    await sql`drop table person_document`.execute(ctx.t.db.kysely);
    const { id } = (await startBatch(ctx.supervisor)).json<{ id: string }>();
    const done = await followJob(ctx.app, ctx.supervisor, id);
    expect(done).toMatchObject({
      status: 'failed',
      result: null,
      problem: { type: 'https://paso.example/problems/server.error', status: 500, title: expect.any(String) },
    });
    const [entry] = await listAudit(ctx.t.db.kysely, { action: 'duplicates.batch', limit: 5 });
    expect(entry?.detail).toMatchObject({ newLinks: 0, outcome: 'failed' });
  });
});
