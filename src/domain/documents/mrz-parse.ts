// Reads a machine-readable zone of any ICAO 9303 format into fields and located problems, repairing
// OCR confusions only where exactly one reading passes every check. Never throws on bad input.
import { isKnownCountryAt } from './country-codes';
import {
  birthYear,
  charValue,
  checkDigitOf,
  checkDigitOfSpans,
  DATE_INVALID,
  DATE_UNKNOWN,
  dayNumber,
  daysInMonth,
  digitAt,
  digitForLetterCode,
  expiryYear,
  FILLER,
  isDigit,
  isLetter,
  lettersForDigitCode,
  readDate,
  trimmed,
  unfilled,
} from './mrz-check';
import { readFast } from './mrz-fast';
import { LAYOUTS, type Layout, type Span } from './mrz-layout';
import type {
  DatePrecision,
  MrzField,
  MrzFields,
  MrzProblem,
  MrzProblemCode,
  MrzRepair,
  MrzResult,
  Sex,
} from './mrz-types';
import { readZone } from './mrz-zone';

// Groups: a field with its check digit, checked and repaired as one.
const G_CODE = 0;
const G_ISSUING = 1;
const G_NAME = 2;
const G_NUMBER = 3;
const G_NATIONALITY = 4;
const G_BIRTH = 5;
const G_SEX = 6;
const G_EXPIRY = 7;
const G_OPTIONAL = 8;
const G_OPTIONAL2 = 9;
const G_COMPOSITE = 10;
type Group = number;

const GROUP_FIELD: readonly MrzField[] = [
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

interface Fault {
  readonly group: Group;
  readonly code: MrzProblemCode;
  readonly start: number;
  readonly length: number;
}

const NONE: readonly never[] = Object.freeze([]);

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

/**
 * Reads a zone as a reader sends it: lines split by CR, LF or CRLF or not at all, any case, stray
 * spaces. `today` (its UTC date) dates the century of birth dates and says whether the document expired.
 */
export function parseMrz(input: string | readonly string[], today: Date): MrzResult {
  return parseMrzOn(input, dayNumber(today));
}

/** As parseMrz, with today as the number yyyymmdd: for callers that read many zones on one day. */
export function parseMrzOn(input: string | readonly string[], today: number): MrzResult {
  if (typeof input === 'string') {
    const fast = readFast(input, today);
    if (fast !== null) return fast;
  }
  return parseSlowly(input, today);
}

/** The careful reader alone, without the fast path: what the tests hold the fast path to. */
export function parseSlowly(input: string | readonly string[], today: number): MrzResult {
  const reading = readZone(input);
  if (!reading.ok) {
    return {
      valid: false,
      format: reading.format,
      fields: null,
      expired: false,
      problems: reading.problems,
      repairs: NONE,
    };
  }
  const layout = LAYOUTS[reading.format];
  const text = reading.text;
  const faults = faultsOf(text, layout, today);
  if (faults === null) return build(text, layout, today, NONE, NONE);
  return repairAndBuild(text, layout, today, faults);
}

// What fails in each group of the format, in its order; null when nothing does.
function faultsOf(text: string, layout: Layout, today: number): Fault[] | null {
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
function longCheckAt(text: string, layout: Layout): number {
  if (!layout.longNumber || text.charCodeAt(layout.documentNumberCheck) !== FILLER) return -1;
  const [start, end] = layout.optionalData;
  if (text.charCodeAt(start) === FILLER) return -1;
  let k = start + 1;
  while (k < end && text.charCodeAt(k) !== FILLER) k++;
  return k - 1;
}

function checkGroup(text: string, layout: Layout, g: Group, today: number, strict: boolean): Fault | null {
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
  const computed = checkDigitOfSpans(text, [
    [s, e],
    [os, longAt],
  ]);
  return digit === computed ? null : fault(G_NUMBER, 'mrz.check-digit', s, e - s + 1);
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

function optionalSpan(text: string, layout: Layout): Span {
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

// ---- Repair -------------------------------------------------------------------------------------

/** A substitution: the offset and the character put there. */
type Sub = readonly [at: number, to: string];
/** A reading of some positions: its substitutions, and how many of them were optional look-alike swaps. */
interface Candidate {
  readonly subs: readonly Sub[];
  readonly swaps: number;
}
/** 'N' numeric, 'A' alphabetic, 'X' alphanumeric: what a position may hold, so what it may be read as. */
type CharClass = 'N' | 'A' | 'X';

// Past this many readings of one field the search stops and the field is reported, not guessed.
const MAX_CANDIDATES = 4096;

/** Positions `[start, end)` that may hold characters of one class. */
type Run = readonly [start: number, end: number, cls: CharClass];

const run = ([start, end]: Span, cls: CharClass): Run => [start, end, cls];
const one = (at: number, cls: CharClass): Run => [at, at + 1, cls];

function runsOf(text: string, layout: Layout, g: Group): Run[] {
  switch (g) {
    case G_CODE:
      return [run(layout.documentCode, 'A')];
    case G_ISSUING:
      return [run(layout.issuingState, 'A')];
    case G_NATIONALITY:
      return [run(layout.nationality, 'A')];
    case G_NAME:
      return [run(layout.name, 'A')];
    case G_NUMBER: {
      const longAt = longCheckAt(text, layout);
      if (longAt < 0) return [run(layout.documentNumber, 'X'), one(layout.documentNumberCheck, 'N')];
      return [run(layout.documentNumber, 'X'), [layout.optionalData[0], longAt, 'X'], one(longAt, 'N')];
    }
    case G_BIRTH:
      return [run(layout.birthDate, 'N'), one(layout.birthDateCheck, 'N')];
    case G_EXPIRY:
      return [run(layout.expiryDate, 'N'), one(layout.expiryDateCheck, 'N')];
    case G_OPTIONAL:
      if (layout.optionalDataCheck === null) return [];
      return [run(layout.optionalData, 'X'), one(layout.optionalDataCheck, 'N')];
    default:
      return [];
  }
}

// The composite's own positions: its digit and, when no checked field failed, the optional data that
// only the composite covers (TD1, TD2).
function compositeRuns(text: string, layout: Layout, withOptional: boolean): Run[] {
  if (layout.composite === null) return [];
  const out: Run[] = [one(layout.composite.at, 'N')];
  if (withOptional && layout.optionalDataCheck === null) {
    out.push(run(optionalSpan(text, layout), 'X'));
    if (layout.optionalData2) out.push(run(layout.optionalData2, 'X'));
  }
  return out;
}

/**
 * The readings of some positions: every character a class forbids is replaced by what it is mistaken
 * for (all combinations), and at most one allowed character of an alphanumeric position is swapped
 * for a look-alike. Null when there would be too many to decide between.
 */
function candidates(text: string, runs: readonly Run[]): Candidate[] | null {
  const forced: [number, readonly string[]][] = [];
  const optional: [number, readonly string[]][] = [];
  for (const [start, end, cls] of runs) {
    for (let at = start; at < end; at++) {
      const c = text.charCodeAt(at);
      if (isLetter(c)) {
        const digit = digitForLetterCode(c);
        if (digit === undefined || cls === 'A') continue;
        (cls === 'N' ? forced : optional).push([at, [digit]]);
      } else if (isDigit(c)) {
        const letters = lettersForDigitCode(c);
        if (letters.length === 0 || cls === 'N') continue;
        (cls === 'A' ? forced : optional).push([at, letters]);
      }
    }
  }
  let combos: Sub[][] = [[]];
  for (const [at, options] of forced) {
    combos = combos.flatMap((combo) => options.map((to): Sub[] => [...combo, [at, to]]));
    if (combos.length > MAX_CANDIDATES) return null;
  }
  const out: Candidate[] = combos.map((subs) => ({ subs, swaps: 0 }));
  for (const combo of combos) {
    for (const [at, options] of optional) {
      for (const to of options) out.push({ subs: [...combo, [at, to]], swaps: 1 });
    }
    if (out.length > MAX_CANDIDATES) return null;
  }
  return out;
}

// A reading is taken as printed unless the checks say otherwise, so among the readings that pass,
// only those with the fewest look-alike swaps count: one swap is never preferred to none.
function fewestSwaps(found: readonly Candidate[]): Candidate[] {
  let least = Number.POSITIVE_INFINITY;
  for (const c of found) least = Math.min(least, c.swaps);
  return found.filter((c) => c.swaps === least);
}

function apply(text: string, subs: readonly Sub[]): string {
  if (subs.length === 0) return text;
  const sorted = [...subs].sort((a, b) => a[0] - b[0]);
  let out = '';
  let from = 0;
  for (const [at, to] of sorted) {
    out += text.slice(from, at) + to;
    from = at + 1;
  }
  return out + text.slice(from);
}

function passing(text: string, layout: Layout, g: Group, today: number): Candidate[] | null {
  const all = candidates(text, runsOf(text, layout, g));
  if (all === null) return null;
  const check = checkSumOf(text, layout, g);
  return fewestSwaps(
    all.filter(
      (c) =>
        c.subs.length > 0 &&
        mayPass(text, check, c.subs) &&
        checkGroup(apply(text, c.subs), layout, g, today, true) === null,
    ),
  );
}

/**
 * A group's check digit as arithmetic: the spans it covers, their weighted sum in `text` (-1 if a
 * character has no value), and where the digit is. Lets a reading be ruled out without being written.
 */
interface CheckSum {
  readonly spans: readonly Span[];
  readonly sum: number;
  readonly at: number;
}

function checkSumOf(text: string, layout: Layout, g: Group): CheckSum | null {
  switch (g) {
    case G_NUMBER:
      // A long number's check digit moves with the optional data: left to checkGroup.
      return longCheckAt(text, layout) < 0
        ? checkSum(text, [layout.documentNumber], layout.documentNumberCheck)
        : null;
    case G_BIRTH:
      return checkSum(text, [layout.birthDate], layout.birthDateCheck);
    case G_EXPIRY:
      return checkSum(text, [layout.expiryDate], layout.expiryDateCheck);
    case G_OPTIONAL: {
      const at = layout.optionalDataCheck;
      // '<' for the digit has its own rule (checkOptional).
      if (at === null || text.charCodeAt(at) === FILLER) return null;
      return checkSum(text, [optionalSpan(text, layout)], at);
    }
    case G_COMPOSITE:
      return layout.composite === null ? null : checkSum(text, layout.composite.spans, layout.composite.at);
    default:
      return null;
  }
}

function checkSum(text: string, spans: readonly Span[], at: number): CheckSum {
  let sum = 0;
  let k = 0;
  for (const [start, end] of spans) {
    for (let i = start; i < end; i++, k++) {
      const v = charValue(text.charCodeAt(i));
      if (v < 0) return { spans, sum: -1, at };
      sum += v * weightOf(k);
    }
  }
  return { spans, sum, at };
}

const weightOf = (k: number): number => (k % 3 === 0 ? 7 : k % 3 === 1 ? 3 : 1);

/**
 * False when the reading `subs` of `text` certainly fails the group's check digit: every group with
 * one passes only if its digit equals its weighted sum mod 10, so this rules readings out, never in.
 * A character with no value is never substituted, so it fails every reading.
 */
function mayPass(text: string, check: CheckSum | null, subs: readonly Sub[]): boolean {
  if (check === null) return true;
  if (check.sum < 0) return false;
  let sum = check.sum;
  let digit = text.charCodeAt(check.at);
  for (const [at, to] of subs) {
    const c = to.charCodeAt(0);
    if (at === check.at) digit = c;
    const k = indexIn(check.spans, at);
    if (k >= 0) sum += (charValue(c) - charValue(text.charCodeAt(at))) * weightOf(k);
  }
  return digit - 48 === sum % 10;
}

// Where offset `at` falls in the spans read as one string, or -1.
function indexIn(spans: readonly Span[], at: number): number {
  let k = 0;
  for (const [start, end] of spans) {
    if (at >= start && at < end) return k + at - start;
    k += end - start;
  }
  return -1;
}

function product(left: readonly Candidate[], right: readonly Candidate[]): Candidate[] | null {
  if (left.length * right.length > MAX_CANDIDATES) return null;
  return left.flatMap((a) =>
    right.map((b): Candidate => ({ subs: [...a.subs, ...b.subs], swaps: a.swaps + b.swaps })),
  );
}

interface Repaired {
  readonly text: string;
  readonly subs: readonly (readonly [Group, Sub])[];
  readonly ambiguous: ReadonlySet<Group>;
}

// Composite-covered fields are decided together, so the composite can tell their readings apart.
const COVERED: readonly Group[] = [G_NUMBER, G_BIRTH, G_EXPIRY, G_OPTIONAL];

function repair(text: string, layout: Layout, today: number, faults: readonly Fault[]): Repaired {
  const failing = new Set(faults.map((f) => f.group));
  const covered = layout.composite ? COVERED : NONE;
  const subs: [Group, Sub][] = [];
  const ambiguous = new Set<Group>();
  let current = text;

  for (const g of failing) {
    if (g === G_COMPOSITE || covered.includes(g)) continue;
    const found = passing(current, layout, g, today);
    if (found === null) continue;
    const [only, second] = found;
    if (only !== undefined && second === undefined) {
      current = apply(current, only.subs);
      for (const sub of only.subs) subs.push([g, sub]);
    } else if (second !== undefined) ambiguous.add(g);
  }

  if (layout.composite === null) return { text: current, subs, ambiguous };
  const coveredFailing = covered.filter((g) => failing.has(g));
  if (coveredFailing.length === 0 && !failing.has(G_COMPOSITE)) return { text: current, subs, ambiguous };

  let combos: Candidate[] | null = [{ subs: [], swaps: 0 }];
  const owners = new Map<number, Group>();
  for (const g of coveredFailing) {
    const found = passing(current, layout, g, today);
    if (found === null || found.length === 0 || combos === null) return { text: current, subs, ambiguous };
    for (const c of found) for (const [at] of c.subs) owners.set(at, g);
    combos = product(combos, found);
  }
  const own = candidates(current, compositeRuns(current, layout, coveredFailing.length === 0));
  if (combos === null || own === null) return { text: current, subs, ambiguous };
  combos = product(combos, own);
  if (combos === null) return { text: current, subs, ambiguous };

  const base = current;
  const compositeSum = checkSumOf(base, layout, G_COMPOSITE);
  const good = fewestSwaps(
    combos.filter((c) => {
      if (c.subs.length === 0 || !mayPass(base, compositeSum, c.subs)) return false;
      const t = apply(base, c.subs);
      return (
        checkGroup(t, layout, G_COMPOSITE, today, true) === null &&
        coveredFailing.every((g) => checkGroup(t, layout, g, today, true) === null) &&
        (!failing.has(G_OPTIONAL) || checkGroup(t, layout, G_OPTIONAL, today, true) === null) &&
        (!failing.has(G_OPTIONAL2) || checkGroup(t, layout, G_OPTIONAL2, today, true) === null)
      );
    }),
  );
  const [only, second] = good;
  if (only !== undefined && second === undefined) {
    current = apply(base, only.subs);
    for (const sub of only.subs) subs.push([owners.get(sub[0]) ?? G_COMPOSITE, sub]);
  } else if (second !== undefined) {
    for (const g of coveredFailing) ambiguous.add(g);
    if (coveredFailing.length === 0) ambiguous.add(G_COMPOSITE);
  }
  return { text: current, subs, ambiguous };
}

function repairAndBuild(text: string, layout: Layout, today: number, faults: readonly Fault[]): MrzResult {
  const repaired = repair(text, layout, today, faults);
  const width = layout.width;
  const repairs: MrzRepair[] = repaired.subs.map(([g, [at, to]]) => ({
    field: g === G_COMPOSITE ? compositeField(layout, at) : (GROUP_FIELD[g] ?? 'zone'),
    line: Math.floor(at / width) + 1,
    column: (at % width) + 1,
    from: text.charAt(at),
    to,
  }));
  if (repairs.length > 0) {
    // Repaired into a zone the fast path accepts: no problem is left, and its fields are build's.
    const fast = readFast(repaired.text, today);
    if (fast !== null) {
      return {
        valid: true,
        format: fast.format,
        fields: fast.fields,
        expired: fast.expired,
        problems: NONE,
        repairs,
      };
    }
  }
  const problems: MrzProblem[] = [];
  // Unrepaired, the zone fails exactly as it did.
  const left = repaired.subs.length === 0 ? faults : (faultsOf(repaired.text, layout, today) ?? NONE);
  for (const f of left) {
    const code = repaired.ambiguous.has(f.group) ? 'mrz.repair-ambiguous' : f.code;
    problems.push({
      field: GROUP_FIELD[f.group] ?? 'zone',
      code,
      line: Math.floor(f.start / width) + 1,
      column: (f.start % width) + 1,
      length: f.length,
    });
  }
  return build(repaired.text, layout, today, problems, repairs);
}

function compositeField(layout: Layout, at: number): MrzField {
  if (layout.composite !== null && at === layout.composite.at) return 'composite';
  const second = layout.optionalData2;
  return second !== null && at >= second[0] && at < second[1] ? 'optionalData2' : 'optionalData';
}

// ---- Fields ---------------------------------------------------------------------------------------

const spaced = (s: string): string => (s.includes('<') ? s.replaceAll('<', ' ') : s);

function collapse(s: string): string {
  let out = s.trim();
  while (out.includes('  ')) out = out.replaceAll('  ', ' ');
  return out;
}

const SEXES: Readonly<Record<string, Sex>> = { M: 'M', F: 'F', X: 'X', '<': 'unspecified' };

interface DateField {
  readonly iso: string | null;
  readonly precision: DatePrecision;
  readonly day: number;
}

const NO_DATE: DateField = { iso: null, precision: 'unknown', day: 0 };

function dateField(text: string, start: number, today: number, isBirth: boolean): DateField {
  const date = readDate(text, start);
  if (date === DATE_INVALID || date === DATE_UNKNOWN) return NO_DATE;
  const mm = Math.floor(date / 100) % 100;
  const dd = date % 100;
  if (!isBirth && (mm === 0 || dd === 0)) return NO_DATE;
  const year = isBirth ? birthYear(date, today) : expiryYear(date, today);
  if (dd > daysInMonth(year, mm)) return NO_DATE;
  const day = year * 10000 + mm * 100 + dd;
  if (mm === 0) return { iso: String(year), precision: 'year', day };
  const month = `${year}-${text.slice(start + 2, start + 4)}`;
  if (dd === 0) return { iso: month, precision: 'month', day };
  return { iso: `${month}-${text.slice(start + 4, start + 6)}`, precision: 'day', day };
}

function build(
  text: string,
  layout: Layout,
  today: number,
  problems: readonly MrzProblem[],
  repairs: readonly MrzRepair[],
): MrzResult {
  const [ns, ne] = layout.name;
  const name = trimmed(text, ns, ne);
  const split = name.indexOf('<<');
  const surname = split < 0 ? spaced(name) : spaced(name.slice(0, split));
  let givenNames = split < 0 ? '' : spaced(name.slice(split + 2));
  if (givenNames.startsWith(' ') || givenNames.includes('  ')) givenNames = collapse(givenNames);

  const [ds, de] = layout.documentNumber;
  const longAt = longCheckAt(text, layout);
  const [os, oe] = layout.optionalData;
  const documentNumber = longAt < 0 ? trimmed(text, ds, de) : text.slice(ds, de) + text.slice(os, longAt);
  const optionalData = longAt < 0 ? unfilled(text, os, oe) : unfilled(text, longAt + 2, oe);
  const second = layout.optionalData2;

  const birth = dateField(text, layout.birthDate[0], today, true);
  const expiry = dateField(text, layout.expiryDate[0], today, false);

  const fields: MrzFields = {
    documentCode: trimmed(text, layout.documentCode[0], layout.documentCode[1]),
    issuingState: trimmed(text, layout.issuingState[0], layout.issuingState[1]),
    surname,
    givenNames,
    documentNumber,
    nationality: trimmed(text, layout.nationality[0], layout.nationality[1]),
    birthDate: birth.iso,
    birthDatePrecision: birth.precision,
    sex: SEXES[text.charAt(layout.sex)] ?? null,
    expiryDate: expiry.iso,
    optionalData,
    optionalData2: second === null ? '' : unfilled(text, second[0], second[1]),
  };
  return {
    valid: problems.length === 0,
    format: layout.format,
    fields,
    expired: expiry.iso !== null && expiry.day < today,
    problems,
    repairs,
  };
}
