// Age at a crossing (counting rule 5): completed years on the event's local date. A birth date of year
// only is taken as 1 July, of year and month as the 15th; a baby born in the year (or month) of the
// crossing, before that day, is under a year old, not of unknown age.
import { addDays } from '../shared';

export const AGE_GROUPS = ['child', 'adult', 'unknown'] as const;
export type AgeGroup = (typeof AGE_GROUPS)[number];
export const AGE_BANDS = ['0-4', '5-11', '12-17', '18-59', '60+', 'unknown'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Completed years on a local date (YYYY-MM-DD), or null without a readable birth date. */
export function ageOn(birthDate: string | undefined | null, localDate: string): number | null {
  if (birthDate === undefined || birthDate === null) return null;
  const m = PARTIAL_DATE.exec(birthDate);
  if (!m) return null;
  const year = Number(m[1]);
  const month = m[2] === undefined ? 7 : Number(m[2]);
  const day = m[2] === undefined ? 1 : m[3] === undefined ? 15 : Number(m[3]);
  const y = Number(localDate.slice(0, 4));
  const mo = Number(localDate.slice(5, 7));
  const d = Number(localDate.slice(8, 10));
  const hadBirthday = mo > month || (mo === month && d >= day);
  const age = y - year - (hadBirthday ? 0 : 1);
  if (age >= 0) return age;
  // Born by the crossing at the latest: the first day the date allows is no later than the local date,
  // or the day after it (a birth date is checked against the event's UTC date, a day ahead of the
  // local date in the evening west of Greenwich).
  const earliest = `${m[1]}-${m[2] ?? '01'}-${m[3] ?? '01'}`;
  return earliest <= addDays(localDate, 1) ? 0 : null;
}

export function ageGroupOf(age: number | null): AgeGroup {
  if (age === null) return 'unknown';
  return age < 18 ? 'child' : 'adult';
}

export function ageBandOf(age: number | null): AgeBand {
  if (age === null) return 'unknown';
  if (age <= 4) return '0-4';
  if (age <= 11) return '5-11';
  if (age <= 17) return '12-17';
  if (age <= 59) return '18-59';
  return '60+';
}
