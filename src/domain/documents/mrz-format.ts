// Writes fields back into a machine-readable zone of each format, with every check digit computed:
// what the test data generator and the round-trip properties use.
import { checkDigitOf } from './mrz-check';
import type { MrzFields, Sex } from './mrz-types';

/**
 * What a zone is written from; the same shape parsing gives back (the date precision is implied).
 * Optional data is printed as given, fillers included; parsing trims the fillers at both its ends.
 */
export type MrzDocument = Omit<MrzFields, 'birthDatePrecision'>;

// Left-aligned in `width` characters, filled with '<', cut if longer.
const filled = (value: string, width: number): string =>
  value.length >= width ? value.slice(0, width) : value + '<'.repeat(width - value.length);

const digit = (value: string): string => String(checkDigitOf(value, 0, value.length));

// 'YYYY-MM-DD', 'YYYY-MM', 'YYYY' or null as YYMMDD, unknown parts as filler.
function yymmdd(date: string | null): string {
  if (date === null) return '<<<<<<';
  const yy = date.slice(2, 4);
  const mm = date.length >= 7 ? date.slice(5, 7) : '<<';
  const dd = date.length >= 10 ? date.slice(8, 10) : '<<';
  return yy + mm + dd;
}

const SEX_CHAR: Readonly<Record<Sex, string>> = { M: 'M', F: 'F', X: 'X', unspecified: '<' };
const sexChar = (sex: Sex | null): string => (sex === null ? '<' : SEX_CHAR[sex]);

// ICAO 9303-3 §4.6: components joined by '<', primary and secondary identifiers by '<<'.
function nameField(doc: MrzDocument, width: number): string {
  const surname = doc.surname.replaceAll(' ', '<');
  const given = doc.givenNames.replaceAll(' ', '<');
  return filled(given.length > 0 ? `${surname}<<${given}` : surname, width);
}

// Parts 5 and 6 note j: a long number puts nine characters, then '<', and the rest with its check
// digit and a filler at the head of the optional data.
function numberAndOptional(number: string, optional: string, optionalWidth: number): [string, string] {
  if (number.length <= 9)
    return [filled(number, 9) + digit(filled(number, 9)), filled(optional, optionalWidth)];
  const rest = number.slice(9);
  return [`${number.slice(0, 9)}<`, filled(`${rest}${digit(number)}<${optional}`, optionalWidth)];
}

export function formatTd1(doc: MrzDocument): readonly string[] {
  const [number, optional] = numberAndOptional(doc.documentNumber, doc.optionalData, 15);
  const line1 = filled(doc.documentCode, 2) + filled(doc.issuingState, 3) + number + optional;
  const middle = datesAndSex(doc) + filled(doc.nationality, 3) + filled(doc.optionalData2, 11);
  const composite = line1.slice(5) + middle.slice(0, 7) + middle.slice(8, 15) + middle.slice(18, 29);
  return [line1, middle + digit(composite), nameField(doc, 30)];
}

export function formatTd2(doc: MrzDocument): readonly string[] {
  const [number, optional] = numberAndOptional(doc.documentNumber, doc.optionalData, 7);
  return [upperLine(doc, 31), withComposite(lowerLine(doc, number, optional))];
}

export function formatTd3(doc: MrzDocument): readonly string[] {
  const number = filled(doc.documentNumber, 9);
  const personal = filled(doc.optionalData, 14);
  // Part 4: an unused personal number may carry '<' as its check digit.
  const personalCheck = doc.optionalData.length === 0 ? '<' : digit(personal);
  return [
    upperLine(doc, 39),
    withComposite(lowerLine(doc, number + digit(number), personal + personalCheck)),
  ];
}

export function formatMrvA(doc: MrzDocument): readonly string[] {
  const number = filled(doc.documentNumber, 9);
  return [upperLine(doc, 39), lowerLine(doc, number + digit(number), filled(doc.optionalData, 16))];
}

export function formatMrvB(doc: MrzDocument): readonly string[] {
  const number = filled(doc.documentNumber, 9);
  return [upperLine(doc, 31), lowerLine(doc, number + digit(number), filled(doc.optionalData, 8))];
}

// The upper line of TD2, TD3 and the visas: document code, issuing state, then the name.
const upperLine = (doc: MrzDocument, nameWidth: number): string =>
  filled(doc.documentCode, 2) + filled(doc.issuingState, 3) + nameField(doc, nameWidth);

// Parts 4 and 6: the composite check digit closes the lower line of TD2 and TD3. It covers the number,
// the birth date and the expiry date onwards, each with its check digit; not the nationality or the sex.
function withComposite(line: string): string {
  return line + digit(line.slice(0, 10) + line.slice(13, 20) + line.slice(21));
}

// The lower line of TD2, TD3 and the visas, up to the composite check digit.
function lowerLine(doc: MrzDocument, numberWithCheck: string, tail: string): string {
  return numberWithCheck + filled(doc.nationality, 3) + datesAndSex(doc) + tail;
}

// Every format: the birth date and its check digit, the sex, the expiry date and its check digit.
function datesAndSex(doc: MrzDocument): string {
  const birth = yymmdd(doc.birthDate);
  const expiry = yymmdd(doc.expiryDate);
  return birth + digit(birth) + sexChar(doc.sex) + expiry + digit(expiry);
}
