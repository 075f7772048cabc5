// What the parseMrz tests share: the ICAO 9303 TD3 specimen, the day the tests read it on, and
// fast-check arbitraries of documents in every format (here, not beside the tests, because src/domain
// may not import fast-check: src/architecture.test.ts).
import fc from 'fast-check';
import {
  COUNTRY_CODES,
  formatMrvA,
  formatMrvB,
  formatTd1,
  formatTd2,
  formatTd3,
  type MrzDocument,
  type MrzFormat,
  parseMrz,
} from '../../src/domain/documents';

export const TODAY = new Date('2025-11-27T12:00:00Z');

export const TD3_L1 = 'P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<';
export const TD3_L2 = 'L898902C36UTO7408122F1204159ZE184226B<<<<<10';

// ICAO Doc 9303 Part 4's TD3 specimen (Utopia), as a document to format again with changes.
export function specimenTd3(): MrzDocument {
  const fields = parseMrz([TD3_L1, TD3_L2], TODAY).fields;
  if (fields === null) throw new Error('specimen does not parse');
  const { birthDatePrecision: _, ...doc } = fields;
  return doc;
}

// A Chilean identity card carrying its holder's RUN (12.345.678-5) in its optional data.
export function chileanCard(changes: Partial<MrzDocument> = {}): MrzDocument {
  return {
    documentCode: 'IN',
    issuingState: 'CHL',
    surname: 'GONZALEZ SOTO',
    givenNames: 'CAMILA ANDREA',
    documentNumber: '527183946',
    nationality: 'CHL',
    birthDate: '1991-03-14',
    sex: 'F',
    expiryDate: '2031-03-14',
    optionalData: '12345678<5',
    optionalData2: '',
    ...changes,
  };
}

const letters = fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ');
export const alnum = fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789');
// Optional data is free-form: fillers may come before, inside or after the value (issue 11).
const optionalChar = fc.oneof({ arbitrary: alnum, weight: 5 }, { arbitrary: fc.constant('<'), weight: 1 });
const word = (max: number) => fc.array(letters, { minLength: 1, maxLength: max }).map((cs) => cs.join(''));
const words = (min: number, max: number) =>
  fc.array(word(8), { minLength: min, maxLength: max }).map((ws) => ws.join(' '));
export const codeOf = (chars: fc.Arbitrary<string>, min: number, max: number) =>
  fc.array(chars, { minLength: min, maxLength: max }).map((cs) => cs.join(''));
const country = fc.constantFrom(...COUNTRY_CODES.map((c) => c.code));

const pad = (n: number) => String(n).padStart(2, '0');
const birthDate = fc
  .record({
    year: fc.integer({ min: 1927, max: 2025 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 28 }),
    precision: fc.constantFrom('day', 'day', 'day', 'month', 'year', 'unknown'),
  })
  .map(({ year, month, day, precision }) => {
    if (precision === 'unknown') return null;
    if (precision === 'year') return String(year);
    if (precision === 'month') return `${year}-${pad(month)}`;
    return `${year}-${pad(month)}-${pad(day)}`;
  })
  .filter((d) => d === null || `${d}-01-01`.slice(0, 10) <= '2025-11-27');
const expiryDate = fc
  .record({
    year: fc.integer({ min: 1976, max: 2075 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 28 }),
  })
  .map(({ year, month, day }) => `${year}-${pad(month)}-${pad(day)}`);

const FIRST_LETTERS: Record<MrzFormat, string> = {
  TD1: 'IAC',
  TD2: 'IAC',
  TD3: 'P',
  'MRV-A': 'V',
  'MRV-B': 'V',
};
const NAME_WIDTH: Record<MrzFormat, number> = { TD1: 30, TD2: 31, TD3: 39, 'MRV-A': 39, 'MRV-B': 31 };
const OPTIONAL_WIDTH: Record<MrzFormat, number> = { TD1: 15, TD2: 7, TD3: 14, 'MRV-A': 16, 'MRV-B': 8 };
export const FORMATTERS = {
  TD1: formatTd1,
  TD2: formatTd2,
  TD3: formatTd3,
  'MRV-A': formatMrvA,
  'MRV-B': formatMrvB,
};
export const FORMATS: readonly MrzFormat[] = ['TD1', 'TD2', 'TD3', 'MRV-A', 'MRV-B'];

export function documentOf(format: MrzFormat): fc.Arbitrary<MrzDocument> {
  const longAllowed = format === 'TD1' || format === 'TD2';
  return fc
    .record({
      documentCode: fc
        .tuple(fc.constantFrom(...FIRST_LETTERS[format]), fc.option(letters, { nil: '' }))
        .map(([a, b]) => a + b),
      issuingState: country,
      surname: words(1, 3),
      givenNames: words(0, 3),
      documentNumber: codeOf(alnum, 1, longAllowed ? 13 : 9),
      nationality: country,
      birthDate,
      sex: fc.constantFrom('M', 'F', 'X', 'unspecified'),
      expiryDate,
      optionalData: codeOf(optionalChar, 0, OPTIONAL_WIDTH[format]),
      optionalData2: format === 'TD1' ? codeOf(optionalChar, 0, 11) : fc.constant(''),
    } as const)
    .filter((doc) => {
      const name = doc.givenNames ? `${doc.surname}<<${doc.givenNames}` : doc.surname;
      if (name.length > NAME_WIDTH[format]) return false;
      // A long number shares the optional data: its tail, a check digit and a filler come first.
      const tail = doc.documentNumber.length > 9 ? doc.documentNumber.length - 9 + 2 : 0;
      return tail + doc.optionalData.length <= OPTIONAL_WIDTH[format];
    });
}

export const anyDocument = fc
  .constantFrom(...FORMATS)
  .chain((format) => documentOf(format).map((doc) => ({ format, doc, lines: FORMATTERS[format](doc) })));
