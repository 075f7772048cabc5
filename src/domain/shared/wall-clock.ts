// The wall clock of an IANA time zone: what a clock there reads at an instant, and back. Crossings
// count hours, decrees days and shelters nights in their own zone, whatever the UTC date says.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (f === undefined) {
    f = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** Whether the runtime knows a time zone by this name. */
export function isTimeZone(name: string): boolean {
  try {
    formatterFor(name);
    return true;
  } catch {
    return false;
  }
}

/** The wall-clock time at an instant (ms since the epoch), read as if it were UTC: its UTC date and
 * hour are the zone's local ones, and its distance from the instant is the zone's offset. */
export function wallClock(ms: number, timeZone: string): number {
  const p: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(new Date(ms))) {
    if (part.type !== 'literal') p[part.type] = Number(part.value);
  }
  // Some engines write midnight as hour 24 of the day it starts, even with h23.
  return Date.UTC(
    p.year ?? 0,
    (p.month ?? 1) - 1,
    p.day ?? 1,
    (p.hour ?? 0) % 24,
    p.minute ?? 0,
    p.second ?? 0,
  );
}

/** The instant at which the zone's clocks read `wall` (a wall-clock time read as UTC, as `wallClock`
 * gives it). A time the clocks skip or read twice gives an instant near it. */
export function instantAt(wall: number, timeZone: string): number {
  // Twice: the first guess may sit on the other side of a change of summer time.
  const guess = wall - (wallClock(wall, timeZone) - wall);
  return guess - (wallClock(guess, timeZone) - wall);
}

const DAY_MS = 24 * 3_600_000;

/**
 * Every instant at which the zone's clocks read `wall` (a wall-clock time read as UTC), earlier
 * first: one as a rule, two in the hour the clocks turn back (Chile's summer time ends at midnight
 * in April, so 23:00–23:59 that Saturday occurs twice), none in the hour they skip (00:00–00:59 on
 * the first Sunday of September). Offsets change at most once in a day, so the offsets a day before
 * and a day after are all the candidates there are.
 */
export function instantsAt(wall: number, timeZone: string): readonly number[] {
  const found = new Set<number>();
  for (const probe of [wall - DAY_MS, wall, wall + DAY_MS]) {
    const candidate = wall - (wallClock(probe, timeZone) - probe);
    if (wallClock(candidate, timeZone) === wall) found.add(candidate);
  }
  return [...found].sort((a, b) => a - b);
}

/** The local date (YYYY-MM-DD) of an instant in a zone. */
export function localDate(ms: number, timeZone: string): string {
  return new Date(wallClock(ms, timeZone)).toISOString().slice(0, 10);
}

/**
 * The first instant of a local day. Where summer time starts at midnight (America/Santiago in
 * September) the day begins at 01:00, and that is its first instant.
 */
export function startOfLocalDay(date: string, timeZone: string): number {
  let t = instantAt(Date.parse(`${date}T00:00:00Z`), timeZone);
  // A midnight the clocks skipped: step back to the last instant of the day before, then forward.
  while (localDate(t - 60_000, timeZone) >= date) t -= 60_000 * 15;
  while (localDate(t, timeZone) < date) t += 60_000;
  return t;
}
