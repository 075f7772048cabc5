// Dates as officers type them. Peru, Chile, Venezuela and Colombia write the day before the month
// (14/03/1988, 14-3-1988, 14.03.1988), and a month and year when the day is not known (03/1988); the
// API takes the ISO forms (1988-03-14, 1988-03, 1988), which may come with one-digit months and days
// (1988-3-4) or other separators (1988/03/14). Days and months are not checked here: the date's own
// check then refuses 31/02/1988, a day that does not exist.

const SEPARATOR = '[-/. ]';
const YEAR_FIRST = new RegExp(`^(\\d{4})(?:${SEPARATOR}(\\d{1,2})(?:${SEPARATOR}(\\d{1,2}))?)?$`);
const DAY_FIRST = new RegExp(`^(\\d{1,2})${SEPARATOR}(\\d{1,2})${SEPARATOR}(\\d{4})$`);
const MONTH_FIRST = new RegExp(`^(\\d{1,2})${SEPARATOR}(\\d{4})$`);

const two = (part: string) => part.padStart(2, '0');

/**
 * The ISO form (YYYY, YYYY-MM or YYYY-MM-DD) of a date typed in any of the forms above; any other
 * text comes back trimmed, for the date's check to refuse with its message.
 */
export function isoFromTyped(text: string): string {
  const s = text.trim();
  const yearFirst = YEAR_FIRST.exec(s);
  if (yearFirst) {
    const [, year = '', month, day] = yearFirst;
    return [
      year,
      ...(month === undefined ? [] : [two(month)]),
      ...(day === undefined ? [] : [two(day)]),
    ].join('-');
  }
  const dayFirst = DAY_FIRST.exec(s);
  if (dayFirst) {
    const [, day = '', month = '', year = ''] = dayFirst;
    return `${year}-${two(month)}-${two(day)}`;
  }
  const monthFirst = MONTH_FIRST.exec(s);
  if (monthFirst) {
    const [, month = '', year = ''] = monthFirst;
    return `${year}-${two(month)}`;
  }
  return s;
}
