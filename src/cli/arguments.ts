// What the `paso` commands share: opening the store only when a command runs, and reading a calendar
// date argument.
import { InvalidArgumentError } from 'commander';
import { parsePartialDate } from '../domain/matching';
import type { Db } from '../store/db';

/** Runs work against the store, opened for it and closed after. */
export type WithDb = <T>(work: (db: Db) => Promise<T>) => Promise<T>;

/** A date argument: YYYY-MM-DD, and a day that exists. */
export function dateArgument(value: string): string {
  const d = new Date(`${value}T00:00:00Z`);
  if (
    !/^\d{4}-\d{2}-\d{2}$/.test(value) ||
    Number.isNaN(d.getTime()) ||
    d.toISOString().slice(0, 10) !== value
  ) {
    throw new InvalidArgumentError('a date is YYYY-MM-DD and exists');
  }
  return value;
}

/** A date as precise as known (a birth date): YYYY, YYYY-MM or YYYY-MM-DD, and a day that exists. */
export function partialDateArgument(value: string): string {
  const text = value.trim();
  const parsed = parsePartialDate(text);
  if (!parsed.ok || parsed.value === undefined) {
    throw new InvalidArgumentError('a date is YYYY, YYYY-MM or YYYY-MM-DD, and a day that exists');
  }
  return text;
}
