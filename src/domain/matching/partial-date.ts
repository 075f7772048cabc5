// Dates of birth that may be partial (year only, year and month), as registrations and lists write them.
import { err, ok, type Result } from '../shared';
import type { PartialDate } from './types';

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/**
 * Reads YYYY, YYYY-MM or YYYY-MM-DD; '' is no date; 31 February is an error. Years before
 * `earliestYear` (1800 for people registered today) are out of range.
 */
export function parsePartialDate(text: string, earliestYear = 1800): Result<PartialDate | undefined, string> {
  const s = text.trim();
  if (s === '') return ok(undefined);
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(s);
  if (!m) return err(`"${s}" is not YYYY, YYYY-MM or YYYY-MM-DD`);
  const year = Number(m[1]);
  if (year < earliestYear || year > 2200) return err(`year ${year} is out of range`);
  if (m[2] === undefined) return ok({ year });
  const month = Number(m[2]);
  if (month < 1 || month > 12) return err(`month ${month} does not exist`);
  if (m[3] === undefined) return ok({ year, month });
  const day = Number(m[3]);
  const max = month === 2 && !isLeap(year) ? 28 : (DAYS_IN_MONTH[month - 1] ?? 31);
  if (day < 1 || day > max) return err(`${s} does not exist (day ${day} of month ${month})`);
  return ok({ year, month, day });
}
