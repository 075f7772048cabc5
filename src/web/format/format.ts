// Numbers, dates and times for the screen, with Intl. Times travel in UTC and are shown in the zone
// that matters to the reader: the checkpoint's own for a checkpoint, else the browser's. Always on
// a 24-hour clock: shift logs and radio traffic use it, and it leaves no a.m./p.m. to misread.
import { localHour } from '../../domain/crossings';
import { addDays } from '../../domain/shared';

export function formatNumber(value: number, locale: string): string {
  return new Intl.NumberFormat(locale).format(value);
}

/**
 * A latitude or a longitude in decimal degrees, with the same marks as every other number: four
 * decimals at most, about eleven metres, finer than any map or form here needs.
 */
export function formatCoordinate(degrees: number, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 4 }).format(degrees);
}

export function formatPercent(ratio: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(ratio);
}

/**
 * A date and time with its zone's offset, so a reader never has to guess which clock it is. To the
 * second by default (the audit log, reviews); `to: 'minute'` for what people note by eye (a queue
 * counted, an incident seen), where seconds are noise.
 */
export function formatDateTime(
  iso: string,
  locale: string,
  timeZone?: string,
  to: 'second' | 'minute' = 'second',
): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    ...(to === 'second' ? { second: '2-digit' as const } : {}),
    hourCycle: 'h23',
    timeZoneName: 'shortOffset',
    ...(timeZone === undefined ? {} : { timeZone }),
  }).format(date);
}

/** The wall-clock time in a zone, e.g. for a checkpoint: "mié, 26 nov, 14:05 GMT-5". */
export function formatZonedClock(date: Date, locale: string, timeZone: string): string {
  const clock = (zone: string) =>
    new Intl.DateTimeFormat(locale, {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZone: zone,
      timeZoneName: 'shortOffset',
    }).format(date);
  return inZoneOrUtc(timeZone, clock);
}

/**
 * When something happened, as people at a checkpoint say it against their own today (`today`, the
 * checkpoint's date as YYYY-MM-DD): the time alone today, "yesterday" and the time, else the day and
 * month (and the year, in another year) and the time. A bare "14:05" from yesterday reads as today's.
 */
export type DayAndTime =
  | { readonly day: 'today'; readonly time: string }
  | { readonly day: 'yesterday'; readonly time: string }
  | { readonly day: 'other'; readonly date: string; readonly time: string };

export function formatDayAndTime(iso: string, today: string, locale: string, timeZone: string): DayAndTime {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return { day: 'other', date: iso, time: '' };
  return inZoneOrUtc(timeZone, (zone) => {
    const time = new Intl.DateTimeFormat(locale, {
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZone: zone,
    }).format(date);
    const day = localHour(date, zone).date;
    if (day === today) return { day: 'today', time };
    if (day === addDays(today, -1)) return { day: 'yesterday', time };
    return {
      day: 'other',
      date: new Intl.DateTimeFormat(locale, {
        day: 'numeric',
        month: 'short',
        ...(day.slice(0, 4) === today.slice(0, 4) ? {} : { year: 'numeric' as const }),
        timeZone: zone,
      }).format(date),
      time,
    };
  });
}

/**
 * What `format` makes on the clock of `timeZone`, a zone named by the server; for a zone name the
 * browser does not know, on UTC's rather than nothing (Intl throws a RangeError for it).
 */
export function inZoneOrUtc<T>(timeZone: string, format: (zone: string) => T): T {
  try {
    return format(timeZone);
  } catch {
    return format('UTC');
  }
}

/**
 * The instant a date picked in a form (YYYY-MM-DD, in the browser's zone) starts, or the last
 * millisecond of that day when `endOfDay`, as ISO 8601 UTC; undefined for an empty or bad value.
 */
export function dateInputToIso(value: string, endOfDay: boolean): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (match === null) return undefined;
  const [, y, m, d] = match.map(Number);
  if (y === undefined || m === undefined || d === undefined) return undefined;
  const date = endOfDay ? new Date(y, m - 1, d, 23, 59, 59, 999) : new Date(y, m - 1, d, 0, 0, 0, 0);
  if (date.getFullYear() !== y || date.getMonth() !== m - 1 || date.getDate() !== d) return undefined;
  return date.toISOString();
}

/** An instant as a datetime-local input writes it: the browser's wall clock, to the minute. */
export function dateTimeInputOf(date: Date): string {
  return new Date(date.getTime() - date.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
}

/** 'YYYY-MM-DD', 'YYYY-MM' or 'YYYY' in the locale's words, as precise as the date is (a day, no zone). */
export function formatDay(date: string, locale: string): string {
  const [y, m, d] = date.split('-').map(Number);
  if (y === undefined || Number.isNaN(y)) return date;
  const at = new Date(Date.UTC(y, (m ?? 1) - 1, d ?? 1));
  const options: Intl.DateTimeFormatOptions =
    d !== undefined
      ? { day: 'numeric', month: 'short', year: 'numeric' }
      : m !== undefined
        ? { month: 'long', year: 'numeric' }
        : { year: 'numeric' };
  return new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }).format(at);
}
