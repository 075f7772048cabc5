// France's national identity card of 1988 to 2021 (the laminated "carte nationale d'identité", still
// carried: those issued to adults from 2004 on are valid 15 years) has a zone of two lines of 36
// characters that is not ICAO 9303's TD2: the surname alone on the first line with the issuing office,
// the card's twelve-digit number, the given names, birth date and sex on the second, no nationality and
// no expiry date, and a last check digit over everything before it. Other MRZ libraries read it (npm
// `mrz` as FRENCH_NATIONAL_ID, mrz-java's FrenchIdCard); Paso reads it as a documented variant of its
// issuer. Its sources are listed with the variant in mrz-issuers.ts.
import {
  birthYear,
  charValue,
  checkDigitOf,
  DATE_INVALID,
  DATE_UNKNOWN,
  daysInMonth,
  digitAt,
  readDate,
  trimmed,
} from './mrz-check';
import type { DatePrecision, MrzField, MrzProblem, MrzProblemCode, MrzResult, Sex } from './mrz-types';

const WIDTH = 36;
// Offsets into the two lines joined end to end.
const SURNAME: readonly [number, number] = [5, 30];
const OFFICE: readonly [number, number] = [30, 36];
const NUMBER: readonly [number, number] = [36, 48];
const NUMBER_CHECK = 48;
const GIVEN: readonly [number, number] = [49, 63];
const BIRTH: readonly [number, number] = [63, 69];
const BIRTH_CHECK = 69;
const SEX = 70;
const COMPOSITE = 71;

/** Whether a zone of two lines of 36 (joined) is laid out as the French card: it begins IDFRA. */
export const looksFrenchIdentityCard = (text: string): boolean =>
  text.length === 2 * WIDTH && text.startsWith('IDFRA');

/**
 * Reads the zone as the French card. Each problem is located as the ICAO readers locate theirs; no
 * character is repaired (the booth types the fields from the printed card instead).
 */
export function readFrenchIdentityCard(text: string, today: number): MrzResult {
  const problems: MrzProblem[] = [];
  const problem = (field: MrzField, code: MrzProblemCode, at: number, length: number) =>
    problems.push({
      field,
      code,
      line: Math.floor(at / WIDTH) + 1,
      column: (at % WIDTH) + 1,
      length,
    });
  const badCharacter = (field: MrzField, start: number, end: number, allowed: (c: number) => boolean) => {
    for (let i = start; i < end; i++) {
      if (!allowed(text.charCodeAt(i))) {
        problem(field, 'mrz.invalid-character', i, 1);
        return true;
      }
    }
    return false;
  };
  const letterOrFiller = (c: number) => (c >= 65 && c <= 90) || c === 60;
  const digit = (c: number) => c >= 48 && c <= 57;
  const anyCharacter = (c: number) => charValue(c) >= 0;

  badCharacter('name', SURNAME[0], SURNAME[1], letterOrFiller);
  badCharacter('optionalData', OFFICE[0], OFFICE[1], anyCharacter);
  if (!badCharacter('documentNumber', NUMBER[0], NUMBER_CHECK + 1, anyCharacter)) {
    if (digitAt(text, NUMBER_CHECK) !== checkDigitOf(text, NUMBER[0], NUMBER[1]))
      problem('documentNumber', 'mrz.check-digit', NUMBER[0], NUMBER[1] - NUMBER[0] + 1);
  }
  badCharacter('name', GIVEN[0], GIVEN[1], letterOrFiller);
  const birth = birthOf(text, today);
  if (!badCharacter('birthDate', BIRTH[0], BIRTH_CHECK + 1, digit)) {
    if (birth === null) problem('birthDate', 'mrz.invalid-date', BIRTH[0], BIRTH[1] - BIRTH[0]);
    else if (digitAt(text, BIRTH_CHECK) !== checkDigitOf(text, BIRTH[0], BIRTH[1]))
      problem('birthDate', 'mrz.check-digit', BIRTH[0], BIRTH[1] - BIRTH[0] + 1);
  }
  const sex = SEXES[text.charAt(SEX)];
  if (sex === undefined) problem('sex', 'mrz.invalid-sex', SEX, 1);
  if (!badCharacter('composite', COMPOSITE, COMPOSITE + 1, digit) && problems.length === 0) {
    if (digitAt(text, COMPOSITE) !== checkDigitOf(text, 0, COMPOSITE))
      problem('composite', 'mrz.check-digit', COMPOSITE, 1);
  }
  return {
    valid: problems.length === 0,
    format: 'TD2',
    variant: 'french-identity-card',
    fields: {
      documentCode: 'ID',
      issuingState: 'FRA',
      surname: spaced(trimmed(text, SURNAME[0], SURNAME[1])),
      givenNames: spaced(trimmed(text, GIVEN[0], GIVEN[1])),
      documentNumber: text.slice(NUMBER[0], NUMBER[1]),
      // Issued to French nationals alone.
      nationality: 'FRA',
      birthDate: birth?.iso ?? null,
      birthDatePrecision: birth?.precision ?? 'unknown',
      sex: sex ?? null,
      // Not in the zone: the card's validity is read from its face.
      expiryDate: null,
      optionalData: trimmed(text, OFFICE[0], OFFICE[1]),
      optionalData2: '',
    },
    expired: false,
    problems,
    repairs: [],
  };
}

// The card prints M or F; '<' is read as not stated, as on ICAO documents.
const SEXES: Readonly<Record<string, Sex>> = { M: 'M', F: 'F', '<': 'unspecified' };

// Names: one '<' inside a name (JEAN<PIERRE for Jean-Pierre) and two between names are both spaces.
const spaced = (s: string): string => s.split('<').filter(Boolean).join(' ');

function birthOf(text: string, today: number): { iso: string | null; precision: DatePrecision } | null {
  const date = readDate(text, BIRTH[0]);
  if (date === DATE_UNKNOWN) return { iso: null, precision: 'unknown' };
  if (date === DATE_INVALID) return null;
  const yy = birthYear(date, today);
  const mm = Math.floor(date / 100) % 100;
  const dd = date % 100;
  const y = String(yy);
  if (mm === 0) return { iso: y, precision: 'year' };
  const ym = `${y}-${String(mm).padStart(2, '0')}`;
  if (dd === 0) return { iso: ym, precision: 'month' };
  if (dd > daysInMonth(yy, mm)) return null;
  return { iso: `${ym}-${String(dd).padStart(2, '0')}`, precision: 'day' };
}
