// The hot path: a clean zone read in place, every check in one pass over its checked characters and
// no allocation until the result. Anything it does not accept goes to the careful reader in mrz-parse.
import { isKnownCountryAt } from './country-codes';
import {
  birthYear,
  charValue,
  DATE_INVALID,
  DATE_UNKNOWN,
  daysInMonth,
  expiryYear,
  FILLER,
  readDate,
} from './mrz-check';
import { LAYOUTS, type Layout, layoutInPlace } from './mrz-layout';
import type { MrzFields, MrzResult, Sex } from './mrz-types';

// Field sums kept while walking the checked characters.
const F_NUMBER = 0;
const F_BIRTH = 1;
const F_EXPIRY = 2;
const F_OPTIONAL = 3;
const F_NONE = 4;

/** Every character a check digit covers, once: its weight in the composite and in its own field. */
interface Walk {
  readonly at: Int32Array;
  readonly compositeWeight: Uint8Array;
  readonly field: Uint8Array;
  readonly fieldWeight: Uint8Array;
}

interface FastLayout {
  readonly layout: Layout;
  readonly walk: Walk;
  readonly codeMask: number;
}

const WEIGHTS = [7, 3, 1] as const;
const weight = (k: number): number => WEIGHTS[k % 3] ?? 1;

function walkOf(layout: Layout): Walk {
  const fields: [number, readonly [number, number]][] = [
    [F_NUMBER, layout.documentNumber],
    [F_BIRTH, layout.birthDate],
    [F_EXPIRY, layout.expiryDate],
  ];
  if (layout.optionalDataCheck !== null) fields.push([F_OPTIONAL, layout.optionalData]);
  const fieldOf = new Map<number, [number, number]>();
  for (const [id, [s, e]] of fields) for (let i = s; i < e; i++) fieldOf.set(i, [id, weight(i - s)]);
  // The composite's characters in order; a visa has none, so walk its checked fields alone.
  const order = layout.composite
    ? layout.composite.spans.flatMap(([s, e]) => Array.from({ length: e - s }, (_, i) => s + i))
    : fields.flatMap(([, [s, e]]) => Array.from({ length: e - s }, (_, i) => s + i));
  const walk: Walk = {
    at: new Int32Array(order),
    compositeWeight: new Uint8Array(order.map((_, k) => (layout.composite ? weight(k) : 0))),
    field: new Uint8Array(order.map((i) => fieldOf.get(i)?.[0] ?? F_NONE)),
    fieldWeight: new Uint8Array(order.map((i) => fieldOf.get(i)?.[1] ?? 0)),
  };
  return walk;
}

const fastOf = (layout: Layout): FastLayout => ({
  layout,
  walk: walkOf(layout),
  codeMask: [...layout.codeLetters].reduce((mask, ch) => mask | (1 << (ch.charCodeAt(0) - 65)), 0),
});

// By format, then by separator width between lines: 0 (one burst), 1 (LF or CR), 2 (CRLF).
const FAST: Readonly<Record<string, readonly FastLayout[]>> = Object.fromEntries(
  Object.values(LAYOUTS).map((layout) => [
    layout.format,
    [0, 1, 2].map((sep) => fastOf(layoutInPlace(layout, sep))),
  ]),
);

const sums = new Int32Array(5);

function isBreak(text: string, at: number, width: number): boolean {
  const c = text.charCodeAt(at);
  if (width === 1) return c === 10 || c === 13;
  return c === 13 && text.charCodeAt(at + 1) === 10;
}

// A zone exactly as a clean reader sends it, recognised by its length and where its line breaks fall.
function inPlace(text: string): FastLayout | undefined {
  const visa = text.charCodeAt(0) === 86;
  switch (text.length) {
    case 88:
      return FAST[visa ? 'MRV-A' : 'TD3']?.[0];
    case 89:
      return isBreak(text, 44, 1) ? FAST[visa ? 'MRV-A' : 'TD3']?.[1] : undefined;
    case 90:
      return isBreak(text, 44, 2) ? FAST[visa ? 'MRV-A' : 'TD3']?.[2] : FAST.TD1?.[0];
    case 72:
      return FAST[visa ? 'MRV-B' : 'TD2']?.[0];
    case 73:
      return isBreak(text, 36, 1) ? FAST[visa ? 'MRV-B' : 'TD2']?.[1] : undefined;
    case 74:
      return isBreak(text, 36, 2) ? FAST[visa ? 'MRV-B' : 'TD2']?.[2] : undefined;
    case 92:
      return isBreak(text, 30, 1) && isBreak(text, 61, 1) ? FAST.TD1?.[1] : undefined;
    case 94:
      return isBreak(text, 30, 2) && isBreak(text, 62, 2) ? FAST.TD1?.[2] : undefined;
    default:
      return undefined;
  }
}

const digitAt = (t: string, i: number): number => {
  const c = t.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : -1;
};

/**
 * Reads a valid zone, or returns null for the careful reader to say what is wrong. Every position is
 * looked at by some check here, so a character outside the MRZ alphabet always means null.
 */
export function readFast(t: string, today: number): MrzResult | null {
  const fast = inPlace(t);
  if (fast === undefined) return null;
  const layout = fast.layout;
  const code = layout.documentCode[0];
  const first = t.charCodeAt(code) - 65;
  if (first < 0 || first > 25 || ((fast.codeMask >> first) & 1) === 0) return null;
  const second = t.charCodeAt(code + 1);
  if ((second < 65 || second > 90) && second !== FILLER) return null;
  if (!isKnownCountryAt(t, layout.issuingState[0]) || !isKnownCountryAt(t, layout.nationality[0]))
    return null;
  // A long document number (TD1, TD2) is rare: the careful path reads it.
  if (layout.longNumber && t.charCodeAt(layout.documentNumberCheck) === FILLER) return null;

  const walk = fast.walk;
  sums.fill(0);
  let composite = 0;
  const n = walk.at.length;
  for (let k = 0; k < n; k++) {
    const v = charValue(t.charCodeAt(walk.at[k] ?? 0));
    if (v < 0) return null;
    composite += v * (walk.compositeWeight[k] ?? 0);
    const f = walk.field[k] ?? F_NONE;
    sums[f] = (sums[f] ?? 0) + v * (walk.fieldWeight[k] ?? 0);
  }
  if ((sums[F_NUMBER] ?? 0) % 10 !== digitAt(t, layout.documentNumberCheck)) return null;
  if ((sums[F_BIRTH] ?? 0) % 10 !== digitAt(t, layout.birthDateCheck)) return null;
  if ((sums[F_EXPIRY] ?? 0) % 10 !== digitAt(t, layout.expiryDateCheck)) return null;
  const [os, oe] = layout.optionalData;
  const optionalAt = layout.optionalDataCheck;
  if (optionalAt !== null) {
    // Part 4: an unused personal number may have '<' for its check digit.
    if (t.charCodeAt(optionalAt) === FILLER) {
      if (sums[F_OPTIONAL] !== 0 || !allFiller(t, os, oe)) return null;
    } else if ((sums[F_OPTIONAL] ?? 0) % 10 !== digitAt(t, optionalAt)) return null;
  }
  const compositeSpec = layout.composite;
  if (compositeSpec !== null) {
    if (composite % 10 !== digitAt(t, compositeSpec.at)) return null;
  } else if (!allValid(t, os, oe)) return null;

  const sex = SEX_OF[t.charCodeAt(layout.sex)];
  if (sex === undefined) return null;

  const birth = readDate(t, layout.birthDate[0]);
  if (birth === DATE_INVALID) return null;
  let birthDay = 0;
  if (birth !== DATE_UNKNOWN) {
    birthDay = dayOf(birth, birthYear(birth, today));
    if (birthDay < 0) return null;
  }
  const expiry = readDate(t, layout.expiryDate[0]);
  if (expiry < 0 || expiry % 100 === 0 || Math.floor(expiry / 100) % 100 === 0) return null;
  const expiryDay = dayOf(expiry, expiryYear(expiry, today));
  if (expiryDay < 0) return null;

  const [ns, ne] = layout.name;
  let end = ne;
  while (end > ns && t.charCodeAt(end - 1) === FILLER) end--;
  let split = -1;
  for (let i = ns; i < end; i++) {
    const c = t.charCodeAt(i);
    if (c === FILLER) {
      if (split < 0 && t.charCodeAt(i + 1) === FILLER) split = i;
    } else if (c < 65 || c > 90) return null;
  }

  const fields: MrzFields = {
    documentCode: trimmed(t, code, code + 2),
    issuingState: trimmed(t, layout.issuingState[0], layout.issuingState[1]),
    surname: split < 0 ? spaced(t.slice(ns, end)) : spaced(t.slice(ns, split)),
    givenNames: split < 0 ? '' : givenNamesOf(t.slice(split + 2, end)),
    documentNumber: trimmed(t, layout.documentNumber[0], layout.documentNumber[1]),
    nationality: trimmed(t, layout.nationality[0], layout.nationality[1]),
    birthDate: birth === DATE_UNKNOWN ? null : isoOf(birthDay),
    birthDatePrecision: birth === DATE_UNKNOWN ? 'unknown' : precisionOf(birthDay),
    sex,
    expiryDate: isoOf(expiryDay),
    optionalData: trimmed(t, os, oe),
    optionalData2:
      layout.optionalData2 === null ? '' : trimmed(t, layout.optionalData2[0], layout.optionalData2[1]),
  };
  return {
    valid: true,
    format: layout.format,
    fields,
    expired: expiryDay < today,
    problems: NONE,
    repairs: NONE,
  };
}

const NONE: readonly never[] = Object.freeze([]);

const SEX_OF: Readonly<Record<number, Sex>> = { 77: 'M', 70: 'F', 88: 'X', 60: 'unspecified' };

// yymmdd with its year as yyyymmdd, or -1 for a day its month does not have.
function dayOf(date: number, year: number): number {
  const mm = Math.floor(date / 100) % 100;
  const dd = date % 100;
  if (dd > 0 && dd > daysInMonth(year, mm)) return -1;
  return year * 10000 + mm * 100 + dd;
}

const TWO = Array.from({ length: 32 }, (_, i) => String(i).padStart(2, '0'));
const YEARS = Array.from({ length: 300 }, (_, i) => String(1900 + i));

/** yyyymmdd (with 00 for an unknown month or day) as 'YYYY-MM-DD', 'YYYY-MM' or 'YYYY'. */
export function isoOf(day: number): string {
  const y = Math.floor(day / 10000);
  const year = YEARS[y - 1900] ?? String(y);
  const mm = Math.floor(day / 100) % 100;
  const dd = day % 100;
  if (mm === 0) return year;
  if (dd === 0) return `${year}-${TWO[mm]}`;
  return `${year}-${TWO[mm]}-${TWO[dd]}`;
}

const precisionOf = (day: number) =>
  Math.floor(day / 100) % 100 === 0 ? 'year' : day % 100 === 0 ? 'month' : 'day';

function trimmed(text: string, start: number, end: number): string {
  let e = end;
  while (e > start && text.charCodeAt(e - 1) === FILLER) e--;
  return e > start ? text.slice(start, e) : '';
}

const spaced = (s: string): string => (s.includes('<') ? s.replaceAll('<', ' ') : s);

// Given names after '<<': filler inside is a space; stray runs of filler collapse to one space.
function givenNamesOf(raw: string): string {
  let out = spaced(raw);
  if (out.startsWith(' ') || out.includes('  ')) {
    out = out.trim();
    while (out.includes('  ')) out = out.replaceAll('  ', ' ');
  }
  return out;
}

function allFiller(t: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (t.charCodeAt(i) !== FILLER) return false;
  return true;
}

function allValid(t: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (charValue(t.charCodeAt(i)) < 0) return false;
  return true;
}
