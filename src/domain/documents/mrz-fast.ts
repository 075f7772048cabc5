// The hot path: a clean zone read in place, every check digit in one pass over its checked characters,
// and nothing allocated but the result and its strings. Anything it does not accept goes to the careful
// reader in mrz-parse, which gives the same result for every zone this one accepts.
import { COUNTRY_CODES } from './country-codes';
import { daysInMonth, FILLER, sumByOffset, trimmed, unfilled } from './mrz-check';
import {
  inPlace,
  S_CHECK,
  S_END,
  S_FILLER_CHECK,
  S_START,
  S_W0,
  S_W1,
  S_W2,
  S_WCHECK,
  SEGMENT,
} from './mrz-fast-layout';
import type { DatePrecision, MrzFields, MrzResult, Sex } from './mrz-types';

// Codes as strings, made once: a three-character code by its 27×27×27 slot ('' when it is no known
// code), a document code by its two characters' slots. A-Z are slots 0-25, '<' is 26.
const slotOf = (c: number): number => (c >= 65 && c <= 90 ? c - 65 : c === FILLER ? 26 : -1);
const SLOT_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ<';
const COUNTRY_BY_SLOT: readonly string[] = (() => {
  const out = new Array<string>(27 * 27 * 27).fill('');
  for (const { code } of COUNTRY_CODES) {
    const padded = code.padEnd(3, '<');
    out[
      slotOf(padded.charCodeAt(0)) * 729 + slotOf(padded.charCodeAt(1)) * 27 + slotOf(padded.charCodeAt(2))
    ] = code;
  }
  return out;
})();
const DOCUMENT_CODE_BY_SLOT: readonly string[] = Array.from({ length: 27 * 27 }, (_, k) =>
  `${SLOT_CHARS.charAt(Math.floor(k / 27))}${SLOT_CHARS.charAt(k % 27)}`.replace(/<+$/, ''),
);

// The known code at `at` ('D' for 'D<<'), or '' when the three characters are no known code.
function countryAt(t: string, at: number): string {
  const a = slotOf(t.charCodeAt(at));
  const b = slotOf(t.charCodeAt(at + 1));
  const c = slotOf(t.charCodeAt(at + 2));
  if (a < 0 || b < 0 || c < 0) return '';
  return COUNTRY_BY_SLOT[a * 729 + b * 27 + c] ?? '';
}

function sexOf(c: number): Sex | null {
  switch (c) {
    case 77:
      return 'M';
    case 70:
      return 'F';
    case 88:
      return 'X';
    case FILLER:
      return 'unspecified';
    default:
      return null;
  }
}

/**
 * Reads a valid zone, or returns null for the careful reader to say what is wrong. Every position is
 * looked at by some check here, so a character outside the MRZ alphabet always means null.
 */
export function readFast(t: string, today: number): MrzResult | null {
  const fast = inPlace(t);
  if (fast === null) return null;
  const code = fast.codeAt;
  const first = t.charCodeAt(code) - 65;
  if (first < 0 || first > 25 || ((fast.codeMask >> first) & 1) === 0) return null;
  const second = slotOf(t.charCodeAt(code + 1));
  if (second < 0) return null;
  const issuingState = countryAt(t, fast.issuingAt);
  const nationality = countryAt(t, fast.nationalityAt);
  if (issuingState === '' || nationality === '') return null;
  // A long document number (TD1, TD2) is rare: the careful path reads it.
  if (fast.longNumberAt >= 0 && t.charCodeAt(fast.longNumberAt) === FILLER) return null;
  if (!passesCheckDigits(t, fast.segments, fast.compositeAt)) return null;

  const sex = sexOf(t.charCodeAt(fast.sexAt));
  if (sex === null) return null;

  // Dates, ICAO 9303-3 §4.3.2: a birth date may leave the day, month and day, or all of it as filler;
  // an expiry date is whole. Centuries as birthYear and expiryYear in mrz-check decide them.
  const ba = fast.birthAt;
  let birthDate: string | null = null;
  let birthDatePrecision: DatePrecision = 'unknown';
  const byy = pairAt(t, ba);
  const bmm = pairAt(t, ba + 2);
  const bdd = pairAt(t, ba + 4);
  if (byy !== PAIR_FILLER || bmm !== PAIR_FILLER || bdd !== PAIR_FILLER) {
    if (byy < 0) return null;
    const mm = bmm === PAIR_FILLER ? 0 : bmm;
    const dd = bdd === PAIR_FILLER ? 0 : bdd;
    if (mm < 0 || mm > 12 || (mm === 0 && bmm !== PAIR_FILLER)) return null;
    if (dd < 0 || dd > 31 || (dd === 0 && bdd !== PAIR_FILLER) || (dd > 0 && mm === 0)) return null;
    let year = 2000 + byy;
    // Never in the future: 19yy when the earliest day it could mean is after today.
    if (year * 10000 + (mm || 1) * 100 + (dd || 1) > today) year -= 100;
    if (dd > 0 && dd > daysInMonth(year, mm)) return null;
    birthDate = isoOf(year, mm, dd);
    birthDatePrecision = mm === 0 ? 'year' : dd === 0 ? 'month' : 'day';
  }
  const ea = fast.expiryAt;
  const eyy = pairAt(t, ea);
  const emm = pairAt(t, ea + 2);
  const edd = pairAt(t, ea + 4);
  if (eyy < 0 || emm < 1 || emm > 12 || edd < 1 || edd > 31) return null;
  let expiryYear = 2000 + eyy;
  // More than 50 years ahead is last century: no document is valid that long.
  if (expiryYear > Math.floor(today / 10000) + 50) expiryYear -= 100;
  if (edd > daysInMonth(expiryYear, emm)) return null;

  // Names: letters and '<'; the first '<<' splits surname from given names; trailing filler dropped.
  // In the surname each '<' is a space; given names are their non-empty components, one space apart.
  // Both are built while checking, from slices of the zone.
  const ns = fast.nameStart;
  let end = fast.nameEnd;
  while (end > ns && t.charCodeAt(end - 1) === FILLER) end--;
  let split = -1;
  let surname = '';
  let givenNames = '';
  let from = ns;
  for (let i = ns; i < end; i++) {
    const c = t.charCodeAt(i);
    if (c !== FILLER) {
      if (c < 65 || c > 90) return null;
    } else if (split >= 0) {
      if (i > from) givenNames = joined(givenNames, t.slice(from, i));
      from = i + 1;
    } else if (t.charCodeAt(i + 1) === FILLER) {
      split = i;
      surname += t.slice(from, i);
      from = i + 2;
      i++;
    } else {
      surname = `${surname}${t.slice(from, i)} `;
      from = i + 1;
    }
  }
  if (split < 0) surname += t.slice(from, end);
  else if (end > from) givenNames = joined(givenNames, t.slice(from, end));

  const fields: MrzFields = {
    documentCode: DOCUMENT_CODE_BY_SLOT[first * 27 + second] ?? '',
    issuingState,
    surname,
    givenNames,
    documentNumber: trimmed(t, fast.numberStart, fast.numberEnd),
    nationality,
    birthDate,
    birthDatePrecision,
    sex,
    expiryDate: isoOf(expiryYear, emm, edd),
    optionalData: unfilled(t, fast.optionalStart, fast.optionalEnd),
    optionalData2: unfilled(t, fast.optional2Start, fast.optional2End),
  };
  return {
    valid: true,
    format: fast.format,
    fields,
    expired: expiryYear * 10000 + emm * 100 + edd < today,
    problems: NONE,
    repairs: NONE,
  };
}

const SUMS = new Int32Array(3);

/**
 * Every check digit of the zone, the composite's too, in one pass: each segment's values are summed by
 * offset mod 3, which gives its own check digit (weights 7, 3, 1) and its share of the composite.
 */
function passesCheckDigits(t: string, segments: Int32Array, compositeAt: number): boolean {
  let composite = 0;
  const n = segments.length;
  for (let k = 0; k < n; k += SEGMENT) {
    const start = segments[k + S_START] ?? 0;
    const end = segments[k + S_END] ?? 0;
    if (!sumByOffset(t, start, end, SUMS)) return false;
    const s0 = SUMS[0] ?? 0;
    const s1 = SUMS[1] ?? 0;
    const s2 = SUMS[2] ?? 0;
    const checkAt = segments[k + S_CHECK] ?? -1;
    let digit = 0;
    if (checkAt >= 0) {
      digit = t.charCodeAt(checkAt) - 48;
      if (digit >= 0 && digit <= 9) {
        if ((7 * s0 + 3 * s1 + s2) % 10 !== digit) return false;
      } else if (digit + 48 === FILLER && segments[k + S_FILLER_CHECK] === 1) {
        // Part 4: '<' for the check digit of a personal number left unused, and only then.
        if (!allFiller(t, start, end)) return false;
        digit = 0;
      } else return false;
    }
    composite +=
      s0 * (segments[k + S_W0] ?? 0) +
      s1 * (segments[k + S_W1] ?? 0) +
      s2 * (segments[k + S_W2] ?? 0) +
      digit * (segments[k + S_WCHECK] ?? 0);
  }
  if (compositeAt < 0) return true;
  return composite % 10 === t.charCodeAt(compositeAt) - 48;
}

const NONE: readonly never[] = Object.freeze([]);

// Two digits at `at` as a number, PAIR_FILLER for '<<', or -1 for anything else.
const PAIR_FILLER = -2;
function pairAt(t: string, at: number): number {
  const a = t.charCodeAt(at);
  const b = t.charCodeAt(at + 1);
  if (a === FILLER && b === FILLER) return PAIR_FILLER;
  const hi = a - 48;
  const lo = b - 48;
  return hi >= 0 && hi <= 9 && lo >= 0 && lo <= 9 ? hi * 10 + lo : -1;
}

// Dates repeat from zone to zone, so each is written once: by year (1900 to 2099, as birthYear and
// expiryYear give them), then by month and day (00 for unknown).
const ISO_DATES: (string[] | undefined)[] = new Array(200).fill(undefined);
const TWO = Array.from({ length: 32 }, (_, i) => String(i).padStart(2, '0'));

/** A year with month and day (0 when unknown) as 'YYYY-MM-DD', 'YYYY-MM' or 'YYYY'. */
function isoOf(y: number, mm: number, dd: number): string {
  const cached = y >= 1900 && y < 2100;
  let year = cached ? ISO_DATES[y - 1900] : undefined;
  const known = year?.[mm * 32 + dd] ?? '';
  if (known !== '') return known;
  const yyyy = String(y);
  const iso = mm === 0 ? yyyy : dd === 0 ? `${yyyy}-${TWO[mm]}` : `${yyyy}-${TWO[mm]}-${TWO[dd]}`;
  if (cached) {
    if (year === undefined) {
      year = new Array<string>(13 * 32).fill('');
      ISO_DATES[y - 1900] = year;
    }
    year[mm * 32 + dd] = iso;
  }
  return iso;
}

const joined = (words: string, word: string): string => (words === '' ? word : `${words} ${word}`);

function allFiller(t: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (t.charCodeAt(i) !== FILLER) return false;
  return true;
}
