// The spread of a count around its forecast: a Poisson count whose rate is itself uncertain (a gamma
// with the given coefficient of variation) is negative binomial. Quantiles are read off its
// distribution function, summed in log space so that large means do not underflow.

/** The counts below which `levels` of the distribution lie, for a mean and a relative uncertainty. */
export function countQuantiles(mean: number, cv: number, levels: readonly number[]): number[] {
  if (mean <= 0) return levels.map(() => 0);
  // size r: the variance is mean + mean² / r; a certain rate (cv 0) is Poisson, r very large.
  const r = Math.min(1 / Math.max(cv * cv, 1e-9), 1e9);
  const logP = Math.log(r / (r + mean));
  const logQ = Math.log(mean / (r + mean));
  const sd = Math.sqrt(mean + (mean * mean) / r);
  const last = Math.ceil(mean + 40 * sd + 10);
  const wanted = levels.map((level, i) => ({ level, i })).sort((a, b) => a.level - b.level);
  const out = levels.map(() => last);
  let logPmf = r * logP;
  let cdf = 0;
  let next = 0;
  for (let k = 0; k <= last && next < wanted.length; k += 1) {
    cdf += Math.exp(logPmf);
    while (next < wanted.length && cdf >= (wanted[next]?.level ?? 1) - 1e-12) {
      out[wanted[next]?.i ?? 0] = k;
      next += 1;
    }
    logPmf += Math.log((k + r) / (k + 1)) + logQ;
  }
  return out;
}

/** The relative uncertainty of a sum whose parts share one uncertain level and vary apart otherwise. */
export function sumCv(means: readonly number[], levelCv: number, ownCvs: readonly number[]): number {
  const total = means.reduce((s, m) => s + m, 0);
  if (total <= 0) return 0;
  // Beyond the Poisson part (the quantile function adds it): the shared level moves every hour
  // together, each hour's own share apart.
  const own = means.reduce((s, m, i) => s + (m * (ownCvs[i] ?? 0)) ** 2, 0);
  return Math.sqrt((total * levelCv) ** 2 + own) / total;
}
