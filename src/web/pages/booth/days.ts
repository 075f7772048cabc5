// Calendar days for the booth: today's date, days until an expiry, dates shown by their precision.

/** Today as 'YYYY-MM-DD' in UTC, the day parseMrz and evaluatePolicy go by. */
export const isoDay = (now: Date): string => now.toISOString().slice(0, 10);

/** Whole days from `from` to `to` (both 'YYYY-MM-DD'); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** 'YYYY-MM-DD', 'YYYY-MM' or 'YYYY' in the locale's words, as precise as the date is. */
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
