// The instants a checkpoint's local date spans: what a query over UTC times must ask for to find the
// events of one local day (counting rule 4), whatever the zone's offset and its summer time.
import { localHour } from './local-time';

const QUARTER_MS = 15 * 60_000;
// No zone is more than 14 hours from UTC: a day starts within 15 hours of its UTC midnight.
const SEARCH_QUARTERS = 4 * 15;

function startOf(date: string, timeZone: string): number {
  const midnight = Date.parse(`${date}T00:00:00Z`);
  for (let q = -SEARCH_QUARTERS; q <= SEARCH_QUARTERS; q += 1) {
    const ms = midnight + q * QUARTER_MS;
    if (localHour(new Date(ms), timeZone).date >= date) return ms;
  }
  return midnight;
}

const nextDate = (date: string): string =>
  new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/** The UTC instants [from, to) whose local date in the zone is `date` (YYYY-MM-DD). */
export function localDayBounds(
  date: string,
  timeZone: string,
): { readonly from: string; readonly to: string } {
  return {
    from: new Date(startOf(date, timeZone)).toISOString(),
    to: new Date(startOf(nextDate(date), timeZone)).toISOString(),
  };
}
