import { describe, expect, it } from 'vitest';
import { createRandom, type Random } from '../matching';
import { type DayCounts, forecastArrivals } from './arrivals';

// Arrivals at a border: few at night, a morning and an afternoon peak.
const PROFILE = [1, 1, 1, 1, 1, 2, 4, 8, 10, 10, 9, 8, 7, 7, 8, 9, 9, 8, 6, 4, 3, 2, 1, 1];
const PROFILE_SUM = PROFILE.reduce((s, x) => s + x, 0);

function poisson(r: Random, mean: number): number {
  // Knuth's method in steps, for the means of an hour (up to a few hundred).
  let k = 0;
  let left = mean;
  while (left > 0) {
    const step = Math.min(left, 30);
    left -= step;
    const limit = Math.exp(-step);
    let p = r.next();
    while (p > limit) {
      k += 1;
      p *= r.next();
    }
  }
  return k;
}

const dayOf = (r: Random, date: string, total: number): DayCounts => ({
  date,
  hours: PROFILE.map((w) => poisson(r, (total * w) / PROFILE_SUM)),
});
const date = (i: number) => new Date(Date.UTC(2025, 10, 1 + i)).toISOString().slice(0, 10);

describe('the arrivals forecast', () => {
  it('covers what comes about as often as its interval says, when arrivals are steady', () => {
    let inside = 0;
    let cases = 0;
    for (let seed = 1; seed <= 80; seed += 1) {
      const r = createRandom(seed);
      const days = Array.from({ length: 15 }, (_, i) => dayOf(r, date(i), 600));
      const nowHour = r.int(24);
      const forecast = forecastArrivals({ days, nowHour }, 24);
      // What actually came: today's hours from now on, then tomorrow's, from the same process.
      const tomorrow = dayOf(r, date(15), 600);
      const today = days.at(-1)?.hours ?? [];
      for (const h of forecast.hours) {
        const came = h.date === date(14) ? (today[h.hour] ?? 0) : (tomorrow.hours[h.hour] ?? 0);
        if (came >= h.low && came <= h.high) inside += 1;
        cases += 1;
      }
    }
    const coverage = inside / cases;
    expect(cases).toBe(80 * 24);
    expect(coverage).toBeGreaterThan(0.75);
    expect(coverage).toBeLessThan(0.95);
  });

  it('widens each hour as much as arrivals in groups spread the counts', () => {
    // People come in families of four, as many a day as before. (Much larger groups make counts
    // too lumpy for any smooth interval: a bus of 40 either comes in an hour or does not.)
    let inside = 0;
    let cases = 0;
    const busDay = (r: Random, d: string): DayCounts => ({
      date: d,
      hours: PROFILE.map((w) => 4 * poisson(r, (600 * w) / PROFILE_SUM / 4)),
    });
    for (let seed = 1; seed <= 60; seed += 1) {
      const r = createRandom(500 + seed);
      const days = Array.from({ length: 14 }, (_, i) => busDay(r, date(i)));
      const forecast = forecastArrivals({ days: [...days, busDay(r, date(14))], nowHour: 0 }, 24);
      const came = busDay(r, date(14)).hours;
      for (const h of forecast.hours) {
        if ((came[h.hour] ?? 0) >= h.low && (came[h.hour] ?? 0) <= h.high) inside += 1;
        cases += 1;
      }
    }
    expect(inside / cases).toBeGreaterThan(0.72);
    expect(inside / cases).toBeLessThan(0.95);
  });

  it('follows a surge: a rising week forecasts more than the last day', () => {
    const r = createRandom(7);
    const days = [
      ...[100, 150, 220, 330, 500, 750].map((t, i) => dayOf(r, date(i), t)),
      dayOf(r, date(6), 0),
    ];
    const forecast = forecastArrivals({ days, nowHour: 0 }, 24);
    expect(forecast.basisDays).toBe(6);
    expect(forecast.total.mean).toBeGreaterThan(750);
    expect(forecast.total.low).toBeLessThan(forecast.total.mean);
    expect(forecast.total.high).toBeGreaterThan(forecast.total.mean);
  });

  it('widens its interval when the days before were erratic', () => {
    const r = createRandom(5);
    const steady = Array.from({ length: 10 }, (_, i) => dayOf(r, date(i), 600));
    const erratic = Array.from({ length: 10 }, (_, i) => dayOf(r, date(i), i % 2 === 0 ? 300 : 900));
    const width = (days: DayCounts[]) => {
      const f = forecastArrivals({ days, nowHour: 0 }, 24);
      return { error: f.dayError, width: (f.total.high - f.total.low) / f.total.mean };
    };
    expect(width(steady).error).toBeLessThan(0.15);
    expect(forecastArrivals({ days: steady, nowHour: 0 }, 1).dayErrorMeasured).toBe(true);
    // Three days compare two: the day-to-day variation is then assumed, and said to be.
    expect(forecastArrivals({ days: steady.slice(0, 3), nowHour: 0 }, 1).dayErrorMeasured).toBe(false);
    expect(width(erratic).error).toBeGreaterThan(0.3);
    expect(width(erratic).width).toBeGreaterThan(2 * width(steady).width);
  });

  it("takes today's hours already over into account", () => {
    const r = createRandom(11);
    const steady = Array.from({ length: 8 }, (_, i) => dayOf(r, date(i), 400));
    const doubled = dayOf(r, date(8), 800);
    const asUsual = dayOf(r, date(8), 400);
    const mean = (today: DayCounts) =>
      forecastArrivals({ days: [...steady, today], nowHour: 14 }, 10).hours.reduce((s, h) => s + h.mean, 0);
    expect(mean(doubled)).toBeGreaterThan(mean(asUsual) * 1.4);
  });

  it('starts at the hour in progress and runs into the next days', () => {
    const r = createRandom(3);
    const days = Array.from({ length: 5 }, (_, i) => dayOf(r, date(i), 300));
    const forecast = forecastArrivals({ days, nowHour: 20 }, 6);
    expect(forecast.hours.map((h) => `${h.date} ${h.hour}`)).toEqual([
      `${date(4)} 20`,
      `${date(4)} 21`,
      `${date(4)} 22`,
      `${date(4)} 23`,
      `${date(5)} 0`,
      `${date(5)} 1`,
    ]);
    // Night hours are quiet, evening ones busier: the profile carries over.
    expect(forecast.hours[0]?.mean ?? 0).toBeGreaterThan(2 * (forecast.hours[5]?.mean ?? 0));
  });

  it('forecasts nothing before the first arrival, and says so', () => {
    const quiet = Array.from({ length: 4 }, (_, i) => ({ date: date(i), hours: PROFILE.map(() => 0) }));
    const forecast = forecastArrivals({ days: quiet, nowHour: 9 }, 24);
    expect(forecast.basisDays).toBe(0);
    expect(forecast.dayErrorMeasured).toBe(false);
    expect(forecast.hours).toEqual([]);
  });
});
