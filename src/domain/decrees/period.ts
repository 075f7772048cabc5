// When a decree is in force: its days are counted in its own time zone, from the first local midnight
// of its first day to the first local midnight after its last day, so a crossing at 23:59 in Tacna on
// the last day is covered and one a minute later is not, whatever the UTC date says.
import { addDays, daysBetween, isCalendarDate, startOfLocalDay } from '../shared';
import { type EmergencyCountry, emergencyRuleOf } from './constitution';
import type { Decree, DecreeSummary } from './types';

/** Days from the first date to the second, both included (a 60-day decree: 60). */
export function daysInForce(startsOn: string, endsOn: string): number {
  return daysBetween(startsOn, endsOn) + 1;
}

/**
 * What a person must judge of a decree's term by its country's rule (constitution.ts), said and never
 * refused: the register keeps what was published, and the reader checks the days typed (a year or a
 * month mistyped is the likelier fault). A decree past its country's longest term (Peru's sixty days,
 * art. 137.1, for every decree of a chain; Chile's fifteen, art. 42, for the declaration and the
 * President's one extension); an extension that needs the agreement of Chile's Congreso Nacional (the
 * second and later, art. 42), whose term is what Congress agreed. Nothing for a zone whose country's
 * rule the register does not know.
 */
export type TermNotice =
  | {
      readonly code: 'term.past-longest';
      readonly country: EmergencyCountry;
      readonly days: number;
      readonly longest: number;
    }
  | { readonly code: 'term.needs-congress'; readonly country: EmergencyCountry; readonly extension: number };

/**
 * The notices of a decree's term; `extension` is its place in its chain of extensions: 0 for a
 * declaration, 1 for its first extension, and so on. Days that do not read as a term (a date that is
 * not a calendar day, an end before the start) are not counted.
 */
export function termNotices(
  d: Pick<Decree, 'startsOn' | 'endsOn' | 'timeZone'>,
  extension: number,
): TermNotice[] {
  const rule = emergencyRuleOf(d.timeZone);
  if (rule === null) return [];
  const { country, extensionsAlone, longestTermDays: longest } = rule;
  if (extensionsAlone !== null && extension > extensionsAlone)
    return [{ code: 'term.needs-congress', country, extension }];
  if (!isCalendarDate(d.startsOn) || !isCalendarDate(d.endsOn) || d.endsOn < d.startsOn) return [];
  const days = daysInForce(d.startsOn, d.endsOn);
  return days > longest ? [{ code: 'term.past-longest', country, days, longest }] : [];
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
