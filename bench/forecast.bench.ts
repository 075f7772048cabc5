// The arrivals forecast (src/domain/forecast) against the forecasts a planner makes by hand, on
// arrivals made by a model of their own (not the one the forecast assumes): a surge that rises and
// falls at its own pace, day-to-day shocks, an hourly pattern of each crossing's own, counts more
// spread than Poisson, and days the road was blocked. Each scenario is forecast 24 hours ahead from
// several instants; what came is then compared with what was forecast.
import { writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { forecastArrivals } from '../src/domain/forecast';
import { createRandom, type Random } from '../src/domain/matching';

const ROOT = join(import.meta.dirname, '..');
const SCENARIOS = Number(process.env.BENCH_FORECAST_SCENARIOS ?? 300);
const DAYS = 21;
const HORIZON = 24;
const lines: string[] = [];
const note = (line: string) => {
  console.log(line);
  lines.push(line);
};

const normal = (r: Random) => Math.sqrt(-2 * Math.log(1 - r.next())) * Math.cos(2 * Math.PI * r.next());

// A gamma draw (Marsaglia and Tsang), for counts more spread than Poisson.
function gamma(r: Random, shape: number): number {
  if (shape < 1) return gamma(r, shape + 1) * r.next() ** (1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const x = normal(r);
    const v = (1 + c * x) ** 3;
    if (v > 0 && Math.log(1 - r.next()) < 0.5 * x * x + d - d * v + d * Math.log(v)) return d * v;
  }
}

function poisson(r: Random, mean: number): number {
  if (mean > 50) return Math.max(0, Math.round(mean + Math.sqrt(mean) * normal(r)));
  const limit = Math.exp(-mean);
  let k = 0;
  let p = r.next();
  while (p > limit) {
    k += 1;
    p *= r.next();
  }
  return k;
}

/** 21 days of hourly arrivals at one crossing. */
function scenario(seed: number): number[][] {
  const r = createRandom(seed);
  const peakDay = 5 + r.next() * 20; // the surge peaks some day, maybe after the window
  const width = 2 + r.next() * 6;
  const base = 50 + r.next() * 300;
  const surge = base * (1 + r.next() * 8);
  // Two peaks a day at hours of its own, a night floor.
  const peaks = [6 + r.int(5), 13 + r.int(6)];
  const profile = Array.from(
    { length: 24 },
    (_, h) => 0.05 + peaks.reduce((s, p) => s + Math.exp(-(((h - p) / (1.5 + r.next() * 2)) ** 2)), 0),
  );
  const total = profile.reduce((s, x) => s + x, 0);
  const dispersion = 5 + r.next() * 30; // gamma shape of the hourly rate: counts beyond Poisson
  return Array.from({ length: DAYS }, (_, d) => {
    const level =
      base + surge / (1 + Math.exp(-(d - peakDay) / width)) - (d > peakDay + 2 * width ? surge * 0.3 : 0);
    const shock = Math.exp(0.2 * normal(r));
    const blocked = r.chance(0.04) ? r.next() * 0.5 : 1; // a road blocked for part of the day
    return profile.map((w) => {
      const mean = (level * shock * blocked * w) / total;
      return poisson(r, (mean * gamma(r, dispersion)) / dispersion);
    });
  });
}

interface Score {
  absolute: number;
  inside: number;
  intervalScore: number;
  hours: number;
}
const empty = (): Score => ({ absolute: 0, inside: 0, intervalScore: 0, hours: 0 });

const paso = empty();
const yesterday = empty();
const weekMean = empty();
let actualSum = 0;
const started = performance.now();
for (let s = 1; s <= SCENARIOS; s += 1) {
  const days = scenario(10_000 + s);
  const r = createRandom(s);
  for (const originDay of [7, 10, 13, 16, 19]) {
    const nowHour = r.int(24);
    const seen = days.slice(0, originDay + 1).map((hours, i) => ({
      date: new Date(Date.UTC(2025, 10, 1 + i)).toISOString().slice(0, 10),
      hours: i === originDay ? hours.map((n, h) => (h < nowHour ? n : 0)) : hours,
    }));
    const forecast = forecastArrivals({ days: seen, nowHour }, HORIZON);
    forecast.hours.forEach((f, i) => {
      const at = originDay * 24 + nowHour + i;
      const came = days[Math.floor(at / 24)]?.[at % 24] ?? 0;
      const hour = at % 24;
      actualSum += came;
      paso.absolute += Math.abs(came - f.mean);
      paso.inside += came >= f.low && came <= f.high ? 1 : 0;
      // The interval score (Winkler's): its width, plus a penalty of 2/α for each arrival outside it.
      paso.intervalScore +=
        f.high -
        f.low +
        (came < f.low ? (f.low - came) / 0.1 : 0) +
        (came > f.high ? (came - f.high) / 0.1 : 0);
      paso.hours += 1;
      // The same hour the day before (the last complete day), and the mean of that hour over a week.
      const last = days[originDay - 1]?.[hour] ?? 0;
      yesterday.absolute += Math.abs(came - last);
      yesterday.hours += 1;
      const week = days.slice(originDay - 7, originDay).map((d) => d[hour] ?? 0);
      weekMean.absolute += Math.abs(came - week.reduce((a, b) => a + b, 0) / week.length);
      weekMean.hours += 1;
    });
  }
}
const seconds = (performance.now() - started) / 1000;

note('## Forecast');
note('');
note(
  `Made by \`node --import tsx bench/forecast.bench.ts\` (or \`npm run bench -- forecast\`), ${new Date().toISOString()}, ` +
    `${cpus().length} cores, Node ${process.version}.`,
);
note('');
note(
  `${SCENARIOS} crossings of ${DAYS} days each, made by bench/forecast.bench.ts's own model, not the one the forecast ` +
    'assumes: a surge that rises as a logistic curve and may ease after its peak, day-to-day shocks (±20 %), two daily ' +
    "peaks at hours of each crossing's own, hourly counts more spread than Poisson, and one day in 25 with the road " +
    'blocked for part of it. Each is forecast 24 hours ahead from a random hour of days 8, 11, 14, 17 and 20, with only ' +
    'the hours before it known. Baselines, as a planner would forecast by hand: the same hour the day before, and the ' +
    "mean of that hour over the last seven days. Mean absolute error is per hour; the interval score (Winkler's, " +
    "lower is better) adds to the 80 % interval's width 20 times each arrival outside it.",
);
note('');
note('| forecast | hours | mean absolute error | ratio to Paso | 80 % interval covered | interval score |');
note('| --- | --- | --- | --- | --- | --- |');
const mae = (s: Score) => s.absolute / s.hours;
for (const [name, s, interval] of [
  ['Paso (src/domain/forecast)', paso, true],
  ['same hour the day before (baseline)', yesterday, false],
  ['mean of that hour over 7 days (baseline)', weekMean, false],
] as const) {
  note(
    `| ${name} | ${s.hours.toLocaleString('en')} | ${mae(s).toFixed(2)} | ${(mae(s) / mae(paso)).toFixed(2)} | ` +
      `${interval ? `${((100 * s.inside) / s.hours).toFixed(1)} %` : '—'} | ${interval ? (s.intervalScore / s.hours).toFixed(1) : '—'} |`,
  );
}
note('');
note(
  `Mean arrivals an hour: ${(actualSum / paso.hours).toFixed(1)}. Forecasting all ${paso.hours.toLocaleString('en')} ` +
    `hours took ${seconds.toFixed(1)} s.`,
);
writeFileSync(join(ROOT, 'bench', 'results', 'forecast.md'), `${lines.join('\n')}\n`);
