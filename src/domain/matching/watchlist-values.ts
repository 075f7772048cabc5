// Reading single values of published lists the same way in every format: text, sex, dates of birth
// (historical ones too), alias fields holding several names, and document numbers written with words.
import { parsePartialDate } from './partial-date';
import type { Sex } from './types';
import type { WatchlistDocument } from './watchlist';

export const asArray = (x: unknown): unknown[] =>
  x === undefined || x === null ? [] : Array.isArray(x) ? x : [x];
export const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;
export const text = (x: unknown): string =>
  typeof x === 'string' || typeof x === 'number' ? String(x).trim() : '';

/** The non-empty strings of a value that may be one string or a list of them. */
export const strings = (x: unknown): string[] =>
  asArray(x)
    .map(text)
    .filter((s) => s !== '');

export function sexOf(gender: string): Sex | undefined {
  const g = gender.toUpperCase();
  return g === 'MALE' || g === 'M' ? 'M' : g === 'FEMALE' || g === 'F' ? 'F' : undefined;
}

// Lists name people born centuries ago (historical figures, long-listed entries): any year from 1000.
const EARLIEST_LISTED_YEAR = 1000;

/** A listed date of birth: YYYY, YYYY-MM or YYYY-MM-DD, a time after the date ignored. */
export function listedBirthDate(value: string) {
  return parsePartialDate(value.trim().slice(0, 10), EARLIEST_LISTED_YEAR);
}

/** Splits an alias field that holds several names ("Azim Adhajani; Azim Agha-Jani"). */
export function splitNames(value: string): string[] {
  return value
    .split(';')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

// A document number: letters and digits with at least one digit and five characters, perhaps
// joined by separators; not a date. Words around it ("No.", "(Iraqi)", "issued on") are not it.
const NUMBER_TOKEN = /^[A-Z0-9](?:[A-Z0-9./-]*[A-Z0-9])?$/i;
const DATE_TOKEN = /^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$/;
const NUMBER_PREFIX = /^(?:N[o°º]\.|N[°º]|#)/i;
const WORD = /^\p{L}{2,}\.?$/u;

const SEPARATORS = /[\s,;:()[\]]+/;

function numbersIn(value: string): string[] {
  return value
    .split(SEPARATORS)
    .map((t) => t.replace(NUMBER_PREFIX, '').replace(/^[./-]+|[./-]+$/g, ''))
    .filter(
      (t) =>
        NUMBER_TOKEN.test(t) && /\d/.test(t) && t.replace(/[./-]/g, '').length >= 5 && !DATE_TOKEN.test(t),
    );
}

/**
 * The documents of one listed value. A bare number is kept as it is; a number written among words
 * (`No. H0044232 (Iraqi)`, `CAR diplomatic passport no. 06FBO2262`) becomes each number in it, with
 * the whole text kept beside; text with no number keeps the text and an empty number.
 */
export function documentsFrom(value: string, type?: string): WatchlistDocument[] {
  const v = value.trim();
  if (v === '') return [];
  const typed = type === undefined || type === '' ? {} : { type };
  const worded = v.split(SEPARATORS).some((t) => WORD.test(t));
  if (!worded) return [{ number: v, ...typed }];
  const numbers = numbersIn(v);
  if (numbers.length === 0) return [{ number: '', ...typed, text: v }];
  return [...new Set(numbers)].map((number) => ({ number, ...typed, text: v }));
}
