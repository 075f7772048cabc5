// Arrivals forecast for the hours ahead, with intervals, from the hourly counts of the days before.
//
// The model, chosen to be explainable to a commander and honest about how little a few days of an
// emergency tell:
// - A day's level (its total) follows a damped trend (Holt's exponential smoothing with a damped
//   trend) fitted on the complete days, from the first day with any arrival: a surge raises it, and
//   the trend fades instead of running on for ever.
// - Today's hours already over update today's level (a gamma prior from the trend, Poisson counts):
//   a surge that starts this morning shows this afternoon.
// - The day's total is spread over its hours by the share each hour had over the last week.
// - Each hour's count is Poisson around its mean, with the level uncertain by what the one-day-ahead
//   errors of the complete days were (wider each day further ahead), the hour's share uncertain by how
//   few arrivals it rests on, and the hour's own count as many times more variable than Poisson as the
//   week's hours were (people come in groups): a negative binomial of that mean and variance, whose
//   quantiles are the interval.
import { addDays } from '../shared';
import { countQuantiles, sumCv } from './counts';

export interface DayCounts {
  /** Local date, YYYY-MM-DD. */
  readonly date: string;
  /** Arrivals in each local hour, 0 to 23. */
  readonly hours: readonly number[];
}

export interface ArrivalsHistory {
  /** Consecutive local dates, oldest first, the last one today; a day without arrivals holds zeros. */
  readonly days: readonly DayCounts[];
  /** Today's hour in progress: the hours before it are over, it and those after are forecast. */
  readonly nowHour: number;
}

export interface Interval {
  readonly mean: number;
  readonly low: number;
  readonly high: number;
}

export interface HourForecast extends Interval {
  readonly date: string;
  readonly hour: number;
}

export interface ArrivalsForecast {
  /** Complete days the forecast rests on (0: no arrivals yet, nothing to forecast from). */
  readonly basisDays: number;
  /** The level's relative uncertainty one day ahead, as measured on those days. */
  readonly dayError: number;
  /** False when too few days could be compared to measure it: `dayError` is then assumed. */
  readonly dayErrorMeasured: boolean;
  /** The interval's probability, e.g. 0.8: each hour's count falls inside it that often. */
  readonly level: number;
  readonly hours: readonly HourForecast[];
  readonly total: Interval;
  /** Each hour's relative uncertainties, beside `hours`: for the interval of some of them (`intervalOver`). */
  readonly spread: readonly HourSpread[];
}

export interface HourSpread {
  /** The day's level, shared by every hour of the day and of the days before it. */
  readonly levelCv: number;
  /** The hour's own: its share of the day, and people coming in groups. */
  readonly ownCv: number;
}

const HOURS = 24;
const PROFILE_DAYS = 7;
// The smallest relative error one day ahead that the forecast admits, and the one it takes with too
// few days to measure any: a week of an emergency does not show how the next one goes.
const MIN_DAY_ERROR = 0.1;
const UNKNOWN_DAY_ERROR = 0.5;
const DAMPING = 0.8;
const ALPHAS = [0.2, 0.4, 0.6, 0.8, 1];
const BETAS = [0, 0.1, 0.3];

const sum = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0);

interface Smoothing {
  readonly level: number;
  readonly trend: number;
  /** One-day-ahead forecasts of each day after the first, beside what came. */
  readonly fitted: readonly (readonly [number, number])[];
}

function smooth(totals: readonly number[], alpha: number, beta: number): Smoothing {
  let level = totals[0] ?? 0;
  let trend = 0;
  const fitted: [number, number][] = [];
  for (const y of totals.slice(1)) {
    const forecast = Math.max(0, level + DAMPING * trend);
    fitted.push([forecast, y]);
    const previous = level;
    level = alpha * y + (1 - alpha) * (level + DAMPING * trend);
    trend = beta * (level - previous) + (1 - beta) * DAMPING * trend;
  }
  return { level, trend, fitted };
}

const squaredError = (s: Smoothing) => sum(s.fitted.map(([f, y]) => (y - f) ** 2));

const MEASURED_FROM = 3;
const usableOf = (fitted: Smoothing['fitted']) => fitted.filter(([f]) => f >= 1);

/** The level's relative error one day ahead beyond the Poisson count's own, from the fitted days. */
function dayErrorOf(fitted: Smoothing['fitted']): number {
  const usable = usableOf(fitted);
  if (usable.length < MEASURED_FROM) return UNKNOWN_DAY_ERROR;
  const excess = sum(usable.map(([f, y]) => ((y - f) / f) ** 2 - 1 / f)) / usable.length;
  return Math.max(MIN_DAY_ERROR, Math.sqrt(Math.max(0, excess)));
}

/**
 * How many times more an hour's count varies than a Poisson count would, around the day's level: people
 * come in groups (families, a bus), and a count of groups of g people varies about g times more. The
 * dispersion of the week's hours (Pearson's), at least 1.
 */
function dispersionOf(days: readonly DayCounts[], shares: readonly number[]): number {
  let squares = 0;
  let expectedSum = 0;
  for (const d of days.slice(-PROFILE_DAYS)) {
    const total = sum(d.hours);
    d.hours.forEach((came, h) => {
      const expected = total * (shares[h] ?? 0);
      squares += (came - expected) ** 2;
      expectedSum += expected;
    });
  }
  return expectedSum > 0 ? Math.max(1, squares / expectedSum) : 1;
}

/** Each hour's share of a day, from the last week's complete days, with one arrival spread evenly. */
function hourShares(days: readonly DayCounts[]): number[] {
  const recent = days.slice(-PROFILE_DAYS);
  const byHour = Array.from({ length: HOURS }, (_, h) => sum(recent.map((d) => d.hours[h] ?? 0)));
  const all = sum(byHour);
  return byHour.map((n) => (n + 1 / HOURS) / (all + 1));
}

/** The next `horizonHours` hours from today's hour in progress, each with a `level` interval. */
export function forecastArrivals(
  history: ArrivalsHistory,
  horizonHours: number,
  level = 0.8,
): ArrivalsForecast {
  const today = history.days.at(-1);
  const first = history.days.findIndex((d) => sum(d.hours) > 0);
  const complete = first < 0 ? [] : history.days.slice(first, -1);
  const empty = { mean: 0, low: 0, high: 0 };
  if (today === undefined || complete.length === 0) {
    return {
      basisDays: 0,
      dayError: UNKNOWN_DAY_ERROR,
      dayErrorMeasured: false,
      level,
      hours: [],
      total: empty,
      spread: [],
    };
  }
  const totals = complete.map((d) => sum(d.hours));
  let best = smooth(totals, ALPHAS[0] ?? 0.5, BETAS[0] ?? 0);
  for (const alpha of ALPHAS)
    for (const beta of BETAS) {
      const s = smooth(totals, alpha, beta);
      if (squaredError(s) < squaredError(best)) best = s;
    }
  const dayError = dayErrorOf(best.fitted);
  const shares = hourShares(complete);
  const dispersion = dispersionOf(complete, shares);

  // Today: the trend's forecast, then what the hours already over say (gamma prior, Poisson counts).
  const prior = Math.max(1, best.level + DAMPING * best.trend);
  const shape = 1 / dayError ** 2;
  const elapsedShare = sum(shares.slice(0, history.nowHour));
  const seen = sum(today.hours.slice(0, history.nowHour));
  const todayLevel = (shape + seen) / (shape / prior + elapsedShare);
  const todayError = 1 / Math.sqrt(shape + seen);

  const hours: HourForecast[] = [];
  const means: number[] = [];
  const ownCvs: number[] = [];
  const spread: HourSpread[] = [];
  const lo = (1 - level) / 2;
  let date = today.date;
  let hour = history.nowHour;
  let ahead = 0; // days after today
  let trendSum = 0;
  for (let i = 0; i < horizonHours; i += 1) {
    const share = shares[hour] ?? 1 / HOURS;
    const dayLevel = Math.max(0, todayLevel + best.trend * trendSum);
    const mean = dayLevel * share;
    // The hour's share rests on the arrivals of that hour over the week: few arrivals, a loose share.
    const shareCv = 1 / Math.sqrt(1 + sum(complete.slice(-PROFILE_DAYS).map((d) => d.hours[hour] ?? 0)));
    const levelCv = Math.sqrt(todayError ** 2 + ahead * dayError ** 2);
    // Its variance beyond Poisson, (dispersion − 1) × mean, as a relative error.
    const groupCv = mean > 0 ? Math.sqrt((dispersion - 1) / mean) : 0;
    const ownCv = Math.hypot(shareCv, groupCv);
    const [low = 0, high = 0] = countQuantiles(mean, Math.hypot(levelCv, ownCv), [lo, 1 - lo]);
    hours.push({ date, hour, mean, low, high });
    means.push(mean);
    ownCvs.push(ownCv);
    spread.push({ levelCv, ownCv });
    hour += 1;
    if (hour === HOURS) {
      hour = 0;
      date = addDays(date, 1);
      ahead += 1;
      trendSum += DAMPING ** (ahead + 1);
    }
  }
  // The total: the hours move together with the level (the furthest day's uncertainty, an upper bound).
  const totalMean = sum(means);
  const totalCv = sumCv(means, Math.sqrt(todayError ** 2 + ahead * dayError ** 2), ownCvs);
  const [low = 0, high = 0] = countQuantiles(totalMean, totalCv, [lo, 1 - lo]);
  return {
    basisDays: complete.length,
    dayError,
    dayErrorMeasured: usableOf(best.fitted).length >= MEASURED_FROM,
    level,
    hours,
    total: { mean: totalMean, low, high },
    spread,
  };
}

/**
 * The interval of the arrivals over some of the forecast's hours, each counted for the part of it
 * given (1: all of it, 0.5: its second half; left out: none). The hours move together with the level,
 * so the interval is not the sum of theirs: the level's uncertainty is the furthest hour's.
 */
export function intervalOver(forecast: ArrivalsForecast, parts: readonly number[]): Interval {
  const means = forecast.hours.map((h, i) => h.mean * Math.max(0, parts[i] ?? 0));
  const mean = sum(means);
  if (mean <= 0) return { mean: 0, low: 0, high: 0 };
  const levelCv = Math.max(0, ...forecast.spread.map((s, i) => ((means[i] ?? 0) > 0 ? s.levelCv : 0)));
  const cv = sumCv(
    means,
    levelCv,
    forecast.spread.map((s) => s.ownCv),
  );
  const lo = (1 - forecast.level) / 2;
  const [low = 0, high = 0] = countQuantiles(mean, cv, [lo, 1 - lo]);
  return { mean, low, high };
}
