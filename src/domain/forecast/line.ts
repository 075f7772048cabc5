// The line carried from one hour to the next. Erlang C (queue.ts) answers for an hour on its own, at a
// steady rate, with no one waiting when it begins; in a surge the line outlasts the hour, and what
// the booths could not serve is still there in the next. This follows the line hour by hour as a
// fluid: people served at the booths' pace, the line growing while more come than the booths can
// take and shrinking while fewer do. It is the standard first approximation of a queue under a load
// that changes (a "fluid" or "deterministic" queue): it ignores the random ups and downs within an
// hour, which Erlang C answers for, and keeps the backlog, which Erlang C cannot.

/** A stretch of time ahead: the people expected to join the line in it, over its minutes. */
export interface LineStretch {
  readonly arrivals: number;
  readonly minutes: number;
}

export interface LineAsk {
  /** People waiting when the first stretch begins. */
  readonly waitingNow: number;
  readonly stretches: readonly LineStretch[];
  /** How long a booth takes for one person, on average, in minutes. */
  readonly serviceMinutes: number;
}

export interface LineStep {
  /** People still waiting when the stretch ends. */
  readonly waitingAtEnd: number;
  /** How long someone joining the line then waits for a booth, in minutes; null with no booth open. */
  readonly waitAtEndMinutes: number | null;
}

export interface LineCourse {
  readonly steps: readonly LineStep[];
  /**
   * Minutes from now until the line waiting now is gone (0 when nobody waits); null when it is not
   * gone within the stretches.
   */
  readonly clearsAfterMinutes: number | null;
}

/** The pace of `booths` booths, in people a minute. */
const pace = (booths: number, serviceMinutes: number): number => booths / serviceMinutes;

/** The line with `booths` booths open throughout. */
export function lineWith(ask: LineAsk, booths: number): LineCourse {
  const served = pace(booths, ask.serviceMinutes);
  let waiting = Math.max(0, ask.waitingNow);
  let elapsed = 0;
  let clearsAfterMinutes: number | null = waiting === 0 ? 0 : null;
  const steps: LineStep[] = [];
  for (const { arrivals, minutes } of ask.stretches) {
    const drain = served - (minutes > 0 ? arrivals / minutes : 0); // a minute; negative while it grows
    if (clearsAfterMinutes === null && drain > 0 && waiting <= drain * minutes)
      clearsAfterMinutes = elapsed + waiting / drain;
    waiting = Math.max(0, waiting - drain * minutes);
    elapsed += minutes;
    steps.push({ waitingAtEnd: waiting, waitAtEndMinutes: waitFor(waiting, served) });
  }
  return { steps, clearsAfterMinutes };
}

function waitFor(waiting: number, served: number): number | null {
  if (waiting <= 0) return 0;
  return served > 0 ? waiting / served : null;
}

/**
 * The booths each stretch needs so that whoever joins the line at its end waits no longer than
 * `targetMinutes`, the line carried in included, and never fewer than `atLeast` gives for the
 * stretch (the booths its arrivals need on their own). null for a stretch that would need more than
 * `maxBooths`; the line is then carried on as `maxBooths` would leave it.
 */
export function boothsForLine(
  ask: LineAsk,
  targetMinutes: number,
  atLeast: (stretch: LineStretch, index: number) => number | null,
  maxBooths = 500,
): (number | null)[] {
  let waiting = Math.max(0, ask.waitingNow);
  return ask.stretches.map((stretch, index) => {
    // Left at the end: waiting + arrivals − booths × minutes / service, which must be at most what
    // the booths serve in the target: booths × target / service.
    const forLine = Math.ceil(
      ((waiting + stretch.arrivals) * ask.serviceMinutes) / (stretch.minutes + targetMinutes) - 1e-9,
    );
    const own = atLeast(stretch, index);
    const needed = own === null ? null : Math.max(own, forLine, 0);
    const open = needed === null || needed > maxBooths ? maxBooths : needed;
    waiting = Math.max(0, waiting + stretch.arrivals - pace(open, ask.serviceMinutes) * stretch.minutes);
    return needed === null || needed > maxBooths ? null : needed;
  });
}
