// Calendar days for the booth: today's date, days until an expiry, dates shown by their precision.
import { localHour } from '../../../domain/crossings';
import { formatDay } from '../../format/format';

/**
 * Today as 'YYYY-MM-DD' on the checkpoint's clock: the day documents expire and birthdays fall on for
 * the officer, and the one the server counts by. At 21:00 in Tacna it is still today there, although
 * UTC has moved on: a passport that expires today is valid until midnight in Tacna.
 */
export const isoDay = (now: Date, timeZone: string): string => localHour(now, timeZone).date;

/** The device's own time zone: the booth's clock when the checkpoint is not known yet. */
export const deviceTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone ?? 'UTC';

/** Whole days from `from` to `to` (both 'YYYY-MM-DD'); negative when `to` is earlier. */
export { daysBetween } from '../../../domain/shared';

/**
 * Whole calendar months between two days ('YYYY-MM-DD'), whichever comes first: from 31 Jan to 28 Feb
 * is 0 months, to 1 Mar is 1. How long ago a document expired, or how long it is still valid, said in
 * years and months once the days run into the hundreds.
 */
export function monthsApart(a: string, b: string): number {
  const [from, to] = a <= b ? [a, b] : [b, a];
  const [fy = 0, fm = 0, fd = 0] = from.split('-').map(Number);
  const [ty = 0, tm = 0, td = 0] = to.split('-').map(Number);
  return (ty - fy) * 12 + (tm - fm) - (td < fd ? 1 : 0);
}

/** 'YYYY-MM-DD', 'YYYY-MM' or 'YYYY' in the locale's words, as precise as the date is. */
export { formatDay } from '../../format/format';

/**
 * A rule's instant on the clock it was written in ('2025-11-25T00:00:00-05:00' is midnight in Tacna,
 * not 05:00 somewhere else): the day in the locale's words, the time and the offset as written.
 */
export function formatInstantAsWritten(instant: string, locale: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.exec(instant);
  if (match === null) return instant;
  const [, day = '', time = '', offset = ''] = match;
  return `${formatDay(day, locale)} ${time} (UTC${offset === 'Z' ? '' : offset.replace('-', '−')})`;
}
