// How many booths keep the wait under a target: the Erlang C model of a queue (M/M/c), the standard
// one for staffing call centres and counters. Arrivals at random (Poisson) at a steady rate within the
// hour, service times exponential around their mean, one line served by every open booth.

export interface Staffing {
  /** Booths open. */
  readonly booths: number;
  /** The mean wait in line, in minutes, with that many booths. */
  readonly meanWaitMinutes: number;
  /** The share of people who wait no longer than the target. */
  readonly withinTarget: number;
}

/** The probability that an arrival must wait (Erlang C), for `booths` servers and `load` erlangs. */
export function waitProbability(booths: number, load: number): number {
  if (load <= 0) return 0;
  if (booths <= load) return 1;
  // Erlang B by its stable recursion, then C from B.
  let b = 1;
  for (let k = 1; k <= booths; k += 1) b = (load * b) / (k + load * b);
  return (booths * b) / (booths - load * (1 - b));
}

/** The wait with `booths` open: its mean and the share served within `targetMinutes`. */
export function staffingWith(
  booths: number,
  arrivalsPerHour: number,
  serviceMinutes: number,
  targetMinutes: number,
): Staffing {
  const rate = arrivalsPerHour / 60; // people a minute
  const load = rate * serviceMinutes; // erlangs: booths kept busy on average
  if (rate <= 0) return { booths, meanWaitMinutes: 0, withinTarget: 1 };
  if (booths <= load) return { booths, meanWaitMinutes: Number.POSITIVE_INFINITY, withinTarget: 0 };
  const c = waitProbability(booths, load);
  const drain = booths / serviceMinutes - rate; // how fast the line shortens, a minute
  return {
    booths,
    meanWaitMinutes: c / drain,
    withinTarget: 1 - c * Math.exp(-drain * targetMinutes),
  };
}

/**
 * The fewest booths with which at least `share` of people wait no longer than `targetMinutes`;
 * null when more than `maxBooths` would be needed. No arrivals need no booth.
 */
export function boothsNeeded(
  arrivalsPerHour: number,
  serviceMinutes: number,
  targetMinutes: number,
  share: number,
  maxBooths = 500,
): Staffing | null {
  if (arrivalsPerHour <= 0) return { booths: 0, meanWaitMinutes: 0, withinTarget: 1 };
  const load = (arrivalsPerHour / 60) * serviceMinutes;
  for (let booths = Math.max(1, Math.floor(load) + 1); booths <= maxBooths; booths += 1) {
    const s = staffingWith(booths, arrivalsPerHour, serviceMinutes, targetMinutes);
    if (s.withinTarget >= share) return s;
  }
  return null;
}
