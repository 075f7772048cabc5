// When a decree is in force: its days are counted in its own time zone, from the first local midnight
// of its first day to the first local midnight after its last day, so a crossing at 23:59 in Tacna on
// the last day is covered and one a minute later is not, whatever the UTC date says.
import { addDays, daysBetween, isCalendarDate, startOfLocalDay } from '../shared';
import type { Decree, DecreeSummary } from './types';
import { PERU_TIME_ZONE } from './zone';

/** Days from the first date to the second, both included (a 60-day decree: 60). */
export function daysInForce(startsOn: string, endsOn: string): number {
  return daysBetween(startsOn, endsOn) + 1;
}

/**
 * The longest term of a state of emergency where the register knows it: "El plazo del estado de
 * emergencia no excede de sesenta días. Su prórroga requiere nuevo decreto." (Constitución Política del
 * Perú, art. 137.1), for a decree counted in Peru's time zone. Each decree is held to it, a declaration
 * and each extension alike. Chile's states of exception have terms of their own by kind, which the
 * register does not record, so it says nothing of them. The register warns of a longer decree and still
 * records it: it keeps what was published, and the reader checks the days typed.
 */
const LONGEST_TERM_DAYS: Readonly<Record<string, number>> = { [PERU_TIME_ZONE]: 60 };

/** A decree's term when it is longer than its country's longest, with that longest; null when it is
 * within it, when no longest is known for its zone, or when its days do not read as a term (a date
 * that is not a calendar day, an end before the start). */
export function termPastLongest(
  d: Pick<Decree, 'startsOn' | 'endsOn' | 'timeZone'>,
): { readonly days: number; readonly longest: number } | null {
  const longest = LONGEST_TERM_DAYS[d.timeZone];
  if (longest === undefined || !isCalendarDate(d.startsOn) || !isCalendarDate(d.endsOn)) return null;
  if (d.endsOn < d.startsOn) return null;
  const days = daysInForce(d.startsOn, d.endsOn);
  return days > longest ? { days, longest } : null;
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
