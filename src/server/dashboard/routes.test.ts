// The dashboard's day when none is asked for: the checkpoint's today, and for all checkpoints the day
// not yet over at every one of them.
import { beforeAll, describe, expect, it } from 'vitest';
import { as, type EachTestApp, suiteTestApp } from '../../../test/support/app';
import { DIALECTS } from '../../../test/support/databases';
import { postEvents } from '../crossings/test-post-events';

type Reply = {
  date: string;
  days: { dims: Record<string, string>; crossed: number }[];
  emergencies: {
    declaration: { number: string };
    since: string;
    checkpoints: string[];
    totals: unknown[];
  }[];
};

// GET /api/dashboard with a query, as the analyst: the answer must be a 200.
async function readDashboard(ctx: EachTestApp<'analyst'>, query: string): Promise<Reply> {
  const response = await ctx.app.inject({
    method: 'GET',
    url: `/api/dashboard${query}`,
    headers: as(ctx.analyst),
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<Reply>();
}

describe("the dashboard's default day", () => {
  // 04:00 UTC on 28 November 2025: 01:00 on the 28th in Arica (UTC−3, summer time), still 23:00 on
  // the 27th in Tacna (UTC−5).
  const ctx = suiteTestApp('sqlite', ['analyst'], '2025-11-28T04:00:00Z');

  const dateShown = async (query: string) => (await readDashboard(ctx, query)).date;

  it("is each checkpoint's own today", async () => {
    expect(await dateShown('?checkpoint=PE-SANTA-ROSA')).toBe('2025-11-27');
    expect(await dateShown('?checkpoint=CL-CHACALLUTA')).toBe('2025-11-28');
  });

  it('is, for all checkpoints, the day still running at one of them, not the day begun at another', async () => {
    expect(await dateShown('')).toBe('2025-11-27');
  });

  it('is the date asked for when one is', async () => {
    expect(await dateShown('?date=2025-11-20')).toBe('2025-11-20');
  });
});

describe('the dashboard since the emergency was declared', () => {
  // The demo decree is declared five days before the demo's today (27 November in Tacna here).
  const ctx = suiteTestApp('sqlite', ['analyst', 'officer'], '2025-11-27T18:00:00Z');
  beforeAll(async () => {
    const tally = (n: number, at: string, direction: string, count: number) => ({
      kind: 'tally',
      id: `7a110000-0000-4000-8000-${String(n).padStart(12, '0')}`,
      at,
      checkpoint: 'PE-SANTA-ROSA',
      direction,
      category: 'unknown',
      count,
    });
    const sent = await postEvents(ctx.app, as(ctx.officer), [
      tally(1, '2025-11-23T15:00:00Z', 'entry', 3),
      tally(2, '2025-11-26T15:00:00Z', 'exit', 2),
      // The day before the declaration: not counted.
      tally(3, '2025-11-21T15:00:00Z', 'entry', 4),
    ]);
    expect(sent.map((o) => o.status)).toEqual(['applied', 'applied', 'applied']);
  });

  const read = (query: string) => readDashboard(ctx, query);

  it("counts Santa Rosa's crossings from the declaration's first day, as the days add up", async () => {
    const reply = await read('?checkpoint=PE-SANTA-ROSA&days=6');
    expect(reply.emergencies.map((e) => [e.declaration.number, e.since, e.checkpoints])).toEqual([
      ['D.S. N.° 135-2025-PCM', '2025-11-22', ['PE-SANTA-ROSA']],
    ]);
    // Six days shown, 22 to 27 November: exactly the emergency's days so far.
    const byDirection = (d: string) => reply.days.filter((r) => r.dims.direction === d);
    const sum = (d: string) => byDirection(d).reduce((n, r) => n + r.crossed, 0);
    expect(reply.emergencies[0]?.totals).toEqual(
      ['entry', 'exit']
        .filter((d) => byDirection(d).length > 0)
        .map((d) => expect.objectContaining({ dims: { direction: d }, crossed: sum(d) })),
    );
    expect(sum('entry')).toBeGreaterThanOrEqual(3);
    expect(sum('exit')).toBeGreaterThanOrEqual(2);
  });

  it('has none at Chacalluta, which the Peruvian decree does not cover, nor before it began', async () => {
    expect((await read('?checkpoint=CL-CHACALLUTA')).emergencies).toEqual([]);
    expect((await read('?date=2025-11-20')).emergencies).toEqual([]);
  });
});

describe.each(DIALECTS)('the dashboard refuses what it cannot show (%s)', (dialect) => {
  // 04:00 UTC on 28 November 2025: the 28th in Arica (UTC−3), still the 27th in Tacna (UTC−5).
  const ctx = suiteTestApp(dialect, ['analyst', 'humanitarian'], '2025-11-28T04:00:00Z');

  const refusal = async (query: string, role: 'analyst' | 'humanitarian' = 'analyst') => {
    const response = await ctx.app.inject({
      method: 'GET',
      url: `/api/dashboard${query}`,
      headers: as(ctx[role]),
    });
    expect(response.statusCode, response.body).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    const problem = response.json<{ code: string; errors: { path: string; message: string }[] }>();
    expect(problem.code).toBe('validation');
    return problem.errors;
  };

  it.each([
    ['analyst', '?checkpoint=NOPE'],
    ['humanitarian', '?checkpoint=NOPE&date=2025-11-20'],
  ] as const)('refuses, for the %s, a checkpoint no one has, as the reports do', async (role, query) => {
    expect(await refusal(query, role)).toEqual([
      { path: 'querystring.checkpoint', message: 'no checkpoint has the code NOPE' },
    ]);
  });

  it.each([
    ['?date=2030-01-01', 'any checkpoint'],
    // Begun in Arica, not yet in Tacna.
    ['?date=2025-11-28&checkpoint=PE-SANTA-ROSA', 'PE-SANTA-ROSA'],
    ['?date=2025-11-29', 'any checkpoint'],
  ])('refuses %s, a date not yet begun there', async (query, where) => {
    const date = /date=([\d-]+)/.exec(query)?.[1];
    expect(await refusal(query)).toEqual([
      { path: 'querystring.date', message: `${date} has not begun yet at ${where}` },
    ]);
  });

  it('shows a date begun at one checkpoint of all of them, as the report does', async () => {
    expect((await readDashboard(ctx, '?date=2025-11-28')).date).toBe('2025-11-28');
    expect((await readDashboard(ctx, '?date=2025-11-28&checkpoint=CL-CHACALLUTA')).date).toBe('2025-11-28');
  });
});
