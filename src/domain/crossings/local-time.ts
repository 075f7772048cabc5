// The checkpoint's calendar: the local date and hour of an instant in an IANA time zone (counting
// rule 4). With Chile's change of summer time an hour can occur twice (both count in it) or not at all.
import { wallClock } from '../shared';

export interface LocalHour {
  /** YYYY-MM-DD */
  readonly date: string;
  /** 0–23 */
  readonly hour: number;
}

// Every time zone's offset is a whole number of quarter hours and changes only on a quarter hour, so
// all instants of one UTC quarter hour share a local date and hour: remember them per zone.
const QUARTER_MS = 15 * 60_000;
const remembered = new Map<string, Map<number, LocalHour>>();
const MAX_REMEMBERED = 100_000;

export function localHour(instant: string | Date, timeZone: string): LocalHour {
  const ms = typeof instant === 'string' ? Date.parse(instant) : instant.getTime();
  if (Number.isNaN(ms)) return computeLocalHour(new Date(Number.NaN), timeZone);
  const quarter = Math.floor(ms / QUARTER_MS);
  let byQuarter = remembered.get(timeZone);
  if (byQuarter === undefined) {
    byQuarter = new Map();
    remembered.set(timeZone, byQuarter);
  }
  let found = byQuarter.get(quarter);
  if (found === undefined) {
    found = computeLocalHour(new Date(quarter * QUARTER_MS), timeZone);
    if (byQuarter.size >= MAX_REMEMBERED) byQuarter.clear();
    byQuarter.set(quarter, found);
  }
  return found;
}

/**
 * Today at several checkpoints together: the earliest of their local dates, the day not yet over at
 * every one of them (UTC's date when there are none).
 */
export function todayAt(timeZones: readonly string[], now: Date): string {
  const dates = timeZones.map((zone) => localHour(now, zone).date).sort();
  return dates[0] ?? localHour(now, 'UTC').date;
}

/**
 * The latest local date of several checkpoints: the last day begun at one of them (UTC's date when
 * there are none). A date after it has not begun anywhere, so nothing can have been counted on it.
 */
export function latestDayAt(timeZones: readonly string[], now: Date): string {
  const dates = timeZones.map((zone) => localHour(now, zone).date).sort();
  return dates.at(-1) ?? localHour(now, 'UTC').date;
}

function computeLocalHour(instant: Date, timeZone: string): LocalHour {
  const wall = new Date(wallClock(instant.getTime(), timeZone));
  return { date: wall.toISOString().slice(0, 10), hour: wall.getUTCHours() };
}
