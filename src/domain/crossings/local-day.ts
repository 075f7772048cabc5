// The instants a checkpoint's local date spans: what a query over UTC times must ask for to find the
// events of one local day (counting rule 4), whatever the zone's offset and its summer time.
import { startOfLocalDay } from '../shared';

const nextDate = (date: string): string =>
  new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/** The UTC instants [from, to) whose local date in the zone is `date` (YYYY-MM-DD). */
export function localDayBounds(
  date: string,
  timeZone: string,
): { readonly from: string; readonly to: string } {
  return {
    from: new Date(startOfLocalDay(date, timeZone)).toISOString(),
    to: new Date(startOfLocalDay(nextDate(date), timeZone)).toISOString(),
  };
}
