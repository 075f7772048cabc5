// Reads a machine-readable zone of any ICAO 9303 format into fields and located problems, repairing
// OCR confusions where the checks leave one reading, and saying which repairs a person must confirm.
// Never throws on bad input.
import {
  birthYear,
  DATE_INVALID,
  DATE_UNKNOWN,
  dayNumber,
  daysInMonth,
  expiryYear,
  readDate,
  trimmed,
  unfilled,
} from './mrz-check';
import { readFast } from './mrz-fast';
import { looksFrenchIdentityCard, readFrenchIdentityCard } from './mrz-french-id';
import { type Fault, faultsOf, G_COMPOSITE, GROUP_FIELD, longCheckAt, NONE, variantOf } from './mrz-groups';
import { LAYOUTS, type Layout } from './mrz-layout';
import { repair } from './mrz-repair';
import type { DatePrecision, MrzField, MrzFields, MrzProblem, MrzRepair, MrzResult, Sex } from './mrz-types';
import { readZone } from './mrz-zone';

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
  const icao = repairAndBuild(text, layout, today, faults);
  // Two lines of 36 that begin IDFRA and do not read as TD2: France's card of 1988 to 2021, read by
  // its own layout when that reads with fewer problems (mrz-french-id.ts).
  if (reading.format === 'TD2' && looksFrenchIdentityCard(text)) {
    const french = readFrenchIdentityCard(text, today);
    if (french.problems.length < icao.problems.length + icao.repairs.length) return french;
  }
  return icao;
}

function repairAndBuild(text: string, layout: Layout, today: number, faults: readonly Fault[]): MrzResult {
  const repaired = repair(text, layout, today, faults);
  const width = layout.width;
  const repairs: MrzRepair[] = repaired.subs.map(([g, [at, to, swap]]) => {
    const repair: MrzRepair = {
      field: g === G_COMPOSITE ? compositeField(layout, at) : (GROUP_FIELD[g] ?? 'zone'),
      line: Math.floor(at / width) + 1,
      column: (at % width) + 1,
      from: text.charAt(at),
      to,
    };
    return swap ? { ...repair, needsConfirmation: true } : repair;
  });
  if (repairs.length > 0) {
    // Repaired into a zone the fast path accepts: no problem is left, and its fields are build's.
    const fast = readFast(repaired.text, today);
    if (fast !== null) {
      return {
        valid: !awaitsConfirmation(repairs),
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
  const result: MrzResult = {
    valid: problems.length === 0 && !awaitsConfirmation(repairs),
    format: layout.format,
    fields,
    expired: expiry.iso !== null && expiry.day < today,
    problems,
    repairs,
  };
  const variant = variantOf(text, layout);
  return variant === undefined ? result : { ...result, variant };
}

const awaitsConfirmation = (repairs: readonly MrzRepair[]): boolean =>
  repairs.some((r) => r.needsConfirmation === true);
