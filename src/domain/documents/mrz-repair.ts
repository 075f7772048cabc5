// The repair search: where checks fail, the readings an OCR reader's look-alike confusions allow, ruled
// out by check-digit arithmetic and issuers' number formats, and kept only when exactly one passes
// every check of its field; a name, which no check covers, by how common each reading is.
import {
  charValue,
  digitForLetterCode,
  FILLER,
  isDigit,
  isLetter,
  lettersForDigitCode,
  trimmed,
} from './mrz-check';
import {
  checkGroup,
  type Fault,
  G_BIRTH,
  G_CODE,
  G_COMPOSITE,
  G_EXPIRY,
  G_ISSUING,
  G_NAME,
  G_NATIONALITY,
  G_NUMBER,
  G_OPTIONAL,
  G_OPTIONAL2,
  type Group,
  longCheckAt,
  NONE,
  optionalSpan,
} from './mrz-groups';
import { allowedAt, fitsFormat, type NumberFormat, numberFormatOf } from './mrz-issuers';
import type { Layout, Span } from './mrz-layout';
import { repairName } from './mrz-names';

/**
 * A substitution: the offset, the character put there, and whether it is a swap — the character read
 * could stand there, so only a check digit chose the other one — rather than forced (it could not).
 */
export type Sub = readonly [at: number, to: string, swap: boolean];
/** A reading of some positions: its substitutions, and how many of them were optional look-alike swaps. */
interface Candidate {
  readonly subs: readonly Sub[];
  readonly swaps: number;
}

// What a position may hold: the characters allowed there (the filler '<' is never substituted).
const DIGITS = '0123456789';
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const ALPHANUMERIC = DIGITS + LETTERS;

// Past this many readings of one field the search stops and the field is reported, not guessed.
const MAX_CANDIDATES = 4096;

/** Positions `[start, end)` that may hold the characters `allowed`. */
type Run = readonly [start: number, end: number, allowed: string];

const run = ([start, end]: Span, allowed: string): Run => [start, end, allowed];
const one = (at: number, allowed: string): Run => [at, at + 1, allowed];

function runsOf(text: string, layout: Layout, g: Group): Run[] {
  switch (g) {
    case G_CODE:
      return [run(layout.documentCode, LETTERS)];
    case G_ISSUING:
      return [run(layout.issuingState, LETTERS)];
    case G_NATIONALITY:
      return [run(layout.nationality, LETTERS)];
    case G_NUMBER:
      return numberRuns(text, layout);
    case G_BIRTH:
      return [run(layout.birthDate, DIGITS), one(layout.birthDateCheck, DIGITS)];
    case G_EXPIRY:
      return [run(layout.expiryDate, DIGITS), one(layout.expiryDateCheck, DIGITS)];
    case G_OPTIONAL:
      if (layout.optionalDataCheck === null) return [];
      return [run(layout.optionalData, ALPHANUMERIC), one(layout.optionalDataCheck, DIGITS)];
    default:
      return [];
  }
}

// A document number may hold letters and digits, unless its issuer's format (mrz-issuers) says which
// each position holds: then a letter where only digits stand is as certain a misread as in a date.
function numberRuns(text: string, layout: Layout): Run[] {
  const longAt = longCheckAt(text, layout);
  const check = longAt < 0 ? layout.documentNumberCheck : longAt;
  const offsets = numberOffsets(text, layout);
  const format = numberFormatAt(text, layout);
  if (format === undefined || format.pattern.length !== offsets.length) {
    const number = run(layout.documentNumber, ALPHANUMERIC);
    const rest: Run[] = longAt < 0 ? [] : [[layout.optionalData[0], longAt, ALPHANUMERIC]];
    return [number, ...rest, one(check, DIGITS)];
  }
  return [...offsets.map((at, k) => one(at, allowedAt(format, k))), one(check, DIGITS)];
}

// Where the number's characters are: the field without its trailing fillers, then a long number's rest.
function numberOffsets(text: string, layout: Layout): number[] {
  const [s, e] = layout.documentNumber;
  const longAt = longCheckAt(text, layout);
  let end = e;
  if (longAt < 0) while (end > s && text.charCodeAt(end - 1) === FILLER) end--;
  const offsets = Array.from({ length: end - s }, (_, k) => s + k);
  if (longAt >= 0) for (let at = layout.optionalData[0]; at < longAt; at++) offsets.push(at);
  return offsets;
}

const numberFormatAt = (text: string, layout: Layout): NumberFormat | undefined =>
  numberFormatOf(
    trimmed(text, layout.issuingState[0], layout.issuingState[1]),
    trimmed(text, layout.documentCode[0], layout.documentCode[1]),
  );

// A reading of the number that its issuer's format rules out: of its length, with a character the
// format does not allow where it stands.
function isRuledOut(text: string, layout: Layout): boolean {
  const format = numberFormatAt(text, layout);
  if (format === undefined) return false;
  const offsets = numberOffsets(text, layout);
  if (offsets.length !== format.pattern.length) return false;
  return !fitsFormat(format, offsets.map((at) => text.charAt(at)).join(''));
}

// The composite's own positions: its digit and, when no checked field failed, the optional data that
// only the composite covers (TD1, TD2).
function compositeRuns(text: string, layout: Layout, withOptional: boolean): Run[] {
  if (layout.composite === null) return [];
  const out: Run[] = [one(layout.composite.at, DIGITS)];
  if (withOptional && layout.optionalDataCheck === null) {
    out.push(run(optionalSpan(text, layout), ALPHANUMERIC));
    if (layout.optionalData2) out.push(run(layout.optionalData2, ALPHANUMERIC));
  }
  return out;
}

// What a character may have been misread for: a letter's digit, a digit's letters.
function lookAlikes(c: number): readonly string[] {
  if (isDigit(c)) return lettersForDigitCode(c);
  const digit = isLetter(c) ? digitForLetterCode(c) : undefined;
  return digit === undefined ? NONE : [digit];
}

/**
 * The readings of some positions: every character that may not stand where it is is replaced by a
 * look-alike that may (all combinations), and at most one character that may stand there is swapped
 * for a look-alike that may too. Null when there would be too many to decide between.
 */
function candidates(text: string, runs: readonly Run[]): Candidate[] | null {
  const forced: [number, readonly string[]][] = [];
  const optional: [number, readonly string[]][] = [];
  for (const [start, end, allowed] of runs) {
    for (let at = start; at < end; at++) {
      const c = text.charCodeAt(at);
      if (c === FILLER) continue;
      const options = lookAlikes(c).filter((to) => allowed.includes(to));
      if (options.length === 0) continue;
      (allowed.includes(text.charAt(at)) ? optional : forced).push([at, options]);
    }
  }
  let combos: Sub[][] = [[]];
  for (const [at, options] of forced) {
    combos = combos.flatMap((combo) => options.map((to): Sub[] => [...combo, [at, to, false]]));
    if (combos.length > MAX_CANDIDATES) return null;
  }
  const out: Candidate[] = combos.map((subs) => ({ subs, swaps: 0 }));
  for (const combo of combos) {
    for (const [at, options] of optional) {
      for (const to of options) out.push({ subs: [...combo, [at, to, true]], swaps: 1 });
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
    all.filter((c) => {
      if (c.subs.length === 0 || !mayPass(text, check, c.subs)) return false;
      const t = apply(text, c.subs);
      return checkGroup(t, layout, g, today, true) === null && (g !== G_NUMBER || !isRuledOut(t, layout));
    }),
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

export interface Repaired {
  readonly text: string;
  readonly subs: readonly (readonly [Group, Sub])[];
  readonly ambiguous: ReadonlySet<Group>;
}

// Composite-covered fields are decided together, so the composite can tell their readings apart.
const COVERED: readonly Group[] = [G_NUMBER, G_BIRTH, G_EXPIRY, G_OPTIONAL];

export function repair(text: string, layout: Layout, today: number, faults: readonly Fault[]): Repaired {
  const failing = new Set(faults.map((f) => f.group));
  const covered = layout.composite ? COVERED : NONE;
  const subs: [Group, Sub][] = [];
  const ambiguous = new Set<Group>();
  let current = text;

  for (const g of failing) {
    if (g === G_COMPOSITE || covered.includes(g)) continue;
    if (g === G_NAME) {
      // No check digit covers a name: its digits are read as the likeliest letters (mrz-names).
      const letters = repairName(current, layout.name[0], layout.name[1]);
      current = apply(
        current,
        letters.map(([at, to]): Sub => [at, to, false]),
      );
      for (const [at, to] of letters) subs.push([g, [at, to, false]]);
      continue;
    }
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
