// The one entry the CLI and the server call: a document zone or an identity number in, the JSON-line
// result out. Bad JSON or an unknown shape is a result with a problem, never an exception.
import { dayNumber } from './mrz-check';
import { parseMrzOn } from './mrz-parse';
import type { MrzResult } from './mrz-types';
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
  const { result, ref } = checkLine(line, today);
  const json = JSON.stringify(result);
  if (ref === undefined) return { json, valid: result.valid };
  return { json: `${json.slice(0, -1)},"ref":${JSON.stringify(ref)}}`, valid: result.valid };
}

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
