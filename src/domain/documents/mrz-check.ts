// The arithmetic of a zone: check digits (ICAO 9303-3 §4.9), dates with their century, and the
// characters an OCR reader confuses.

// ICAO 9303-3 §4.9: '0'–'9' are 0–9, 'A'–'Z' are 10–35, the filler '<' is 0; anything else has no value.
const VALUE = new Int8Array(128).fill(-1);
for (let c = 48; c <= 57; c++) VALUE[c] = c - 48;
for (let c = 65; c <= 90; c++) VALUE[c] = c - 55;
VALUE[60] = 0;

/** The value of a character code for check digits, or -1 if the MRZ alphabet has no such character. */
export const charValue = (c: number): number => (c < 128 ? (VALUE[c] ?? -1) : -1);

export const isDigit = (c: number): boolean => c >= 48 && c <= 57;
export const isLetter = (c: number): boolean => c >= 65 && c <= 90;
export const FILLER = 60;

/** The check digit of `text[start, end)` (weights 7, 3, 1 repeating), or -1 if a character has no value. */
export function checkDigitOf(text: string, start: number, end: number): number {
  const sum = weightedSum(text, start, end, 0);
  return sum < 0 ? -1 : sum % 10;
}

/** The check digit over several spans read as one string (the composite, a long document number). */
export function checkDigitOfSpans(text: string, spans: readonly (readonly [number, number])[]): number {
  let sum = 0;
  let k = 0;
  for (let n = 0; n < spans.length; n++) {
    const span = spans[n];
    if (span === undefined) continue;
    const part = weightedSum(text, span[0], span[1], k % 3);
    if (part < 0) return -1;
    sum += part;
    k += span[1] - span[0];
  }
  return sum % 10;
}

// The weighted sum of `text[start, end)` whose first character has weight index `phase` (0: 7, 1: 3,
// 2: 1), or -1 if a character has no value.
const SUMS = new Int32Array(3);
function weightedSum(text: string, start: number, end: number, phase: number): number {
  if (!sumByOffset(text, start, end, SUMS)) return -1;
  const s0 = SUMS[0] ?? 0;
  const s1 = SUMS[1] ?? 0;
  const s2 = SUMS[2] ?? 0;
  if (phase === 0) return 7 * s0 + 3 * s1 + s2;
  return phase === 1 ? 3 * s0 + s1 + 7 * s2 : s0 + 7 * s1 + 3 * s2;
}

/**
 * The values of `text[start, end)` summed by offset mod 3 into `sums` (so each is weighted once, by
 * whichever weights the caller needs); false if a character has no value. No allocation: the fast
 * reader calls this for every segment of every zone.
 */
export function sumByOffset(text: string, start: number, end: number, sums: Int32Array): boolean {
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let i = start;
  for (; i + 2 < end; i += 3) {
    const a = charValue(text.charCodeAt(i));
    const b = charValue(text.charCodeAt(i + 1));
    const c = charValue(text.charCodeAt(i + 2));
    if ((a | b | c) < 0) return false;
    s0 += a;
    s1 += b;
    s2 += c;
  }
  if (i < end) {
    const a = charValue(text.charCodeAt(i));
    if (a < 0) return false;
    s0 += a;
    if (i + 1 < end) {
      const b = charValue(text.charCodeAt(i + 1));
      if (b < 0) return false;
      s1 += b;
    }
  }
  sums[0] = s0;
  sums[1] = s1;
  sums[2] = s2;
  return true;
}

/** The digit printed at `i`, or -1 if it is not a digit. */
export function digitAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c >= 48 && c <= 57 ? c - 48 : -1;
}

// OCR-B look-alikes. A numeric position can only hold the digit a letter is mistaken for; an
// alphabetic one may hold any of the letters a digit is mistaken for.
const DIGIT_FOR_LETTER: Readonly<Record<string, string>> = {
  O: '0',
  D: '0',
  Q: '0',
  I: '1',
  L: '1',
  Z: '2',
  E: '3',
  A: '4',
  S: '5',
  G: '6',
  T: '7',
  B: '8',
};
const LETTERS_FOR_DIGIT: Readonly<Record<string, readonly string[]>> = {
  '0': ['O', 'D', 'Q'],
  '1': ['I', 'L'],
  '2': ['Z'],
  '3': ['E'],
  '4': ['A'],
  '5': ['S'],
  '6': ['G'],
  '7': ['T'],
  '8': ['B'],
};

export const digitForLetter = (ch: string): string | undefined => DIGIT_FOR_LETTER[ch];
export const lettersForDigit = (ch: string): readonly string[] => LETTERS_FOR_DIGIT[ch] ?? [];

// The same by character code, for the repair search.
const DIGIT_BY_CODE: readonly (string | undefined)[] = Array.from({ length: 128 }, (_, c) =>
  digitForLetter(String.fromCharCode(c)),
);
const LETTERS_BY_CODE: readonly (readonly string[])[] = Array.from({ length: 128 }, (_, c) =>
  lettersForDigit(String.fromCharCode(c)),
);
export const digitForLetterCode = (c: number): string | undefined => DIGIT_BY_CODE[c];
export const lettersForDigitCode = (c: number): readonly string[] => LETTERS_BY_CODE[c] ?? [];

/** A date as yy*10000 + mm*100 + dd (0 for an unknown month or day), or one of these. */
export const DATE_INVALID = -1;
export const DATE_UNKNOWN = -2;

const twoDigits = (text: string, i: number): number => {
  const a = digitAt(text, i);
  const b = digitAt(text, i + 1);
  return a < 0 || b < 0 ? -1 : a * 10 + b;
};
const twoFillers = (text: string, i: number): boolean =>
  text.charCodeAt(i) === FILLER && text.charCodeAt(i + 1) === FILLER;

/**
 * Reads YYMMDD at `start`. ICAO 9303-3 §4.3.2 lets an unknown day, or month and day, be filler; a
 * wholly unknown date is six fillers. The day is checked against its month once the century is known.
 */
export function readDate(text: string, start: number): number {
  if (twoFillers(text, start) && twoFillers(text, start + 2) && twoFillers(text, start + 4))
    return DATE_UNKNOWN;
  const yy = twoDigits(text, start);
  if (yy < 0) return DATE_INVALID;
  let mm = 0;
  if (!twoFillers(text, start + 2)) {
    mm = twoDigits(text, start + 2);
    if (mm < 1 || mm > 12) return DATE_INVALID;
  }
  let dd = 0;
  if (!twoFillers(text, start + 4)) {
    dd = twoDigits(text, start + 4);
    if (dd < 1 || dd > 31 || mm === 0) return DATE_INVALID;
  }
  return yy * 10000 + mm * 100 + dd;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** A birth year is never in the future: 20yy unless the earliest day it could mean is after today. */
export function birthYear(date: number, today: number): number {
  const yy = Math.floor(date / 10000);
  const mm = Math.floor(date / 100) % 100;
  const dd = date % 100;
  const year = 2000 + yy;
  return year * 10000 + (mm || 1) * 100 + (dd || 1) > today ? year - 100 : year;
}

/**
 * An expiry year is 20yy, unless that is more than 50 years ahead of today: no document is valid that
 * long, so '96' on a 1996 visa is 1996, not 2096 (which would hide that it expired).
 */
export function expiryYear(date: number, today: number): number {
  const year = 2000 + Math.floor(date / 10000);
  return year > Math.floor(today / 10000) + 50 ? year - 100 : year;
}

/** A calendar day as the number yyyymmdd, from the UTC date of `day`. */
export const dayNumber = (day: Date): number =>
  day.getUTCFullYear() * 10000 + (day.getUTCMonth() + 1) * 100 + day.getUTCDate();

/** A field's text without the fillers at its end. */
export function trimmed(text: string, start: number, end: number): string {
  let e = end;
  while (e > start && text.charCodeAt(e - 1) === FILLER) e--;
  return e > start ? text.slice(start, e) : '';
}

// Optional data may be written right-aligned or after a filler (<2020711): trimmed at both ends.
// Check digits are computed over the field as printed, fillers included, never over this value.
export function unfilled(text: string, start: number, end: number): string {
  let s = start;
  while (s < end && text.charCodeAt(s) === FILLER) s++;
  return trimmed(text, s, end);
}
