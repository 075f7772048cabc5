// The shelter beds a surge needs, night by night. The people staying at the checkpoint's shelters now
// stay on, fewer each morning as some go on their way; to them each night adds a share of the people
// who arrived since the night before, who stay some nights on average. The shares and the stay are
// assumptions the planner states (the defaults are a starting point, not a measurement); the
// arrivals are the forecast's, with its interval (docs/forecast.md, "Shelter beds").
import { NIGHT_CUTOFF_HOUR } from '../care';
import { addDays } from '../shared';
import { type ArrivalsForecast, type Interval, intervalOver } from './arrivals';

export interface BedAssumptions {
  /** The share of adults (and of people of unknown age) arriving who stay the night, 0 to 1. */
  readonly shareStaying: number;
  /** The share of children (under 18) arriving who stay the night, with their families, 0 to 1. */
  readonly shareStayingChildren: number;
  /** How many nights someone who stays stays, on average: at least the first. */
  readonly stayNights: number;
}

export const DEFAULT_BED_ASSUMPTIONS: BedAssumptions = {
  shareStaying: 0.1,
  shareStayingChildren: 0.3,
  stayNights: 2,
};

/** The arrivals of a night: those since the cut-off of the night before, up to its own. */
export interface NightArrivals {
  /** The night's local date. */
  readonly date: string;
  readonly arrivals: Interval;
}

export interface BedsAsk {
  /** The nights ahead, in order, the first one tonight (tomorrow night once tonight's cut-off has passed). */
  readonly nights: readonly NightArrivals[];
  /** People staying at the shelters now. */
  readonly occupiedNow: number;
  /** The shelters' beds, all kinds together. */
  readonly capacity: number;
  /** The share of the arrivals who are children, 0 to 1 (`childShareOf`). */
  readonly childShare: number;
  readonly assumptions: BedAssumptions;
}

export interface BedNight extends NightArrivals {
  /** Of the people staying now, those expected still there this night. */
  readonly stayingOn: number;
  /** Beds needed: with the interval's lower end of the arrivals, the expected, its upper end. */
  readonly low: number;
  readonly expected: number;
  readonly high: number;
  /** Beds missing: needed beyond the capacity, expected and with the upper end; 0 when they suffice. */
  readonly short: number;
  readonly shortHigh: number;
}

/**
 * The share of the arrivals who are children, from the days before. A figure of 1 to 4 children (or of
 * 1 to 4 others) is not worked into it: humanitarian partners see such figures only as "<5", and the
 * share, times arrivals they can read, would give them back. Rounded to a whole percent for the same
 * reason.
 */
export function childShareOf(children: number, others: number): number {
  const small = (n: number) => n > 0 && n < 5;
  const kids = small(children) ? 0 : Math.max(0, children);
  const rest = small(others) ? 0 : Math.max(0, others);
  if (kids + rest === 0) return 0;
  return Math.round((100 * kids) / (kids + rest)) / 100;
}

/**
 * Beds needed each night. Someone who stays leaves on a given morning with probability 1 / stayNights
 * (so that stays average stayNights nights, and the same for the people staying now): night i keeps
 * (1 − 1 / stayNights)^i of them. The interval takes every night's arrivals at the same end of theirs:
 * the days move together with the level, so that is nearly what happens, and a little wider.
 */
export function bedsNeeded(ask: BedsAsk): BedNight[] {
  const { shareStaying, shareStayingChildren, stayNights } = ask.assumptions;
  const child = clamp01(ask.childShare);
  const share = (1 - child) * clamp01(shareStaying) + child * clamp01(shareStayingChildren);
  const keep = 1 - 1 / Math.max(1, stayNights);
  const capacity = Math.max(0, ask.capacity);
  let carried = { low: 0, mean: 0, high: 0 };
  let stayingOn = Math.max(0, ask.occupiedNow);
  return ask.nights.map((night, i) => {
    if (i > 0) stayingOn *= keep;
    const a = ordered(night.arrivals);
    carried = {
      low: carried.low * keep + a.low * share,
      mean: carried.mean * keep + a.mean * share,
      high: carried.high * keep + a.high * share,
    };
    const low = Math.floor(stayingOn + carried.low + 1e-9);
    const expected = Math.round(stayingOn + carried.mean);
    const high = Math.ceil(stayingOn + carried.high - 1e-9);
    return {
      date: night.date,
      arrivals: night.arrivals,
      stayingOn,
      low,
      expected,
      high,
      short: Math.max(0, expected - capacity),
      shortHigh: Math.max(0, high - capacity),
    };
  });
}

const clamp01 = (x: number) => Math.min(1, Math.max(0, x));

/** An interval with its ends on either side of its mean, none below 0. */
function ordered(i: Interval): Interval {
  const mean = Math.max(0, i.mean);
  return { mean, low: Math.min(Math.max(0, i.low), mean), high: Math.max(i.high, mean) };
}

/**
 * The `count` nights ahead of the hour in progress (tonight's first, unless its cut-off has passed),
 * and the hours the forecast must cover, from the hour in progress, to reach the last one's cut-off.
 */
export function nightsAhead(
  today: string,
  nowHour: number,
  count: number,
  cutoffHour = NIGHT_CUTOFF_HOUR,
): { readonly dates: readonly string[]; readonly hours: number } {
  const first = nowHour < cutoffHour ? 0 : 1;
  return {
    dates: Array.from({ length: count }, (_, i) => addDays(today, first + i)),
    hours: cutoffHour - nowHour + 24 * (first + count - 1),
  };
}

/**
 * The forecast's arrivals on each of the nights: an hour before the cut-off belongs to that day's
 * night, an hour from it on to the next day's. `firstHourPart` is the part of the hour in progress
 * still to come. A night the forecast does not reach (none: nothing to forecast from) has none.
 */
export function arrivalsByNight(
  forecast: ArrivalsForecast,
  firstHourPart: number,
  dates: readonly string[],
  cutoffHour = NIGHT_CUTOFF_HOUR,
): NightArrivals[] {
  const nightOf = forecast.hours.map((h) => (h.hour < cutoffHour ? h.date : addDays(h.date, 1)));
  return dates.map((date) => ({
    date,
    arrivals: intervalOver(
      forecast,
      nightOf.map((d, i) => (d !== date ? 0 : i === 0 ? firstHourPart : 1)),
    ),
  }));
}
