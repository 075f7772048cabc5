// The instants a checkpoint's local date spans: what a query over UTC times must ask for to find the
// events of one local day (counting rule 4), whatever the zone's offset and its summer time.
import { addDays, startOfLocalDay } from '../shared';

/** The UTC instants [from, to) whose local date in the zone is `date` (YYYY-MM-DD). */
export function localDayBounds(
  date: string,
  timeZone: string,
): { readonly from: string; readonly to: string } {
  return {
    from: new Date(startOfLocalDay(date, timeZone)).toISOString(),
    to: new Date(startOfLocalDay(addDays(date, 1), timeZone)).toISOString(),
  };
}
