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
