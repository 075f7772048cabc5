// The days the reports page reckons with, on the checkpoints' clocks (counting rule 4) as the
// dashboard and the server do, never on the reader's: an analyst in another time zone sees the same
// today, the same days offered and the same days refused as one at the border.
import { latestDayAt, todayAt } from '../../../domain/crossings';
import { addDays } from '../../../domain/shared';

type Place = { readonly code: string; readonly timeZone: string };

export interface ReportDays {
  /** Today at the checkpoint chosen (for all of them, the earliest of their dates): not yet over. */
  readonly today: string;
  /** The last day begun at the checkpoint (at any, for all): a later one has no figures at all. */
  readonly latest: string;
}

/** The days of a checkpoint by its code, '' for all of them; UTC's until the list has arrived. */
export function reportDays(places: readonly Place[], code: string, now: Date): ReportDays {
  const zones = places.filter((p) => code === '' || p.code === code).map((p) => p.timeZone);
  return { today: todayAt(zones, now), latest: latestDayAt(zones, now) };
}

/** The days the page offers first: yesterday's report, and the seven days before today's. */
export const defaultDays = (today: string) => ({
  sitrep: addDays(today, -1),
  from: addDays(today, -7),
  to: addDays(today, -1),
});

/**
 * Whether an export from `from` to `to` takes in a day not yet over (today's, so far): its rows
 * would read as the whole day's, and a CSV file has no place to say otherwise.
 */
export const takesInToday = (from: string, to: string, days: ReportDays): boolean =>
  from <= days.latest && to >= days.today;
