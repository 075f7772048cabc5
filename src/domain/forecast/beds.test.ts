import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ArrivalsForecast, forecastArrivals } from './arrivals';
import {
  arrivalsByNight,
  type BedAssumptions,
  type BedsAsk,
  bedsNeeded,
  childShareOf,
  type NightArrivals,
  nightsAhead,
} from './beds';

const exactly = (n: number) => ({ mean: n, low: n, high: n });
const nights = (...arrivals: number[]): NightArrivals[] =>
  arrivals.map((n, i) => ({ date: `2025-12-0${i + 1}`, arrivals: exactly(n) }));
const assume = (shareStaying: number, stayNights: number, shareStayingChildren = 0): BedAssumptions => ({
  shareStaying,
  shareStayingChildren,
  stayNights,
});
const ask = (over: Partial<BedsAsk>): BedsAsk => ({
  nights: nights(0, 0, 0),
  occupiedNow: 0,
  capacity: 100,
  childShare: 0,
  assumptions: assume(0.1, 2),
  ...over,
});
const expected = (a: BedsAsk) => bedsNeeded(a).map((n) => n.expected);

describe('the shelter beds a surge needs', () => {
  it.each([
    // Nobody comes: half of the 100 staying go on each morning when stays last two nights.
    { case: 'the people staying now, fewer each morning', a: ask({ occupiedNow: 100 }), beds: [100, 50, 25] },
    // 100 a night, a tenth stay two nights: 10, then 10 + 5, then 10 + 5 + 2.5, towards 100 × 0.1 × 2.
    {
      case: 'a share of each night’s arrivals',
      a: ask({ nights: nights(100, 100, 100) }),
      beds: [10, 15, 18],
    },
    {
      case: 'a night’s stay: nobody is carried to the next',
      a: ask({ nights: nights(100, 200, 50), occupiedNow: 40, assumptions: assume(0.1, 1) }),
      beds: [50, 20, 5],
    },
    {
      // 30 % of 100 are children: 70 × 0.1 + 30 × 0.5 = 22.
      case: 'children at their own share',
      a: ask({ nights: nights(100), childShare: 0.3, assumptions: assume(0.1, 1, 0.5) }),
      beds: [22],
    },
  ])('counts $case', ({ a, beds }) => {
    expect(expected(a)).toEqual(beds);
  });

  it('settles where Little’s law says: arrivals × share × nights', () => {
    const long = ask({ nights: Array.from({ length: 60 }, () => ({ date: 'x', arrivals: exactly(300) })) });
    const a = { ...long, assumptions: assume(0.2, 4) };
    expect(bedsNeeded(a).at(-1)?.expected).toBe(300 * 0.2 * 4);
  });

  it('says how many beds are missing, expected and if more come', () => {
    const a = ask({
      nights: [
        { date: '2025-12-01', arrivals: { mean: 100, low: 60, high: 150 } },
        { date: '2025-12-02', arrivals: { mean: 400, low: 250, high: 600 } },
      ],
      occupiedNow: 80,
      capacity: 100,
      assumptions: assume(0.1, 1),
    });
    expect(bedsNeeded(a)).toMatchObject([
      { stayingOn: 80, low: 86, expected: 90, high: 95, short: 0, shortHigh: 0 },
      { stayingOn: 0, low: 25, expected: 40, high: 60, short: 0, shortHigh: 0 },
    ]);
    const full = bedsNeeded({ ...a, capacity: 88 });
    expect(full[0]).toMatchObject({ short: 2, shortHigh: 7 });
    // No shelter: every bed needed is missing.
    expect(bedsNeeded({ ...a, capacity: 0 })[1]).toMatchObject({ short: 40, shortHigh: 60 });
  });

  const interval = fc
    .tuple(fc.double({ min: 0, max: 5000, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }))
    .map(([mean, spread]) => ({ mean, low: mean * (1 - spread), high: mean * (1 + spread) }));
  const anAsk = fc.record({
    nights: fc.array(
      interval.map((arrivals) => ({ date: '2025-12-01', arrivals })),
      { minLength: 1, maxLength: 8 },
    ),
    occupiedNow: fc.integer({ min: 0, max: 2000 }),
    capacity: fc.integer({ min: 0, max: 2000 }),
    childShare: fc.double({ min: 0, max: 1, noNaN: true }),
    assumptions: fc.record({
      shareStaying: fc.double({ min: 0, max: 1, noNaN: true }),
      shareStayingChildren: fc.double({ min: 0, max: 1, noNaN: true }),
      stayNights: fc.double({ min: 1, max: 30, noNaN: true }),
    }),
  });
  const atLeast = (more: BedsAsk, less: BedsAsk) => {
    const [a, b] = [bedsNeeded(more), bedsNeeded(less)];
    a.forEach((n, i) => {
      expect(n.low).toBeGreaterThanOrEqual(b[i]?.low ?? 0);
      expect(n.expected).toBeGreaterThanOrEqual(b[i]?.expected ?? 0);
      expect(n.high).toBeGreaterThanOrEqual(b[i]?.high ?? 0);
      expect(n.short).toBeGreaterThanOrEqual(b[i]?.short ?? 0);
    });
  };

  it('never needs fewer than none, and orders its interval', () => {
    fc.assert(
      fc.property(anAsk, (a) => {
        for (const n of bedsNeeded(a)) {
          expect(n.low).toBeGreaterThanOrEqual(0);
          expect(n.low).toBeLessThanOrEqual(n.expected);
          expect(n.expected).toBeLessThanOrEqual(n.high);
          expect(n.short).toBeLessThanOrEqual(n.shortHigh);
          expect(Math.min(n.short, n.stayingOn)).toBeGreaterThanOrEqual(0);
        }
      }),
    );
  });

  it('needs as many beds or more when more arrive, on any night', () => {
    fc.assert(
      fc.property(anAsk, fc.nat(), fc.double({ min: 1, max: 4, noNaN: true }), (a, pick, factor) => {
        const at = pick % a.nights.length;
        const more = a.nights.map((n, i) =>
          i !== at
            ? n
            : {
                ...n,
                arrivals: {
                  mean: n.arrivals.mean * factor,
                  low: n.arrivals.low * factor,
                  high: n.arrivals.high * factor,
                },
              },
        );
        atLeast({ ...a, nights: more }, a);
      }),
    );
  });

  it('needs as many beds or more when more people stay, or stay longer', () => {
    const more = fc.double({ min: 0, max: 1, noNaN: true });
    fc.assert(
      fc.property(anAsk, more, more, fc.double({ min: 0, max: 10, noNaN: true }), (a, da, dc, dn) => {
        const s = a.assumptions;
        const raise = (x: number, by: number) => Math.min(1, x + by);
        atLeast({ ...a, assumptions: { ...s, shareStaying: raise(s.shareStaying, da) } }, a);
        atLeast({ ...a, assumptions: { ...s, shareStayingChildren: raise(s.shareStayingChildren, dc) } }, a);
        atLeast({ ...a, assumptions: { ...s, stayNights: s.stayNights + dn } }, a);
      }),
    );
  });
});

describe('the share of children', () => {
  it.each([
    [30, 70, 0.3],
    [0, 0, 0],
    [10, 20, 0.33],
    // A figure of 1 to 4 is not worked into the share, whichever it is.
    [3, 200, 0],
    [200, 3, 1],
    [5, 195, 0.03],
  ])('of %i children and %i others is %d', (children, others, share) => {
    expect(childShareOf(children, others)).toBe(share);
  });
});

describe('the nights ahead', () => {
  it.each([
    // Noon: tonight's cut-off is 10 hours away (12:00 to 21:59), then a day for each night after.
    { today: '2025-12-01', hour: 12, count: 3, dates: ['2025-12-01', '2025-12-02', '2025-12-03'], hours: 58 },
    // 23:00: tonight's cut-off has passed; the first night is tomorrow's, 23 hours away.
    { today: '2025-12-31', hour: 23, count: 1, dates: ['2026-01-01'], hours: 23 },
    { today: '2025-12-01', hour: 22, count: 2, dates: ['2025-12-02', '2025-12-03'], hours: 48 },
  ])('from $hour:00 on $today, $count nights', ({ today, hour, count, dates, hours }) => {
    expect(nightsAhead(today, hour, count)).toEqual({ dates, hours });
  });

  // Five days of 10 an hour, from 08:00 to 17:00 (none after the cut-off), now 14:00 on the sixth.
  const history = (nowHour: number) => {
    const day = (date: string) => ({
      date,
      hours: Array.from({ length: 24 }, (_, h) => (h >= 8 && h <= 17 ? 10 : 0)),
    });
    const days = ['2025-11-26', '2025-11-27', '2025-11-28', '2025-11-29', '2025-11-30', '2025-12-01'].map(
      day,
    );
    return { days, nowHour };
  };

  it('gives each night the arrivals since the cut-off before it, the hour in progress in part', () => {
    const ahead = nightsAhead('2025-12-01', 14, 2);
    const forecast: ArrivalsForecast = forecastArrivals(history(14), ahead.hours);
    const [tonight, tomorrow] = arrivalsByNight(forecast, 0.5, ahead.dates);
    // Tonight: half of 14:00 and 15:00 to 17:00, about 35; tomorrow night: its day's 100.
    expect(tonight?.date).toBe('2025-12-01');
    expect(tonight?.arrivals.mean).toBeGreaterThan(25);
    expect(tonight?.arrivals.mean).toBeLessThan(45);
    expect(tomorrow?.arrivals.mean).toBeGreaterThan(75);
    expect(tomorrow?.arrivals.mean).toBeLessThan(125);
    for (const n of [tonight, tomorrow]) {
      expect(n?.arrivals.low).toBeLessThan(n?.arrivals.mean ?? 0);
      expect(n?.arrivals.high).toBeGreaterThan(n?.arrivals.mean ?? 0);
    }
    // A night's interval is narrower than the sum of its hours' (they share the day's level, but not
    // their ups and downs).
    const hoursHigh = forecast.hours.filter((h) => h.date === '2025-12-02').reduce((s, h) => s + h.high, 0);
    expect(tomorrow?.arrivals.high).toBeLessThan(hoursHigh);
  });

  it('gives a night nobody is forecast for no arrivals', () => {
    const none = forecastArrivals(
      { days: [{ date: '2025-12-01', hours: new Array(24).fill(0) }], nowHour: 3 },
      19,
    );
    expect(arrivalsByNight(none, 1, ['2025-12-01'])).toEqual([
      { date: '2025-12-01', arrivals: { mean: 0, low: 0, high: 0 } },
    ]);
  });
});
