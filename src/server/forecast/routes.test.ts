// GET /api/forecast: the arrivals ahead at a checkpoint from its hourly figures, and the booths needed.
import { beforeAll, describe, expect, it } from 'vitest';
import { as, suiteTestApp } from '../../../test/support/app';
import { DIALECTS } from '../../../test/support/databases';
import { observeLine } from '../../../test/support/observations';
import { postEvents } from '../crossings/test-post-events';

type Reply = {
  checkpoint: { code: string };
  asOf: string;
  basisDays: number;
  hours: {
    date: string;
    hour: number;
    mean: number;
    low: number;
    high: number;
    booths: number | null;
    waitingAtEnd: number;
    waitAtEndMinutes: number | null;
    boothsWithLine: number | null;
  }[];
  total: { mean: number; low: number; high: number };
  line: {
    waitingNow: number;
    waitingSource: string;
    observedAt: string | null;
    boothsOpen: number;
    boothsSource: string;
    clearsAt: string | null;
  };
};

describe.each(DIALECTS)('the arrivals forecast (%s)', (dialect) => {
  // Noon in Tacna (UTC−5) on 28 November 2025.
  const ctx = suiteTestApp(dialect, ['analyst', 'officer'], '2025-11-28T17:00:00Z');
  beforeAll(async () => {
    // Five days before: 12 people tallied entering in each hour from 08:00 to 17:00, none at night.
    const events = [];
    let n = 0;
    for (let day = 23; day <= 27; day += 1)
      for (let hour = 8; hour <= 17; hour += 1) {
        n += 1;
        events.push({
          kind: 'tally',
          id: `f0ca0000-0000-4000-8000-${String(n).padStart(12, '0')}`,
          at: `2025-11-${day}T${String(hour + 5).padStart(2, '0')}:30:00Z`,
          checkpoint: 'PE-SANTA-ROSA',
          direction: 'entry',
          category: 'unknown',
          count: 12,
        });
      }
    const outcomes = await postEvents(ctx.app, as(ctx.officer), events);
    expect(outcomes.every((o) => o.status === 'applied')).toBe(true);
  });

  const get = (query: string) =>
    ctx.app.inject({ method: 'GET', url: `/api/forecast${query}`, headers: as(ctx.analyst) });

  it('expects as many as came at the same hours of the days before, and the booths for them', async () => {
    const response = await get('?checkpoint=PE-SANTA-ROSA&hours=24&serviceMinutes=5&targetWaitMinutes=15');
    expect(response.statusCode, response.body).toBe(200);
    const reply = response.json<Reply>();
    expect(reply.basisDays).toBe(5);
    // From the hour in progress at the checkpoint (noon) through the next day.
    expect(reply.hours[0]).toMatchObject({ date: '2025-11-28', hour: 12 });
    expect(reply.hours.at(-1)).toMatchObject({ date: '2025-11-29', hour: 11 });
    const at = (date: string, hour: number) => reply.hours.find((h) => h.date === date && h.hour === hour);
    // 12 an hour by day: the forecast says about that, with an interval around it; nights are quiet.
    const afternoon = at('2025-11-28', 14);
    expect(afternoon?.mean).toBeGreaterThan(8);
    expect(afternoon?.mean).toBeLessThan(16);
    expect(afternoon?.low).toBeLessThan(afternoon?.mean ?? 0);
    expect(afternoon?.high).toBeGreaterThan(afternoon?.mean ?? 0);
    expect(at('2025-11-29', 3)?.mean).toBeLessThan(1);
    // 12 an hour at 5 minutes each is one booth busy all the time: two keep most waits short.
    expect(afternoon?.booths).toBe(2);
    expect(at('2025-11-29', 3)?.booths).toBeLessThanOrEqual(1);
    // Ten busy hours of 12: about 120 from noon today to noon tomorrow (six today, four tomorrow).
    expect(reply.total.mean).toBeGreaterThan(80);
    expect(reply.total.mean).toBeLessThan(160);
  });

  it('follows the line waiting now with the booths open, and gives the booths it needs', async () => {
    const ask = '?checkpoint=PE-SANTA-ROSA&direction=entry&hours=8&serviceMinutes=5&targetWaitMinutes=15';
    // 200 wait at noon; about 12 an hour come. Two booths at 5 minutes serve 24 an hour: the line
    // shrinks by about 12 an hour and is not gone in eight hours.
    const two = (await get(`${ask}&waitingNow=200&boothsOpen=2`)).json<Reply>();
    expect(two.line).toMatchObject({
      waitingNow: 200,
      waitingSource: 'given',
      boothsOpen: 2,
      boothsSource: 'given',
    });
    expect(two.line.clearsAt).toBeNull();
    const first = two.hours[0];
    expect(first?.waitingAtEnd).toBeGreaterThan(180);
    expect(first?.waitingAtEnd).toBeLessThan(200);
    // Whoever joins it at one o'clock waits for everyone ahead, served 24 an hour.
    expect(first?.waitAtEndMinutes).toBeCloseTo(((first?.waitingAtEnd ?? 0) * 5) / 2, 6);
    // Ten booths serve 120 an hour: the 200 are gone before two o'clock (19:00 UTC).
    const ten = (await get(`${ask}&waitingNow=200&boothsOpen=10`)).json<Reply>();
    const clears = Date.parse(ten.line.clearsAt ?? '');
    expect(clears).toBeGreaterThan(Date.parse('2025-11-28T18:30:00Z'));
    expect(clears).toBeLessThan(Date.parse('2025-11-28T19:00:00Z'));
    expect(ten.hours.slice(2).every((h) => h.waitingAtEnd === 0)).toBe(true);
    // To bring 200 and the hour's dozen down to a 15-minute wait by one o'clock, (200 + 12) × 5 / (60 +
    // 15) → 15 booths, where the hour's arrivals alone need 2; once the line is down, what they need.
    const noon = two.hours[0]?.mean ?? 0;
    expect(two.hours[0]?.booths).toBe(2);
    expect(two.hours[0]?.boothsWithLine).toBe(Math.ceil(((200 + noon) * 5) / 75));
    expect(two.hours[0]?.boothsWithLine).toBeGreaterThanOrEqual(14);
    expect(two.hours.slice(2).map((h) => h.boothsWithLine)).toEqual(two.hours.slice(2).map((h) => h.booths));
    // Nobody waiting: the line is gone already, and the booths are the arrivals' own.
    const none = (await get(`${ask}&waitingNow=0`)).json<Reply>();
    expect(none.line.clearsAt).toBe(none.asOf);
    expect(none.hours.map((h) => h.boothsWithLine)).toEqual(none.hours.map((h) => h.booths));
  });

  it("starts from the line's latest count observed within two hours, both lines for both directions", async () => {
    const observe = (n: number, side: 'entry' | 'exit', observedAt: string, peopleWaiting: number) =>
      observeLine(ctx.app, as(ctx.officer), {
        id: `f0ca1111-0000-4000-8000-${String(n).padStart(12, '0')}`,
        side,
        observedAt,
        peopleWaiting,
      });
    const line = async (direction: string) =>
      (await get(`?checkpoint=PE-SANTA-ROSA&direction=${direction}&hours=4`)).json<Reply>().line;
    await observe(1, 'entry', '2025-11-28T16:30:00Z', 90);
    // The exit line was counted three hours ago: too old to say how long it is now.
    await observe(2, 'exit', '2025-11-28T14:00:00Z', 40);
    expect(await line('entry')).toMatchObject({
      waitingNow: 90,
      waitingSource: 'observed',
      observedAt: '2025-11-28T16:30:00.000Z',
      boothsSource: 'checkpoint',
    });
    expect(await line('both')).toMatchObject({ waitingNow: 0, waitingSource: 'none', observedAt: null });
    await observe(3, 'exit', '2025-11-28T15:30:00Z', 40);
    expect(await line('both')).toMatchObject({
      waitingNow: 130,
      waitingSource: 'observed',
      observedAt: '2025-11-28T15:30:00.000Z',
    });
    expect((await line('entry')).boothsOpen).toBeGreaterThanOrEqual(1);
  });

  it('forecasts nothing where nobody has come yet', async () => {
    const reply = (await get('?checkpoint=PE-SANTA-ROSA&direction=exit')).json<Reply>();
    expect(reply.basisDays).toBe(0);
    expect(reply.hours).toEqual([]);
  });

  it('takes the checkpoint code in any case, as the dashboard does', async () => {
    const asked = (await get('?checkpoint=PE-SANTA-ROSA&hours=24')).json<Reply>();
    const response = await get('?checkpoint=%20pe-santa-rosa%20&hours=24');
    expect(response.statusCode, response.body).toBe(200);
    const reply = response.json<Reply>();
    expect(reply.checkpoint.code).toBe('PE-SANTA-ROSA');
    expect(reply.hours).toEqual(asked.hours);
  });

  it('refuses an unknown checkpoint and a horizon past three days', async () => {
    const unknown = await get('?checkpoint=XX-NOWHERE');
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().code).toBe('registration.unknown-place');
    expect((await get('?checkpoint=PE-SANTA-ROSA&hours=100')).statusCode).toBe(400);
    for (const bad of ['waitingNow=-5', 'waitingNow=many', 'boothsOpen=1.5', 'boothsOpen=501']) {
      const response = await get(`?checkpoint=PE-SANTA-ROSA&${bad}`);
      expect(response.statusCode, bad).toBe(400);
      expect(response.headers['content-type'], bad).toMatch(/problem\+json/);
    }
  });
});
