import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COUNTRY_CODES } from './country-codes';
import { charValue, checkDigitOf, dayNumber, digitForLetter, lettersForDigit } from './mrz-check';
import { readFast } from './mrz-fast';
import { formatMrvA, formatMrvB, formatTd1, formatTd2, formatTd3, type MrzDocument } from './mrz-format';
import { numberFormatOf } from './mrz-issuers';
import { LAYOUTS } from './mrz-layout';
import { parseMrz, parseSlowly } from './mrz-parse';
import type { MrzFormat } from './mrz-types';

const TODAY = new Date('2025-11-27T12:00:00Z');

// ICAO Doc 9303 specimens (Utopia): Part 4 (TD3), Part 5 (TD1), Part 6 (TD2), Part 7 (MRV-A, MRV-B),
// and Part 11 Appendix D.2 for the TD1 and TD2 long document number.
const ERIKSSON = {
  issuingState: 'UTO',
  surname: 'ERIKSSON',
  givenNames: 'ANNA MARIA',
  nationality: 'UTO',
  birthDate: '1974-08-12',
  birthDatePrecision: 'day',
  sex: 'F',
  expiryDate: '2012-04-15',
};
const STEVENSON = {
  documentCode: 'I',
  issuingState: 'UTO',
  surname: 'STEVENSON',
  givenNames: 'PETER JOHN',
  documentNumber: 'D23145890734',
  nationality: 'UTO',
  birthDate: '1934-07-12',
  sex: 'M',
  expiryDate: '1995-07-12',
  optionalData: '',
};

describe('parseMrz on the ICAO 9303 specimens', () => {
  it.each([
    [
      'TD3',
      ['P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<', 'L898902C36UTO7408122F1204159ZE184226B<<<<<10'],
      { ...ERIKSSON, documentCode: 'P', documentNumber: 'L898902C3', optionalData: 'ZE184226B' },
    ],
    [
      'TD1',
      ['I<UTOD231458907<<<<<<<<<<<<<<<', '7408122F1204159UTO<<<<<<<<<<<6', 'ERIKSSON<<ANNA<MARIA<<<<<<<<<<'],
      { ...ERIKSSON, documentCode: 'I', documentNumber: 'D23145890', optionalData: '', optionalData2: '' },
    ],
    [
      'TD2',
      ['I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<', 'D231458907UTO7408122F1204159<<<<<<<6'],
      { ...ERIKSSON, documentCode: 'I', documentNumber: 'D23145890', optionalData: '' },
    ],
    [
      'MRV-A',
      ['V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<', 'L8988901C4XXX4009078F96121096ZE184226B<<<<<<'],
      {
        ...ERIKSSON,
        documentCode: 'V',
        documentNumber: 'L8988901C',
        nationality: 'XXX',
        birthDate: '1940-09-07',
        expiryDate: '1996-12-10',
        optionalData: '6ZE184226B',
      },
    ],
    [
      'MRV-B',
      ['V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<', 'L8988901C4XXX4009078F9612109<<<<<<<<'],
      {
        ...ERIKSSON,
        documentCode: 'V',
        documentNumber: 'L8988901C',
        nationality: 'XXX',
        birthDate: '1940-09-07',
        expiryDate: '1996-12-10',
        optionalData: '',
      },
    ],
    [
      'TD1',
      ['I<UTOD23145890<7349<<<<<<<<<<<', '3407127M9507122UTO<<<<<<<<<<<2', 'STEVENSON<<PETER<JOHN<<<<<<<<<'],
      STEVENSON,
    ],
    ['TD2', ['I<UTOSTEVENSON<<PETER<JOHN<<<<<<<<<<', 'D23145890<UTO3407127M95071227349<<<8'], STEVENSON],
  ] as const)('reads the %s specimen to its published fields', (format, lines, fields) => {
    const result = parseMrz(lines, TODAY);
    expect(result).toMatchObject({ valid: true, format, problems: [], repairs: [], expired: true });
    expect(result.fields).toMatchObject(fields);
  });

  it('tells a document that has not expired', () => {
    const lines = formatTd3({ ...specimenTd3(), expiryDate: '2030-01-01' });
    expect(parseMrz(lines, TODAY)).toMatchObject({ valid: true, expired: false });
  });

  it('counts a document expiring today as not expired', () => {
    const lines = formatTd3({ ...specimenTd3(), expiryDate: '2025-11-27' });
    expect(parseMrz(lines, TODAY).expired).toBe(false);
  });
});

describe('parseMrz optional data', () => {
  // Issue 11: some issuers start the optional data with a filler; the value is read without it.
  it.each([
    [
      'TD3',
      ['P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<', 'L898902C36UTO7408122F1204159<2020711<<<<<<72'],
      '2020711',
      '',
    ],
    [
      'TD1',
      ['I<UTOD231458907<<2020711<<<<<<', '7408122F1204159UTO<ZE184<<<<<5', 'ERIKSSON<<ANNA<MARIA<<<<<<<<<<'],
      '2020711',
      'ZE184',
    ],
    [
      'MRV-A',
      ['V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<', 'L898902C36UTO7408122F1204159<6ZE184226B<<<<<'],
      '6ZE184226B',
      '',
    ],
  ] as const)(
    'trims the fillers at both ends of the optional data of a %s zone',
    (format, lines, first, second) => {
      const result = parseMrz(lines, TODAY);
      expect(result).toMatchObject({ valid: true, format, problems: [], repairs: [] });
      expect(result.fields).toMatchObject({ optionalData: first, optionalData2: second });
    },
  );

  it('checks the optional data as printed, its leading filler included', () => {
    // 7 is the check digit of '<2020711<<<<<<'; 5 would be that of the trimmed '2020711<<<<<<<'.
    const shifted = [
      'P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<',
      'L898902C36UTO7408122F12041592020711<<<<<<<58',
    ];
    expect(parseMrz(shifted, TODAY)).toMatchObject({ valid: true, fields: { optionalData: '2020711' } });
    const wrong = [
      'P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<',
      'L898902C36UTO7408122F1204159<2020711<<<<<<50',
    ];
    const result = parseMrz(wrong, TODAY);
    expect(result.valid).toBe(false);
    expect(result.problems).toContainEqual(
      expect.objectContaining({ field: 'optionalData', code: 'mrz.check-digit' }),
    );
  });
});

function specimenTd3(): MrzDocument {
  const fields = parseMrz(
    ['P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<', 'L898902C36UTO7408122F1204159ZE184226B<<<<<10'],
    TODAY,
  ).fields;
  if (fields === null) throw new Error('specimen does not parse');
  const { birthDatePrecision: _, ...doc } = fields;
  return doc;
}

const TD3_L1 = 'P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<';
const TD3_L2 = 'L898902C36UTO7408122F1204159ZE184226B<<<<<10';

describe('parseMrz input as readers send it', () => {
  it.each([
    ['LF', `${TD3_L1}\n${TD3_L2}`],
    ['CRLF', `${TD3_L1}\r\n${TD3_L2}\r\n`],
    ['CR', `${TD3_L1}\r${TD3_L2}`],
    ['one burst', TD3_L1 + TD3_L2],
    ['lower case', `${TD3_L1}\n${TD3_L2}`.toLowerCase()],
    ['stray spaces', `  ${TD3_L1.slice(0, 10)} ${TD3_L1.slice(10)}\n ${TD3_L2}  `],
    ['trailing whitespace and blank lines', `\n${TD3_L1}\t \r\n\r\n${TD3_L2} \n\n`],
    ['tabs between lines', `${TD3_L1}\t${TD3_L2}`],
    ['a break in the wrong place', `${TD3_L1}${TD3_L2.slice(0, 4)}\n${TD3_L2.slice(4)}`],
  ])('reads a TD3 sent with %s', (_, input) => {
    const result = parseMrz(input, TODAY);
    expect(result).toMatchObject({ valid: true, format: 'TD3', problems: [] });
    expect(result.fields?.surname).toBe('ERIKSSON');
  });

  it('reads lines already split', () => {
    expect(parseMrz([TD3_L1, TD3_L2], TODAY).valid).toBe(true);
  });

  it.each([
    ['TD1', 90],
    ['TD2', 72],
    ['TD3', 88],
  ])('splits a single burst of a %s by its total length', (format, length) => {
    const doc = { ...specimenTd3(), documentCode: format === 'TD3' ? 'P' : 'I' };
    const zone = { TD1: formatTd1, TD2: formatTd2, TD3: formatTd3 }[format as 'TD1' | 'TD2' | 'TD3'](doc);
    const burst = zone.join('');
    expect(burst).toHaveLength(length);
    expect(parseMrz(burst, TODAY)).toMatchObject({ valid: true, format });
  });

  it.each([
    ['', 'mrz.unknown-format'],
    ['hello', 'mrz.unknown-format'],
    ['P<UTO', 'mrz.unknown-format'],
    [`${TD3_L1}\n${TD3_L2}\n${TD3_L2}\n${TD3_L2}`, 'mrz.unknown-format'],
  ])('reports %j as an unknown format', (input, code) => {
    expect(parseMrz(input, TODAY)).toMatchObject({ valid: false, fields: null, problems: [{ code }] });
  });

  it('names each line of the wrong length', () => {
    const result = parseMrz(`${TD3_L1}\n${TD3_L2.slice(0, 40)}`, TODAY);
    expect(result).toMatchObject({
      valid: false,
      format: 'TD3',
      problems: [{ field: 'zone', code: 'mrz.line-length', line: 2, column: 1, length: 40 }],
    });
  });
});

describe('parseMrz problems', () => {
  const td3 = (l2: string, l1 = TD3_L1) => parseMrz([l1, l2], TODAY);

  it('locates a wrong document number check digit', () => {
    expect(td3('L898902C35UTO7408122F1204159ZE184226B<<<<<10').problems).toEqual([
      { field: 'documentNumber', code: 'mrz.check-digit', line: 2, column: 1, length: 10 },
      { field: 'composite', code: 'mrz.check-digit', line: 2, column: 44, length: 1 },
    ]);
  });

  it('rejects a TD3 line whose composite check digit is wrong', () => {
    expect(td3('L898902C36UTO7408122F1204159ZE184226B<<<<<11').problems).toEqual([
      { field: 'composite', code: 'mrz.check-digit', line: 2, column: 44, length: 1 },
    ]);
  });

  it('flags an unknown country without stopping the check digits', () => {
    const result = td3('L898902C36QQQ7408122F1204159ZE184226B<<<<<10');
    expect(result.problems).toEqual([
      { field: 'nationality', code: 'mrz.unknown-country', line: 2, column: 11, length: 3 },
    ]);
    expect(result.fields?.nationality).toBe('QQQ');
  });

  it('reports a character outside the MRZ alphabet where it is', () => {
    const result = td3(TD3_L2, 'P<UTOERIKS#ON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<');
    expect(result.problems).toEqual([
      { field: 'name', code: 'mrz.invalid-character', line: 1, column: 11, length: 1 },
    ]);
  });

  it.each([
    ['a month 13', '741312'],
    ['the 31st of April', '740431'],
    ['the 29th of February of a common year', '750229'],
  ])('reports %s as an invalid date', (_, date) => {
    const line = `L898902C36UTO${date}${checkDigitOf(date, 0, 6)}F1204159ZE184226B<<<<<1`;
    const zone = line + checkDigitOf(`${line.slice(0, 10)}${line.slice(13, 20)}${line.slice(21, 43)}`, 0, 39);
    expect(td3(zone).problems).toEqual([
      { field: 'birthDate', code: 'mrz.invalid-date', line: 2, column: 14, length: 6 },
    ]);
  });

  it('reports a sex other than M, F, X or filler', () => {
    expect(td3('L898902C36UTO7408122Q1204159ZE184226B<<<<<10').problems).toEqual([
      { field: 'sex', code: 'mrz.invalid-sex', line: 2, column: 21, length: 1 },
    ]);
  });

  it('reports a passport-sized zone whose document code is not P', () => {
    expect(td3(TD3_L2, `I${TD3_L1.slice(1)}`).problems).toEqual([
      { field: 'documentCode', code: 'mrz.document-code', line: 1, column: 1, length: 2 },
    ]);
  });

  it.each([
    ['day unknown', '7408<<', 'month', '1974-08'],
    ['month and day unknown', '74<<<<', 'year', '1974'],
    ['all unknown', '<<<<<<', 'unknown', null],
  ])('tolerates a birth date with %s and records the precision', (_, date, precision, iso) => {
    const result = parseMrz(formatTd3({ ...specimenTd3(), birthDate: iso }), TODAY);
    expect(result.valid).toBe(true);
    expect(result.fields).toMatchObject({ birthDate: iso, birthDatePrecision: precision });
    expect(formatTd3({ ...specimenTd3(), birthDate: iso })[1]?.slice(13, 19)).toBe(date);
  });

  it.each([
    ['a birth date that would be in the future', '2025-11-28', '1925-11-28'],
    ['a birth date of today', '2025-11-27', '2025-11-27'],
    ['a child born this century', '2019-03-01', '2019-03-01'],
  ])('infers the century of %s', (_, written, read) => {
    const result = parseMrz(formatTd3({ ...specimenTd3(), birthDate: written }), TODAY);
    expect(result.fields?.birthDate).toBe(read);
  });

  it('reads X and filler as the two ways of leaving sex unspecified', () => {
    expect(parseMrz(formatTd3({ ...specimenTd3(), sex: 'X' }), TODAY).fields?.sex).toBe('X');
    expect(parseMrz(formatTd3({ ...specimenTd3(), sex: 'unspecified' }), TODAY).fields?.sex).toBe(
      'unspecified',
    );
  });

  it("reads Germany's one-letter code with its filler", () => {
    const result = parseMrz(formatTd3({ ...specimenTd3(), issuingState: 'D', nationality: 'D' }), TODAY);
    expect(result).toMatchObject({ valid: true, fields: { issuingState: 'D', nationality: 'D' } });
  });
});

describe('parseMrz repairs', () => {
  it.each([
    ['O for 0 in a date', 'L898902C36UTO74O8122F1204159ZE184226B<<<<<10', 'birthDate', 16, 'O', '0'],
    ['S for 5 in a date', 'L898902C36UTO7408122F12041S9ZE184226B<<<<<10', 'expiryDate', 27, 'S', '5'],
    [
      '0 for O in a country code',
      'L898902C36UT07408122F1204159ZE184226B<<<<<10',
      'nationality',
      13,
      '0',
      'O',
    ],
    [
      'I for 1 in a check digit',
      'L898902C36UTO7408122F1204159ZE184226B<<<<<I0',
      'optionalData',
      43,
      'I',
      '1',
    ],
  ])('repairs %s for certain', (_, line2, field, column, from, to) => {
    const result = parseMrz([TD3_L1, line2], TODAY);
    expect(result.valid).toBe(true);
    expect(result.repairs).toContainEqual({ field, line: 2, column, from, to });
    expect(result.fields?.documentNumber).toBe('L898902C3');
  });

  it('repairs a country code read with a digit, V3N, to VEN', () => {
    const lines = formatTd3({ ...specimenTd3(), issuingState: 'VEN', nationality: 'VEN' });
    const result = parseMrz([`P<V3N${lines[0]?.slice(5)}`, lines[1] ?? ''], TODAY);
    expect(result).toMatchObject({ valid: true, fields: { issuingState: 'VEN' } });
    expect(result.repairs).toEqual([{ field: 'issuingState', line: 1, column: 4, from: '3', to: 'E' }]);
  });

  it('reads a digit in a name as a letter even where it could stand for two (mrz-names.test.ts)', () => {
    const result = parseMrz(['P<UTOER1KSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<', TD3_L2], TODAY);
    expect(result).toMatchObject({ valid: true, problems: [], fields: { surname: 'ERIKSSON' } });
    expect(result.repairs).toEqual([{ field: 'name', line: 1, column: 8, from: '1', to: 'I' }]);
  });

  it('reports an ambiguous document number instead of choosing a reading', () => {
    // B at column 2 is the misread 8; but 2 read as Z at column 7 would pass the check just as well.
    const result = parseMrz([TD3_L1, 'LB98902C36UTO7408122F1204159ZE184226B<<<<<10'], TODAY);
    expect(result.valid).toBe(false);
    expect(result.repairs).toEqual([]);
    expect(result.problems).toContainEqual(
      expect.objectContaining({ field: 'documentNumber', code: 'mrz.repair-ambiguous' }),
    );
  });
});

// ---- Properties -----------------------------------------------------------------------------------

const letters = fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ');
const alnum = fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789');
// Optional data is free-form: fillers may come before, inside or after the value (issue 11).
const optionalChar = fc.oneof({ arbitrary: alnum, weight: 5 }, { arbitrary: fc.constant('<'), weight: 1 });
const word = (max: number) => fc.array(letters, { minLength: 1, maxLength: max }).map((cs) => cs.join(''));
const words = (min: number, max: number) =>
  fc.array(word(8), { minLength: min, maxLength: max }).map((ws) => ws.join(' '));
const codeOf = (chars: fc.Arbitrary<string>, min: number, max: number) =>
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
const FORMATTERS = {
  TD1: formatTd1,
  TD2: formatTd2,
  TD3: formatTd3,
  'MRV-A': formatMrvA,
  'MRV-B': formatMrvB,
};
const FORMATS: readonly MrzFormat[] = ['TD1', 'TD2', 'TD3', 'MRV-A', 'MRV-B'];

function documentOf(format: MrzFormat): fc.Arbitrary<MrzDocument> {
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

const anyDocument = fc
  .constantFrom(...FORMATS)
  .chain((format) => documentOf(format).map((doc) => ({ format, doc, lines: FORMATTERS[format](doc) })));

const unfilled = (s: string) => s.replace(/^<+|<+$/g, '');

const precisionOf = (d: string | null) =>
  d === null ? 'unknown' : d.length === 4 ? 'year' : d.length === 7 ? 'month' : 'day';

describe('parseMrz properties', () => {
  it('reads back every document it formats, in every format', () => {
    fc.assert(
      fc.property(anyDocument, ({ format, doc, lines }) => {
        const result = parseMrz(lines, TODAY);
        expect(result.problems).toEqual([]);
        expect(result.format).toBe(format);
        expect(result.fields).toEqual({
          ...doc,
          // What is printed is read back, less the fillers at either end of the optional data.
          optionalData: unfilled(doc.optionalData),
          optionalData2: unfilled(doc.optionalData2),
          birthDatePrecision: precisionOf(doc.birthDate),
        });
      }),
      { numRuns: 500 },
    );
  });

  it('detects any single-character change in a numeric checked field', () => {
    const numeric = fc.constantFrom(...FORMATS).chain((format) => {
      const layout = LAYOUTS[format];
      const spots = [
        ...range(layout.birthDate),
        layout.birthDateCheck,
        ...range(layout.expiryDate),
        layout.expiryDateCheck,
      ];
      return fc.record({
        doc: documentOf(format).filter((d) => d.birthDate !== null && d.birthDate.length === 10),
        format: fc.constant(format),
        at: fc.constantFrom(...spots),
        to: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<'),
      });
    });
    fc.assert(
      fc.property(numeric, ({ doc, format, at, to }) => {
        const text = FORMATTERS[format](doc).join('');
        fc.pre(text.charAt(at) !== to);
        const result = parseMrz(text.slice(0, at) + to + text.slice(at + 1), TODAY);
        if (result.valid) {
          // Accepted only as a repair, and then the very document that was printed.
          expect(result.repairs.length).toBeGreaterThan(0);
          expect(result.fields).toEqual(parseMrz(text, TODAY).fields);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('misses a change in an alphanumeric field exactly when 7-3-1 cannot see it', () => {
    // The weights are prime to 10, so a change is invisible iff the two values agree modulo 10:
    // 0/A/K/U/<, 1/B/L/V, 6/G/Q, ... This is why repairs insist on exactly one passing reading.
    fc.assert(
      fc.property(
        codeOf(alnum, 9, 9),
        fc.integer({ min: 0, max: 8 }),
        fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<'),
        (number, at, to) => {
          const changed = number.slice(0, at) + to + number.slice(at + 1);
          const same = charValue(number.charCodeAt(at)) % 10 === charValue(to.charCodeAt(0)) % 10;
          expect(checkDigitOf(changed, 0, 9) === checkDigitOf(number, 0, 9)).toBe(same);
        },
      ),
    );
  });

  it('repairs one misread character of a document number only when no other reading passes', () => {
    const misread = fc
      .record({ doc: documentOf('TD3'), at: fc.integer({ min: 0, max: 8 }) })
      .map(({ doc, at }) => ({ doc, at, lines: formatTd3(doc) }))
      .filter(({ lines, at }) => lookAlikes(lines[1]?.charAt(at) ?? '').length > 0)
      .chain((m) =>
        fc.constantFrom(...lookAlikes(m.lines[1]?.charAt(m.at) ?? '')).map((to) => ({ ...m, to })),
      );
    fc.assert(
      fc.property(misread, ({ doc, at, lines, to }) => {
        const [l1 = '', l2 = ''] = lines;
        // L/1 and G/6 agree modulo 10: no check digit can see them, so they read as printed.
        fc.pre(charValue(l2.charCodeAt(at)) % 10 !== charValue(to.charCodeAt(0)) % 10);
        const wrong = l2.slice(0, at) + to + l2.slice(at + 1);
        const readings = singleSwaps(wrong.slice(0, 9)).filter(
          (n) => checkDigitOf(n, 0, 9) === Number(wrong.charAt(9)),
        );
        // An issuer's number format would rule readings out: mrz-repair.test.ts covers those.
        fc.pre(numberFormatOf(doc.issuingState, doc.documentCode) === undefined);
        const result = parseMrz([l1, wrong], TODAY);
        if (readings.length === 1) {
          // Taken, with the number as repaired, but not valid until a person confirms it.
          expect(result.valid).toBe(false);
          expect(result.problems).toEqual([]);
          expect(result.repairs).toEqual([expect.objectContaining({ needsConfirmation: true })]);
          expect(result.fields?.documentNumber).toBe(doc.documentNumber);
        } else {
          expect(result.repairs).toEqual([]);
          expect(result.problems).toContainEqual(
            expect.objectContaining({ field: 'documentNumber', code: 'mrz.repair-ambiguous' }),
          );
        }
      }),
      { numRuns: 500 },
    );
  });

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.array(fc.string(), { maxLength: 4 })),
        (input) => {
          const result = parseMrz(input, TODAY);
          expect(typeof result.valid).toBe('boolean');
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('never throws on mutations of valid zones, and never calls a mutated zone valid without saying why', () => {
    const mutated = fc.record({
      zone: anyDocument.map(({ lines }) => lines.join('\n')),
      edits: fc.array(
        fc.record({
          at: fc.nat(),
          kind: fc.constantFrom('replace', 'delete', 'insert', 'lower'),
          ch: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<<<< #\r\n«'),
        }),
        { minLength: 1, maxLength: 6 },
      ),
    });
    fc.assert(
      fc.property(mutated, ({ zone, edits }) => {
        let text = zone;
        for (const { at, kind, ch } of edits) {
          const i = at % (text.length + 1);
          if (kind === 'replace') text = text.slice(0, i) + ch + text.slice(i + 1);
          else if (kind === 'delete') text = text.slice(0, i) + text.slice(i + 1);
          else if (kind === 'insert') text = text.slice(0, i) + ch + text.slice(i);
          else text = text.slice(0, i) + text.slice(i).toLowerCase();
        }
        const result = parseMrz(text, TODAY);
        const awaiting = result.repairs.some((r) => r.needsConfirmation === true);
        expect(result.valid).toBe(result.problems.length === 0 && !awaiting);
        if (result.repairs.length > 0) {
          // A repaired zone is one that passes every check as it now reads.
          expect(result.fields).not.toBeNull();
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe('parseMrz fast path', () => {
  const today = dayNumber(TODAY);
  const zone = fc.record({
    read: anyDocument,
    separator: fc.constantFrom('', '\n', '\r', '\r\n'),
    edits: fc.array(
      fc.record({
        at: fc.nat(),
        ch: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<<<<OISBZ01582a #\n'),
      }),
      { maxLength: 2 },
    ),
  });

  it('reads every zone, clean or damaged, exactly as the careful reader does', () => {
    fc.assert(
      fc.property(zone, ({ read, separator, edits }) => {
        let text = read.lines.join(separator);
        for (const { at, ch } of edits) {
          const i = at % text.length;
          text = text.slice(0, i) + ch + text.slice(i + 1);
        }
        const fast = parseMrz(text, TODAY);
        const careful = parseSlowly(text, today);
        expect(fast).toEqual(careful);
        // Key order too: the CLI prints the result as JSON.
        expect(JSON.stringify(fast)).toBe(JSON.stringify(careful));
      }),
      { numRuns: 3000 },
    );
  });

  it('takes every clean zone of a short document number without the careful reader', () => {
    fc.assert(
      fc.property(zone, ({ read, separator }) => {
        fc.pre(read.doc.documentNumber.length <= 9);
        expect(readFast(read.lines.join(separator), today)).not.toBeNull();
      }),
      { numRuns: 1000 },
    );
  });
});

function range([start, end]: readonly [number, number]): number[] {
  return Array.from({ length: end - start }, (_, i) => start + i);
}

function lookAlikes(ch: string): readonly string[] {
  const digit = digitForLetter(ch);
  return digit !== undefined ? [digit] : lettersForDigit(ch);
}

// Every reading of a nine-character number with one look-alike swapped, as the rule defines them.
function singleSwaps(number: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < number.length; i++) {
    for (const to of lookAlikes(number.charAt(i))) out.push(number.slice(0, i) + to + number.slice(i + 1));
  }
  return out;
}
