// GET /api/forecast/shelter-beds: the beds the arrivals ahead need at the checkpoint's shelters,
// against their beds and the people staying now; for those who read the shelters, partners included.
import { beforeAll, describe, expect, it } from 'vitest';
import { as, type Login, suiteTestApp } from '../../../test/support/app';
import { makeCarePeople } from '../../../test/support/care-people';
import { DIALECTS } from '../../../test/support/databases';
import { DEMO_SHELTERS } from '../../store/demo';
import { postEvents } from '../crossings/test-post-events';

type Reply = {
  asOf: string;
  basisDays: number;
  cutoffHour: number;
  childShare: number;
  shareStaying: number;
  shareStayingChildren: number;
  stayNights: number;
  shelters: { id: string; name: string; capacity: number; occupied: number }[];
  capacity: number;
  occupiedNow: number;
  nights: {
    date: string;
    arrivals: { mean: number; low: number; high: number };
    stayingOn: number;
    low: number;
    expected: number;
    high: number;
    short: number;
    shortHigh: number;
  }[];
};

const [COLISEO = '', CASA = '', COLLASUYO = ''] = DEMO_SHELTERS.map((s) => s.id);

describe.each(DIALECTS)('the shelter beds a surge needs (%s)', (dialect) => {
  // Noon in Tacna (UTC−5) on 28 November 2025.
  const ctx = suiteTestApp(dialect, ['analyst', 'officer', 'humanitarian'], '2025-11-28T17:00:00Z');
  let family: readonly string[] = [];
  beforeAll(async () => {
    // Five days before: 9 women and 3 girls tallied entering in each hour from 08:00 to 17:00.
    const events = [];
    let n = 0;
    for (let day = 23; day <= 27; day += 1)
      for (let hour = 8; hour <= 17; hour += 1)
        for (const [category, count] of [
          ['woman', 9],
          ['girl', 3],
        ] as const) {
          n += 1;
          events.push({
            kind: 'tally',
            id: `f0cb0000-0000-4000-8000-${String(n).padStart(12, '0')}`,
            at: `2025-11-${day}T${String(hour + 5).padStart(2, '0')}:30:00Z`,
            checkpoint: 'PE-SANTA-ROSA',
            direction: 'entry',
            category,
            count,
          });
        }
    const outcomes = await postEvents(ctx.app, as(ctx.officer), events);
    expect(outcomes.every((o) => o.status === 'applied')).toBe(true);
    // A family of three staying at the Casa de acogida (their crossings, on the 27th, arrivals too).
    family = (await makeCarePeople(ctx.t.db.kysely)).families[0] ?? [];
    const checkIn = await ctx.app.inject({
      method: 'POST',
      url: '/api/care/check-ins',
      headers: as(ctx.humanitarian),
      payload: { id: crypto.randomUUID(), shelterId: CASA, bedKind: 'family', personIds: family },
    });
    expect(checkIn.statusCode, checkIn.body).toBe(200);
  });

  const get = (query: string, who: Login = ctx.analyst) =>
    ctx.app.inject({ method: 'GET', url: `/api/forecast/shelter-beds${query}`, headers: as(who) });
  const reply = async (query: string, who?: Login) => {
    const response = await get(query, who);
    expect(response.statusCode, response.body).toBe(200);
    return response.json<Reply>();
  };

  it("counts tonight's and the next nights' beds against the shelters near the checkpoint", async () => {
    const r = await reply(
      '?checkpoint=PE-SANTA-ROSA&nights=2&shareStaying=0.1&shareStayingChildren=0.5&stayNights=1',
    );
    // The three Tacna shelters, 30 km from Santa Rosa: 390 beds, the family staying.
    expect(r.shelters.map((s) => s.name).sort()).toEqual(DEMO_SHELTERS.map((s) => s.name).sort());
    expect(r).toMatchObject({ capacity: 390, occupiedNow: family.length, basisDays: 5, cutoffHour: 22 });
    // A quarter of those who came were children (a family's two children among them).
    expect(r.childShare).toBeGreaterThanOrEqual(0.24);
    expect(r.childShare).toBeLessThanOrEqual(0.26);
    expect(r.nights.map((n) => n.date)).toEqual(['2025-11-28', '2025-11-29']);
    const [tonight, tomorrow] = r.nights;
    // Tonight: noon to 22:00, six busy hours (fewer expected than on the days before: nobody came
    // this morning); tomorrow night: ten busy hours.
    expect(tonight?.arrivals.mean).toBeGreaterThan(30);
    expect(tonight?.arrivals.mean).toBeLessThan(95);
    expect(tomorrow?.arrivals.mean).toBeGreaterThan(tonight?.arrivals.mean ?? 0);
    // One night each: the family tonight, and a share of each night's arrivals, children apart.
    const share = (1 - r.childShare) * 0.1 + r.childShare * 0.5;
    expect(tonight?.expected).toBe(Math.round(family.length + (tonight?.arrivals.mean ?? 0) * share));
    expect(tomorrow?.stayingOn).toBe(0);
    expect(tomorrow?.expected).toBe(Math.round((tomorrow?.arrivals.mean ?? 0) * share));
    for (const n of r.nights) {
      expect(n.low).toBeLessThanOrEqual(n.expected);
      expect(n.high).toBeGreaterThan(n.expected);
      expect(n).toMatchObject({ short: 0, shortHigh: 0 });
    }
  });

  it('needs more beds when more stay, and for longer, and says which nights are short', async () => {
    const ask = '?checkpoint=PE-SANTA-ROSA&nights=3';
    const defaults = await reply(ask);
    expect(defaults).toMatchObject({ shareStaying: 0.1, shareStayingChildren: 0.3, stayNights: 2 });
    const more = await reply(`${ask}&shareStaying=0.6&shareStayingChildren=0.9&stayNights=4`);
    more.nights.forEach((n, i) => {
      expect(n.expected).toBeGreaterThan(defaults.nights[i]?.expected ?? 0);
    });
    // The shelters cut down to 18 beds (the family's three among them): the nights are short of beds.
    const beds = async (shelterId: string, b: Record<string, number>) => {
      const response = await ctx.app.inject({
        method: 'POST',
        url: '/api/care/beds',
        headers: as(ctx.humanitarian),
        payload: { shelterId, beds: { family: 0, women: 0, children: 0, general: 0, ...b } },
      });
      expect(response.statusCode, response.body).toBe(200);
    };
    await beds(COLISEO, { general: 10 });
    await beds(CASA, { family: 3 });
    await beds(COLLASUYO, { general: 5 });
    const short = await reply(`${ask}&shareStaying=0.6&shareStayingChildren=0.9&stayNights=4`);
    expect(short.capacity).toBe(18);
    expect(short.nights.map((n) => n.expected)).toEqual(more.nights.map((n) => n.expected));
    for (const n of short.nights) {
      expect(n.short).toBe(n.expected - 18);
      expect(n.shortHigh).toBe(n.high - 18);
    }
  });

  it('shows partners the beds needed, and no figure by decision', async () => {
    const response = await get('?checkpoint=PE-SANTA-ROSA', ctx.humanitarian);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.body).not.toMatch(/refus|held|decision|screening|watchlist/i);
    expect((await get('?checkpoint=PE-SANTA-ROSA', ctx.officer)).statusCode).toBe(403);
  });

  it('has no shelters for a checkpoint none is nearest to, and nothing to forecast where nobody came', async () => {
    const r = await reply('?checkpoint=CL-CHACALLUTA&nights=1');
    expect(r).toMatchObject({ shelters: [], capacity: 0, occupiedNow: 0, basisDays: 0 });
    expect(r.nights).toEqual([
      {
        date: '2025-11-28',
        arrivals: { mean: 0, low: 0, high: 0 },
        stayingOn: 0,
        low: 0,
        expected: 0,
        high: 0,
        short: 0,
        shortHigh: 0,
      },
    ]);
  });

  it.each([
    'shareStaying=1.5',
    'shareStaying=-0.1',
    'shareStaying=mucho',
    'shareStayingChildren=2',
    'stayNights=0.5',
    'stayNights=31',
    'nights=0',
    'nights=8',
    'nights=1.5',
    'direction=north',
  ])('refuses %s with a problem naming it', async (bad) => {
    const response = await get(`?checkpoint=PE-SANTA-ROSA&${bad}`);
    expect(response.statusCode, response.body).toBe(400);
    expect(response.headers['content-type']).toMatch(/problem\+json/);
    expect(response.body).toContain(bad.split('=')[0]);
  });

  it('refuses an unknown checkpoint', async () => {
    const response = await get('?checkpoint=XX-NOWHERE');
    expect(response.statusCode).toBe(400);
    expect(response.json().code).toBe('registration.unknown-place');
  });
});
