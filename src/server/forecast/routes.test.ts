// GET /api/forecast: the arrivals ahead at a checkpoint from its hourly figures, and the booths needed.
import { beforeAll, describe, expect, it } from 'vitest';
import { as, suiteTestApp } from '../../../test/support/app';
import { DIALECTS } from '../../../test/support/databases';
import { postEvents } from '../crossings/test-post-events';

type Reply = {
  checkpoint: { code: string };
  basisDays: number;
  hours: { date: string; hour: number; mean: number; low: number; high: number; booths: number | null }[];
  total: { mean: number; low: number; high: number };
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
  });
});
