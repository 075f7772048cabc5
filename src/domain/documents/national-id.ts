// National identity numbers seen at Santa Rosa and Chacalluta: Chile's RUN, Peru's DNI, CE and CPP, the
// cédulas of Venezuela, Colombia, Ecuador and Bolivia, and Argentina's DNI. Each is checked and put in
// one canonical form.
import { err, ok, type Result } from '../shared';

export type IdType =
  | 'CL-RUN'
  | 'PE-DNI'
  | 'PE-CE'
  | 'PE-CPP'
  | 'VE-CI'
  | 'CO-CC'
  | 'EC-CI'
  | 'BO-CI'
  | 'AR-DNI';

export const ID_TYPES: readonly IdType[] = [
  'CL-RUN',
  'PE-DNI',
  'PE-CE',
  'PE-CPP',
  'VE-CI',
  'CO-CC',
  'EC-CI',
  'BO-CI',
  'AR-DNI',
];

/** A checked number: `normalized` is what to store and compare, `display` what to show. */
export interface NationalId {
  readonly idType: IdType;
  readonly normalized: string;
  readonly display: string;
}

export type IdError =
  | { readonly code: 'id.unknown-type'; readonly idType: string }
  | { readonly code: 'id.empty'; readonly idType: IdType }
  | { readonly code: 'id.format'; readonly idType: IdType }
  | {
      readonly code: 'id.length';
      readonly idType: IdType;
      readonly length: number;
      readonly min: number;
      readonly max: number;
    }
  | {
      readonly code: 'id.check-digit';
      readonly idType: IdType;
      readonly expected: string;
      readonly found: string;
    }
  /** The place the number names does not exist: an Ecuadorian province, a Bolivian department. */
  | { readonly code: 'id.region'; readonly idType: IdType; readonly found: string }
  /** Ecuador's third digit, 0 to `max` on a person's cédula. */
  | {
      readonly code: 'id.third-digit';
      readonly idType: IdType;
      readonly found: string;
      readonly max: number;
    };

const isIdType = (value: string): value is IdType => (ID_TYPES as readonly string[]).includes(value);

/** Checks a number of the given type; an unknown type is an error, never an exception. */
export function parseNationalId(idType: string, value: string): Result<NationalId, IdError> {
  if (!isIdType(idType)) return err({ code: 'id.unknown-type', idType });
  const text = plainText(value);
  if (text.length === 0) return err({ code: 'id.empty', idType });
  return PARSERS[idType](text);
}

/**
 * A number as pasted from a document or typed on a phone, in the characters the parsers read:
 * full-width digits and letters made plain (NFKC), any dash and the minus sign made '-', any space
 * (no-break, narrow no-break, tab) made ' ', invisible format characters (zero-width space, direction
 * marks) dropped.
 */
function plainText(value: string): string {
  return value
    .normalize('NFKC')
    .replace(/\p{Cf}/gu, '')
    .replace(/[\p{Pd}\u2212]/gu, '-')
    .replace(/\s+/gu, ' ')
    .trim();
}

// One parser a type: the mapped type makes a type without its parser a compile error.
const PARSERS: { readonly [T in IdType]: (text: string) => Result<NationalId, IdError> } = {
  'CL-RUN': parseRun,
  'PE-DNI': parseDni,
  'PE-CE': parseCe,
  'PE-CPP': parseCpp,
  'VE-CI': parseVenezuelanCedula,
  'CO-CC': parseColombianCedula,
  'EC-CI': parseEcuadorianCedula,
  'BO-CI': parseBolivianCedula,
  'AR-DNI': parseArgentineDni,
};

const onlyDigits = (s: string): boolean => s.length > 0 && [...s].every((c) => c >= '0' && c <= '9');

// 12.345.678 with dots every three digits from the right, or plain digits: anything else is not a number.
function undotted(s: string): string | null {
  if (!s.includes('.')) return onlyDigits(s) ? s : null;
  const groups = s.split('.');
  const [head, ...rest] = groups;
  if (head === undefined || head.length < 1 || head.length > 3 || !onlyDigits(head)) return null;
  if (!rest.every((g) => g.length === 3 && onlyDigits(g))) return null;
  return groups.join('');
}

const withDots = (digits: string): string => digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');

const lengthError = (idType: IdType, length: number, min: number, max: number): Result<never, IdError> =>
  err({ code: 'id.length', idType, length, min, max });

/**
 * Chile's RUN/RUT: body and a modulo-11 check character (weights 2..7 from the right; 11 is 0, 10 is
 * K). Accepts 12.345.678-5, 12345678-5 and 123456785, k in either case. Bodies of 6 to 8 digits.
 * The country prefix (CL 12.345.678-5, cl12345678-5) is accepted and dropped, as python-stdnum's
 * cl.rut and stdnum-js's cl.rut compact it; so is the label the card prints before it (RUN
 * 12.345.678-5, RUT: 12.345.678-5).
 */
export function runCheckCharacter(body: string): string {
  let sum = 0;
  let w = 2;
  for (let i = body.length - 1; i >= 0; i--) {
    sum += Number(body.charAt(i)) * w;
    w = w === 7 ? 2 : w + 1;
  }
  const r = 11 - (sum % 11);
  return r === 11 ? '0' : r === 10 ? 'K' : String(r);
}

function parseRun(text: string): Result<NationalId, IdError> {
  const spaceless = text.toUpperCase().replaceAll(' ', '');
  const compact = spaceless.replace(/^(?:CL)?(?:RU[NT]:?)?/, '');
  const hyphen = compact.lastIndexOf('-');
  const bodyText = hyphen >= 0 ? compact.slice(0, hyphen) : compact.slice(0, -1);
  const check = hyphen >= 0 ? compact.slice(hyphen + 1) : compact.slice(-1);
  const body = undotted(bodyText);
  if (body === null || check.length !== 1 || !/^[0-9K]$/.test(check))
    return err({ code: 'id.format', idType: 'CL-RUN' });
  const digits = body.replace(/^0+/, '');
  if (digits.length < 6 || digits.length > 8) return lengthError('CL-RUN', digits.length, 6, 8);
  const expected = runCheckCharacter(digits);
  if (expected !== check) return err({ code: 'id.check-digit', idType: 'CL-RUN', expected, found: check });
  return ok({ idType: 'CL-RUN', normalized: `${digits}-${check}`, display: `${withDots(digits)}-${check}` });
}

/**
 * Peru's DNI: eight digits. The card also prints a check character (python-stdnum's pe.cui, RENIEC):
 * the digits weighted 3,2,7,6,5,4,3,2, sum modulo 11 indexing '65432110987' or 'KJIHGFEDCBA'.
 */
export function dniCheckCharacters(digits: string): string {
  const weights = [3, 2, 7, 6, 5, 4, 3, 2];
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(digits.charAt(i)) * (weights[i] ?? 0);
  const r = sum % 11;
  return '65432110987'.charAt(r) + 'KJIHGFEDCBA'.charAt(r);
}

function parseDni(text: string): Result<NationalId, IdError> {
  const compact = text.toUpperCase().replaceAll(' ', '');
  const [digits = '', check = '', ...extra] = compact.includes('-')
    ? compact.split('-')
    : [compact.slice(0, 8), compact.slice(8)];
  if (extra.length > 0 || !onlyDigits(digits)) return err({ code: 'id.format', idType: 'PE-DNI' });
  if (digits.length !== 8) return lengthError('PE-DNI', digits.length, 8, 8);
  if (check.length > 1 || (compact.includes('-') && check.length === 0)) {
    return err({ code: 'id.format', idType: 'PE-DNI' });
  }
  if (check.length === 1) {
    const allowed = dniCheckCharacters(digits);
    if (!allowed.includes(check)) {
      return err({ code: 'id.check-digit', idType: 'PE-DNI', expected: allowed.charAt(0), found: check });
    }
  }
  // The check character is not part of the number: the DNI is stored as its eight digits.
  return ok({ idType: 'PE-DNI', normalized: digits, display: digits });
}

/**
 * Peru's carné de extranjería: Migraciones prints nine digits (e.g. 001234567). Other systems drop the
 * leading zeros or pad to twelve (SUNAT's field); so 8 to 12 digits are accepted and stored as nine,
 * zero-padded, when that loses nothing. A number with more than nine significant digits is kept whole.
 */
function parseCe(text: string): Result<NationalId, IdError> {
  const digits = text.replaceAll(' ', '').replaceAll('-', '');
  if (!onlyDigits(digits)) return err({ code: 'id.format', idType: 'PE-CE' });
  if (digits.length < 8 || digits.length > 12) return lengthError('PE-CE', digits.length, 8, 12);
  const significant = digits.replace(/^0+/, '');
  const normalized = significant.length <= 9 ? significant.padStart(9, '0') : significant;
  return ok({ idType: 'PE-CE', normalized, display: normalized });
}

/** Peru's PTP / CPP (permiso temporal de permanencia): nine digits. */
function parseCpp(text: string): Result<NationalId, IdError> {
  const digits = text.replaceAll(' ', '').replaceAll('-', '');
  if (!onlyDigits(digits)) return err({ code: 'id.format', idType: 'PE-CPP' });
  if (digits.length !== 9) return lengthError('PE-CPP', digits.length, 9, 9);
  return ok({ idType: 'PE-CPP', normalized: digits, display: digits });
}

/**
 * Venezuela's cédula: V (Venezuelan) or E (foreign resident) and 1 to 9 digits; V when no letter is
 * given. Accepts V12345678, V-12.345.678, v 12345678 and 12345678. Stored as V12345678.
 */
function parseVenezuelanCedula(text: string): Result<NationalId, IdError> {
  let compact = text.toUpperCase().replaceAll(' ', '');
  let letter = 'V';
  const first = compact.charAt(0);
  if (first === 'V' || first === 'E') {
    letter = first;
    compact = compact.slice(1);
    if (compact.startsWith('-')) compact = compact.slice(1);
  }
  const digits = undotted(compact);
  if (digits === null) return err({ code: 'id.format', idType: 'VE-CI' });
  const significant = digits.replace(/^0+/, '');
  if (significant.length < 1 || significant.length > 9) return lengthError('VE-CI', significant.length, 1, 9);
  return ok({
    idType: 'VE-CI',
    normalized: letter + significant,
    display: `${letter}-${withDots(significant)}`,
  });
}

/** Colombia's cédula de ciudadanía: 3 to 10 digits, dots allowed as thousands separators. */
function parseColombianCedula(text: string): Result<NationalId, IdError> {
  const digits = undotted(text.replaceAll(' ', ''));
  if (digits === null) return err({ code: 'id.format', idType: 'CO-CC' });
  if (digits.length < 3 || digits.length > 10) return lengthError('CO-CC', digits.length, 3, 10);
  if (digits.startsWith('0')) return err({ code: 'id.format', idType: 'CO-CC' });
  return ok({ idType: 'CO-CC', normalized: digits, display: withDots(digits) });
}

/**
 * Ecuador's cédula: ten digits, the last a modulo-10 check digit over the first nine (coefficients
 * 2,1,2,1,…; a product over 9 less 9; the digit brings the sum to a multiple of 10). The first two
 * digits are the province of registration, 01 to 24, or 30 (Ecuadorians registered abroad) or 50;
 * the third is below 6 for Ecuadorians and 6 for foreigners given a cédula. python-stdnum's ec.ci and
 * stdnum-js's ec/ci accept 30, 50 and a third digit of 6 (python-stdnum pull request 228). Accepts
 * 1714307103 and 171430710-3; stored as the ten digits, shown with the hyphen.
 */
export function ecuadorCheckDigit(first9: string): string {
  let sum = 0;
  for (let i = 0; i < 9; i++) {
    const product = Number(first9.charAt(i)) * (i % 2 === 0 ? 2 : 1);
    sum += product > 9 ? product - 9 : product;
  }
  return String((10 - (sum % 10)) % 10);
}

const ECUADOR_MAX_THIRD_DIGIT = 6;

function parseEcuadorianCedula(text: string): Result<NationalId, IdError> {
  const compact = text.replaceAll(' ', '');
  const hyphen = compact.indexOf('-');
  // The one hyphen people write goes before the check digit: 171430710-3.
  const digits = hyphen === compact.length - 2 ? compact.replace('-', '') : compact;
  if (!onlyDigits(digits)) return err({ code: 'id.format', idType: 'EC-CI' });
  if (digits.length !== 10) return lengthError('EC-CI', digits.length, 10, 10);
  const province = digits.slice(0, 2);
  const provinceNumber = Number(province);
  if ((provinceNumber < 1 || provinceNumber > 24) && province !== '30' && province !== '50') {
    return err({ code: 'id.region', idType: 'EC-CI', found: province });
  }
  const third = digits.charAt(2);
  if (Number(third) > ECUADOR_MAX_THIRD_DIGIT) {
    return err({ code: 'id.third-digit', idType: 'EC-CI', found: third, max: ECUADOR_MAX_THIRD_DIGIT });
  }
  const expected = ecuadorCheckDigit(digits);
  const found = digits.charAt(9);
  if (expected !== found) return err({ code: 'id.check-digit', idType: 'EC-CI', expected, found });
  return ok({ idType: 'EC-CI', normalized: digits, display: `${digits.slice(0, 9)}-${found}` });
}

// Bolivia's nine departments, as the place a cédula was issued is written beside its number.
const BOLIVIAN_DEPARTMENTS: readonly string[] = ['LP', 'CB', 'SC', 'OR', 'PT', 'CH', 'TJ', 'BE', 'PD'];

/**
 * Bolivia's cédula: 5 to 10 digits (no length is published; stdnum-js's bo/ci takes 7 or 8, but
 * numbers the police gave out before SEGIP can be shorter), then, for a number issued twice, SEGIP's
 * complement after a hyphen: a digit and at most one more character (1234567-1K). The department of
 * issue may follow (1234567 LP, 1234567-LP, 1234567LP, 1234567-1K L.P.) or lead (LP 1234567): it is
 * checked against the nine and dropped, since SEGIP's register tells people apart by number and
 * complement. The label (CI, C.I.) is dropped too. No check digit is published. Stored and shown as
 * 1234567 or 1234567-1K.
 */
function parseBolivianCedula(text: string): Result<NationalId, IdError> {
  const compact = text
    .toUpperCase()
    .replace(/\b([A-Z])\.([A-Z])\b\.?/g, '$1$2')
    .replace(/ *- */g, '-')
    .replace(/^CI:? ?/, '');
  const parts = /^(?:([A-Z]{2})[ -]?)?(\d+)(?:-(\d[0-9A-Z]?))?(?:[ -]?([A-Z]{2}))?$/.exec(compact);
  if (parts === null) return err({ code: 'id.format', idType: 'BO-CI' });
  const [, before, number = '', complement, after] = parts;
  if (before !== undefined && after !== undefined) return err({ code: 'id.format', idType: 'BO-CI' });
  const department = before ?? after;
  if (department !== undefined && !BOLIVIAN_DEPARTMENTS.includes(department)) {
    return err({ code: 'id.region', idType: 'BO-CI', found: department });
  }
  const digits = number.replace(/^0+/, '');
  if (digits.length < 5 || digits.length > 10) return lengthError('BO-CI', digits.length, 5, 10);
  const normalized = complement === undefined ? digits : `${digits}-${complement}`;
  return ok({ idType: 'BO-CI', normalized, display: normalized });
}

/**
 * Argentina's DNI: 7 or 8 digits, dots allowed as thousands separators (python-stdnum's ar.dni).
 * No check digit. Stored as 20123456, shown as 20.123.456.
 */
function parseArgentineDni(text: string): Result<NationalId, IdError> {
  const written = undotted(text.replaceAll(' ', ''));
  if (written === null) return err({ code: 'id.format', idType: 'AR-DNI' });
  const digits = written.replace(/^0+/, '');
  if (digits.length < 7 || digits.length > 8) return lengthError('AR-DNI', digits.length, 7, 8);
  return ok({ idType: 'AR-DNI', normalized: digits, display: withDots(digits) });
}
