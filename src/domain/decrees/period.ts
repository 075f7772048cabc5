// When a decree is in force: its days are counted in its own time zone, from the first local midnight
// of its first day to the first local midnight after its last day, so a crossing at 23:59 in Tacna on
// the last day is covered and one a minute later is not, whatever the UTC date says.
import { addDays, daysBetween, startOfLocalDay } from '../shared';
import type { Decree, DecreeSummary } from './types';

/** Days from the first date to the second, both included (a 60-day decree: 60). */
export function daysInForce(startsOn: string, endsOn: string): number {
  return daysBetween(startsOn, endsOn) + 1;
}

/** The instants a decree covers: from inclusive, to exclusive, in UTC milliseconds. */
export function periodOf(decree: Pick<Decree, 'startsOn' | 'endsOn' | 'timeZone'>): Period {
  const key = `${decree.startsOn}|${decree.endsOn}|${decree.timeZone}`;
  let period = periods.get(key);
  if (period === undefined) {
    period = {
      from: startOfLocalDay(decree.startsOn, decree.timeZone),
      to: startOfLocalDay(addDays(decree.endsOn, 1), decree.timeZone),
    };
    // Every crossing asks for the period of each decree in the register: worked out once per decree's
    // dates (a dozen calls to the zone's clock each), not once per crossing.
    if (periods.size >= MAX_PERIODS) periods.clear();
    periods.set(key, period);
  }
  return period;
}

type Period = { readonly from: number; readonly to: number };
const periods = new Map<string, Period>();
const MAX_PERIODS = 10_000;

export function isInForce(decree: Decree, at: number): boolean {
  const { from, to } = periodOf(decree);
  return from <= at && at < to;
}

/**
 * The decree in force at a checkpoint at an instant: among the decrees naming the checkpoint whose
 * period holds the instant, the one that started last (an extension over its own decree), then the one
 * issued last, then by id. Null when none is.
 */
export function decreeInForce(
  register: readonly Decree[],
  checkpointCode: string,
  at: number,
): Decree | null {
  let best: Decree | null = null;
  for (const d of register) {
    if (!d.checkpoints.includes(checkpointCode) || !isInForce(d, at)) continue;
    if (best === null || rankOf(d) > rankOf(best)) best = d;
  }
  return best;
}

const rankOf = (d: Decree): string => `${d.startsOn}|${d.issuedOn}|${d.id}`;

export function summaryOf(d: Decree): DecreeSummary {
  return {
    id: d.id,
    number: d.number,
    title: d.title,
    startsOn: d.startsOn,
    endsOn: d.endsOn,
    timeZone: d.timeZone,
    extends: d.extends,
  };
}
