// The one entry the CLI and the server call: a document zone or an identity number in, the JSON-line
// result out. Bad JSON or an unknown shape is a result with a problem, never an exception.
import { dayNumber } from './mrz-check';
import { readFast } from './mrz-fast';
import { parseMrzOn } from './mrz-parse';
import type { MrzProblem, MrzRepair, MrzResult } from './mrz-types';
import { type IdError, type IdType, parseNationalId } from './national-id';

/** The result for a machine-readable zone: the shape of parseMrz. */
export type DocumentCheck = MrzResult;

export interface IdentifierCheck {
  readonly valid: boolean;
  readonly idType: IdType | null;
  readonly normalized: string | null;
  readonly display: string | null;
  readonly problems: readonly IdError[];
}

export interface InputProblem {
  readonly field: 'input';
  readonly code: 'input.json' | 'input.shape';
  readonly line: 1;
  readonly column: 1;
  readonly length: number;
}

/** What one input line gives; `ref`, when the line had one, is echoed so callers can match results. */
export type JsonLineResult = (
  | DocumentCheck
  | IdentifierCheck
  | { readonly valid: false; readonly problems: readonly [InputProblem] }
) & { readonly ref?: string | number };

/** Reads a zone as a reader sends it. `today` (its UTC date) dates births and expiry. */
export function checkDocument(input: string | readonly string[], today: Date): DocumentCheck {
  return parseMrzOn(input, dayNumber(today));
}

/** Checks an identity number of a type ('CL-RUN', 'PE-DNI', ...). */
export function checkIdentifier(idType: string, value: string): IdentifierCheck {
  const result = parseNationalId(idType, value);
  if (result.ok) return { valid: true, ...result.value, problems: [] };
  const known = result.error.code === 'id.unknown-type' ? null : (idType as IdType);
  return { valid: false, idType: known, normalized: null, display: null, problems: [result.error] };
}

const inputProblem = (code: InputProblem['code'], length: number): JsonLineResult => ({
  valid: false,
  problems: [{ field: 'input', code, line: 1, column: 1, length }],
});

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isLines = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

/**
 * One line of `paso documents check`: a JSON string (a zone), {"mrz": "..." | [...]} or
 * {"idType": "CL-RUN", "number": "12.345.678-5"}, each optionally with "ref".
 */
export function checkJsonLine(line: string, today: Date): JsonLineResult {
  return checkJsonLineOn(line, dayNumber(today));
}

/** As checkJsonLine, with today as the number yyyymmdd: for a stream of many lines on one day. */
export function checkJsonLineOn(line: string, today: number): JsonLineResult {
  const { result, ref } = checkLine(line, today);
  return ref === undefined ? result : { ...result, ref };
}

/**
 * As checkJsonLine, already serialised: the CLI's hot path. The text is what JSON.stringify gives
 * for checkJsonLine's result, `ref` last, without building the merged object first.
 */
export function checkJsonLineToJson(
  line: string,
  today: number,
): { readonly json: string; readonly valid: boolean } {
  const zone = zoneOfLine(line);
  if (zone !== null) {
    const fast = readFast(zone, today);
    // Separators came from escapes only, so the line is the JSON it looks like: no raw CR in it.
    if (fast !== null && zone.length - zoneLengthOf(fast) === lineEscapes) {
      return { json: mrzResultJson(fast, lineRef), valid: true };
    }
  }
  const { result, ref } = checkLine(line, today);
  const refJson = ref === undefined ? '' : `,"ref":${valueJson(ref)}`;
  if (isMrzResult(result)) return { json: mrzResultJson(result, refJson), valid: result.valid };
  const json = JSON.stringify(result);
  return { json: refJson === '' ? json : `${json.slice(0, -1)}${refJson}}`, valid: result.valid };
}

// The zone's characters without line separators, by format.
const zoneLengthOf = (r: MrzResult): number =>
  r.format === 'TD1' ? 90 : r.format === 'TD2' || r.format === 'MRV-B' ? 72 : 88;

// What zoneOfLine found besides the zone: how many escapes (\n, \r) it read, and ',"ref":' with the
// ref as the line has it, or ''.
let lineEscapes = 0;
let lineRef = '';

/**
 * The zone of a line of exactly the shape the CLI is fed, {"mrz":"..."} or {"mrz":"...","ref":...},
 * read without JSON.parse; null for other keys or order, spaces, escapes other than \n and \r, or a
 * ref JSON.stringify would write differently. Raw characters are not looked at: only a zone that the
 * fast path accepts, whose every character is then in the MRZ alphabet or a separator, is taken from
 * here; anything else is read again with JSON.parse. Sets lineEscapes and lineRef.
 */
function zoneOfLine(line: string): string | null {
  if (!line.startsWith('{"mrz":"')) return null;
  const n = line.length;
  const close = line.indexOf('"', 8);
  if (close < 0 || close >= n - 1 || line.charCodeAt(n - 1) !== 125) return null;
  let zone = '';
  let from = 8;
  let escapes = 0;
  for (let at = line.indexOf('\\', 8); at >= 0 && at < close; at = line.indexOf('\\', from)) {
    // An escaped quote has its backslash before `close`, so it ends up here too.
    const escaped = line.charCodeAt(at + 1);
    if (escaped !== 110 && escaped !== 114) return null;
    zone += `${line.slice(from, at)}${escaped === 110 ? '\n' : '\r'}`;
    from = at + 2;
    escapes++;
  }
  zone += line.slice(from, close);
  lineEscapes = escapes;
  if (close === n - 2) {
    lineRef = '';
    return zone;
  }
  if (!line.startsWith(',"ref":', close + 1) || !isPlainRef(line, close + 8, n - 1)) return null;
  lineRef = line.slice(close + 1, n - 1);
  return zone;
}

// A ref that JSON.parse then JSON.stringify give back unchanged: an integer of at most 15 digits
// without sign, leading zero or exponent (except 0 itself), or a string of printable ASCII that needs
// no escape.
function isPlainRef(line: string, start: number, end: number): boolean {
  if (start >= end) return false;
  const first = line.charCodeAt(start);
  if (first === 34) {
    if (end - start < 2 || line.charCodeAt(end - 1) !== 34) return false;
    for (let i = start + 1; i < end - 1; i++) {
      const c = line.charCodeAt(i);
      if (c < 32 || c > 126 || c === 34 || c === 92) return false;
    }
    return true;
  }
  if (end - start > 15 || (first === 48 && end - start > 1)) return false;
  for (let i = start; i < end; i++) {
    const c = line.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

const isMrzResult = (r: JsonLineResult): r is MrzResult => 'repairs' in r;

// JSON.stringify for the shapes of mrz-types, written out: it is most of the CLI's time otherwise.
// Keys in the order the parser creates them, `ref` (',"ref":...' or '') last; a test holds this to
// JSON.stringify.
function mrzResultJson(r: MrzResult, ref: string): string {
  const f = r.fields;
  // A valid zone's fields hold only A–Z, 0–9, '<', space and '-', which JSON never escapes.
  const text = r.valid ? quoted : stringJson;
  const fields =
    f === null
      ? 'null'
      : `{"documentCode":${text(f.documentCode)},"issuingState":${text(f.issuingState)},"surname":${text(f.surname)},"givenNames":${text(f.givenNames)},"documentNumber":${text(f.documentNumber)},"nationality":${text(f.nationality)},"birthDate":${quotedOrNull(f.birthDate)},"birthDatePrecision":"${f.birthDatePrecision}","sex":${quotedOrNull(f.sex)},"expiryDate":${quotedOrNull(f.expiryDate)},"optionalData":${text(f.optionalData)},"optionalData2":${text(f.optionalData2)}}`;
  return `{"valid":${r.valid},"format":${quotedOrNull(r.format)},"fields":${fields},"expired":${r.expired},"problems":${problemsJson(r.problems)},"repairs":${repairsJson(r.repairs)}${r.variant === undefined ? '' : `,"variant":"${r.variant}"`}${ref}}`;
}

function problemsJson(problems: readonly MrzProblem[]): string {
  let out = '';
  for (const p of problems) {
    out += `${out === '' ? '' : ','}{"field":"${p.field}","code":"${p.code}","line":${numberJson(p.line)},"column":${numberJson(p.column)},"length":${numberJson(p.length)}}`;
  }
  return `[${out}]`;
}

function repairsJson(repairs: readonly MrzRepair[]): string {
  let out = '';
  for (const r of repairs) {
    out += `${out === '' ? '' : ','}{"field":"${r.field}","line":${numberJson(r.line)},"column":${numberJson(r.column)},"from":${stringJson(r.from)},"to":${stringJson(r.to)}${r.needsConfirmation === true ? ',"needsConfirmation":true' : ''}}`;
  }
  return `[${out}]`;
}

// A string as JSON: as it is between quotes when nothing in it needs escaping, as zone text never does.
function stringJson(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 32 || c > 126 || c === 34 || c === 92) return JSON.stringify(s);
  }
  return `"${s}"`;
}

const quoted = (s: string): string => `"${s}"`;
// Formats and sexes are fixed words, dates are digits and '-': never escaped.
const quotedOrNull = (s: string | null): string => (s === null ? 'null' : `"${s}"`);
const numberJson = (n: number): string => (Number.isFinite(n) ? `${n}` : 'null');
const valueJson = (v: string | number): string => (typeof v === 'string' ? stringJson(v) : numberJson(v));

function checkLine(
  line: string,
  today: number,
): { result: JsonLineResult; ref: string | number | undefined } {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    // JSON.parse throws on bad input by design; here bad input is a result.
    return { result: inputProblem('input.json', line.length), ref: undefined };
  }
  if (typeof value === 'string') return { result: parseMrzOn(value, today), ref: undefined };
  if (!isRecord(value)) return { result: inputProblem('input.shape', line.length), ref: undefined };
  const ref = typeof value.ref === 'string' || typeof value.ref === 'number' ? value.ref : undefined;
  if (typeof value.mrz === 'string' || isLines(value.mrz))
    return { result: parseMrzOn(value.mrz, today), ref };
  if (
    typeof value.idType === 'string' &&
    (typeof value.number === 'string' || typeof value.value === 'string')
  ) {
    const number = typeof value.number === 'string' ? value.number : String(value.value);
    return { result: checkIdentifier(value.idType, number), ref };
  }
  return { result: inputProblem('input.shape', line.length), ref };
}
