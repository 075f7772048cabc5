// The checks of a zone, field by field: each field with its check digit is a group, checked as one
// and located when it fails, so the repair search and the result can name it.
import { isKnownCountryAt } from './country-codes';
import {
  birthYear,
  charValue,
  checkDigitOf,
  checkDigitOfSpans,
  DATE_INVALID,
  DATE_UNKNOWN,
  daysInMonth,
  digitAt,
  expiryYear,
  FILLER,
  isDigit,
  isLetter,
  readDate,
  trimmed,
} from './mrz-check';
import { printsVariant } from './mrz-issuers';
import { LAYOUTS, type Layout, type Span } from './mrz-layout';
import type { MrzField, MrzProblemCode, MrzVariant } from './mrz-types';

// Groups: a field with its check digit, checked and repaired as one.
export const G_CODE = 0;
export const G_ISSUING = 1;
export const G_NAME = 2;
export const G_NUMBER = 3;
export const G_NATIONALITY = 4;
export const G_BIRTH = 5;
export const G_SEX = 6;
export const G_EXPIRY = 7;
export const G_OPTIONAL = 8;
export const G_OPTIONAL2 = 9;
export const G_COMPOSITE = 10;
export type Group = number;

export const GROUP_FIELD: readonly MrzField[] = [
  'documentCode',
  'issuingState',
  'name',
  'documentNumber',
  'nationality',
  'birthDate',
  'sex',
  'expiryDate',
  'optionalData',
  'optionalData2',
  'composite',
];

export interface Fault {
  readonly group: Group;
  readonly code: MrzProblemCode;
  readonly start: number;
  readonly length: number;
}

export const NONE: readonly never[] = Object.freeze([]);

const GROUPS: Readonly<Record<string, readonly Group[]>> = Object.fromEntries(
  Object.values(LAYOUTS).map((layout) => [
    layout.format,
    [
      G_CODE,
      G_ISSUING,
      G_NAME,
      G_NUMBER,
      G_NATIONALITY,
      G_BIRTH,
      G_SEX,
      G_EXPIRY,
      G_OPTIONAL,
      ...(layout.optionalData2 ? [G_OPTIONAL2] : []),
      ...(layout.composite ? [G_COMPOSITE] : []),
    ],
  ]),
);

// What fails in each group of the format, in its order; null when nothing does.
export function faultsOf(text: string, layout: Layout, today: number): Fault[] | null {
  let faults: Fault[] | null = null;
  for (const g of GROUPS[layout.format] ?? NONE) {
    const fault = checkGroup(text, layout, g, today, false);
    if (fault === null) continue;
    if (faults === null) faults = [fault];
    else faults.push(fault);
  }
  return faults;
}

const fault = (group: Group, code: MrzProblemCode, start: number, length: number): Fault => ({
  group,
  code,
  start,
  length,
});

// -1 when every character of [start, end) is a letter or filler, else the first that is not.
function firstNotAlpha(text: string, start: number, end: number): number {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (!isLetter(c) && c !== FILLER) return i;
  }
  return -1;
}

function firstNotNumeric(text: string, start: number, end: number): number {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (!isDigit(c) && c !== FILLER) return i;
  }
  return -1;
}

function firstInvalid(text: string, start: number, end: number): number {
  for (let i = start; i < end; i++) if (charValue(text.charCodeAt(i)) < 0) return i;
  return -1;
}

/**
 * Parts 5 and 6, note j: a document number over nine characters has '<' for its check digit and goes on
 * in the optional data, followed by its check digit and a filler. Returns where that check digit is,
 * or -1 for a number of nine characters or fewer.
 */
export function longCheckAt(text: string, layout: Layout): number {
  if (!layout.longNumber || text.charCodeAt(layout.documentNumberCheck) !== FILLER) return -1;
  const [start, end] = layout.optionalData;
  if (text.charCodeAt(start) === FILLER) return -1;
  let k = start + 1;
  while (k < end && text.charCodeAt(k) !== FILLER) k++;
  return k - 1;
}

export function checkGroup(
  text: string,
  layout: Layout,
  g: Group,
  today: number,
  strict: boolean,
): Fault | null {
  switch (g) {
    case G_CODE: {
      const [s, e] = layout.documentCode;
      const bad = firstNotAlpha(text, s, e);
      if (bad >= 0) return fault(g, 'mrz.invalid-character', bad, 1);
      if (!layout.codeLetters.includes(text.charAt(s))) return fault(g, 'mrz.document-code', s, 2);
      return null;
    }
    case G_ISSUING:
    case G_NATIONALITY: {
      const [s, e] = g === G_ISSUING ? layout.issuingState : layout.nationality;
      const bad = firstNotAlpha(text, s, e);
      if (bad >= 0) return fault(g, 'mrz.invalid-character', bad, 1);
      return isKnownCountryAt(text, s) ? null : fault(g, 'mrz.unknown-country', s, 3);
    }
    case G_NAME: {
      const [s, e] = layout.name;
      const bad = firstNotAlpha(text, s, e);
      return bad >= 0 ? fault(g, 'mrz.invalid-character', bad, 1) : null;
    }
    case G_NUMBER:
      return checkNumber(text, layout);
    case G_BIRTH:
    case G_EXPIRY:
      return checkDate(text, layout, g, today);
    case G_SEX: {
      const c = text.charCodeAt(layout.sex);
      return c === 77 || c === 70 || c === 88 || c === FILLER
        ? null
        : fault(g, 'mrz.invalid-sex', layout.sex, 1);
    }
    case G_OPTIONAL:
      return checkOptional(text, layout);
    case G_OPTIONAL2: {
      const [s, e] = layout.optionalData2 ?? [0, 0];
      const bad = firstInvalid(text, s, e);
      return bad >= 0 ? fault(g, 'mrz.invalid-character', bad, 1) : null;
    }
    case G_COMPOSITE: {
      const composite = layout.composite;
      if (composite === null) return null;
      const computed = checkDigitOfSpans(text, composite.spans);
      // A character with no value is reported where it is; the composite cannot say more.
      if (computed < 0) return strict ? fault(g, 'mrz.check-digit', composite.at, 1) : null;
      const digit = digitAt(text, composite.at);
      if (digit < 0) return fault(g, 'mrz.invalid-character', composite.at, 1);
      return digit === computed ? null : fault(g, 'mrz.check-digit', composite.at, 1);
    }
    default:
      return null;
  }
}

function checkNumber(text: string, layout: Layout): Fault | null {
  const [s, e] = layout.documentNumber;
  const bad = firstInvalid(text, s, e);
  if (bad >= 0) return fault(G_NUMBER, 'mrz.invalid-character', bad, 1);
  const longAt = longCheckAt(text, layout);
  if (longAt < 0) {
    const at = layout.documentNumberCheck;
    const digit = digitAt(text, at);
    if (digit < 0 && isLetter(text.charCodeAt(at))) return fault(G_NUMBER, 'mrz.invalid-character', at, 1);
    return digit === checkDigitOf(text, s, e) ? null : fault(G_NUMBER, 'mrz.check-digit', s, e - s + 1);
  }
  const os = layout.optionalData[0];
  const badExtension = firstInvalid(text, os, longAt);
  if (badExtension >= 0) return fault(G_NUMBER, 'mrz.invalid-character', badExtension, 1);
  const digit = digitAt(text, longAt);
  if (digit < 0 && isLetter(text.charCodeAt(longAt)))
    return fault(G_NUMBER, 'mrz.invalid-character', longAt, 1);
  if (digit === longNumberCheck(text, layout, longAt) || variantOf(text, layout) !== undefined) return null;
  return fault(G_NUMBER, 'mrz.check-digit', s, e - s + 1);
}

// Parts 5 and 6 note j: the check digit of a long number covers its first nine characters and the rest
// in the optional data, without the '<' between them.
const longNumberCheck = (text: string, layout: Layout, longAt: number): number =>
  checkDigitOfSpans(text, [layout.documentNumber, [layout.optionalData[0], longAt]]);

/**
 * The issuer variant a zone's long number reads by: none when the standard's reading passes, or when
 * no issuer known to print a variant (mrz-issuers) passes by it.
 */
export function variantOf(text: string, layout: Layout): MrzVariant | undefined {
  const longAt = longCheckAt(text, layout);
  if (longAt < 0) return undefined;
  const digit = digitAt(text, longAt);
  if (digit < 0 || digit === longNumberCheck(text, layout, longAt)) return undefined;
  const issuer = trimmed(text, layout.issuingState[0], layout.issuingState[1]);
  if (!printsVariant('long-number-filler-in-check', issuer, layout.format)) return undefined;
  // The '<' that ends the first nine characters counted as one of the number's.
  const at = layout.documentNumberCheck;
  const withFiller = checkDigitOfSpans(text, [
    layout.documentNumber,
    [at, at + 1],
    [layout.optionalData[0], longAt],
  ]);
  return digit === withFiller ? 'long-number-filler-in-check' : undefined;
}

function checkDate(text: string, layout: Layout, g: Group, today: number): Fault | null {
  const isBirth = g === G_BIRTH;
  const [s, e] = isBirth ? layout.birthDate : layout.expiryDate;
  const at = isBirth ? layout.birthDateCheck : layout.expiryDateCheck;
  const bad = firstNotNumeric(text, s, e);
  if (bad >= 0) return fault(g, 'mrz.invalid-character', bad, 1);
  const digit = digitAt(text, at);
  if (digit < 0) return fault(g, 'mrz.invalid-character', at, 1);
  if (digit !== checkDigitOf(text, s, e)) return fault(g, 'mrz.check-digit', s, e - s + 1);
  const date = readDate(text, s);
  if (date === DATE_INVALID) return fault(g, 'mrz.invalid-date', s, 6);
  if (date === DATE_UNKNOWN) return isBirth ? null : fault(g, 'mrz.invalid-date', s, 6);
  const mm = Math.floor(date / 100) % 100;
  const dd = date % 100;
  // An expiry date is always a whole date; only birth dates may be partial.
  if (!isBirth && (mm === 0 || dd === 0)) return fault(g, 'mrz.invalid-date', s, 6);
  const year = isBirth ? birthYear(date, today) : expiryYear(date, today);
  return dd > 0 && dd > daysInMonth(year, mm) ? fault(g, 'mrz.invalid-date', s, 6) : null;
}

export function optionalSpan(text: string, layout: Layout): Span {
  const longAt = longCheckAt(text, layout);
  const [s, e] = layout.optionalData;
  return longAt < 0 ? [s, e] : [Math.min(longAt + 1, e), e];
}

function checkOptional(text: string, layout: Layout): Fault | null {
  const [s, e] = optionalSpan(text, layout);
  const bad = firstInvalid(text, s, e);
  if (bad >= 0) return fault(G_OPTIONAL, 'mrz.invalid-character', bad, 1);
  const at = layout.optionalDataCheck;
  if (at === null) return null;
  const c = text.charCodeAt(at);
  // Part 4: an unused personal number may have '<' or 0 for its check digit.
  if (c === FILLER) {
    return firstNotFiller(text, s, e) < 0 ? null : fault(G_OPTIONAL, 'mrz.check-digit', s, e - s + 1);
  }
  const digit = digitAt(text, at);
  if (digit < 0) return fault(G_OPTIONAL, 'mrz.invalid-character', at, 1);
  return digit === checkDigitOf(text, s, e) ? null : fault(G_OPTIONAL, 'mrz.check-digit', s, e - s + 1);
}

function firstNotFiller(text: string, start: number, end: number): number {
  for (let i = start; i < end; i++) if (text.charCodeAt(i) !== FILLER) return i;
  return -1;
}
