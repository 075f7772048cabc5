// parseMrz on zones from other libraries' test suites that do not read as valid: those the source
// refuses too, and those it accepts where ICAO 9303 (8th edition) does not, with why Paso holds to it.
import { describe, expect, it } from 'vitest';
import { TODAY } from '../../../test/support/mrz-zones';
import { parseMrz } from './mrz-parse';
import type { MrzField, MrzProblemCode } from './mrz-types';

const JMRTD = 'scottynoshotty/jmrtd-code jmrtd/src/test/java/org/jmrtd/test/lds/MRZInfoTest.java';
const DATACHECKER = 'datacheckerbv/MRZParser Tests/MRZParserTests/MRZParserTests.swift';
const FOURTHLINE = 'moein-barzegaran/MRZParser MRZParserTests/MRZParserTests.swift';
const ROMANMAZEEV = 'romanmazeev/MRZParser Tests/MRZParserIntegrationTests/MRZParserIntegrationTests.swift';
const MRZ_JAVA = 'ZsBT/mrz-java src/test/java/com/innovatrics/mrz/records/MRPTest.java';
const DMRTD = 'ZeroPass/dmrtd test/mrz_test.dart';
const MRTD = 'asmarques/mrtd src/parser.rs';

const ERIKSSON_TD1 = ['7408122F1204159UTO<<<<<<<<<<<6', 'ERIKSSON<<ANNA<MARIA<<<<<<<<<<'] as const;
const ERIKSSON_TD2 = 'I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<';
const ERIKSSON_TD3 = 'P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<';
const DE_BRUIJN = 'DE<BRUIJN<<WILLEKE<LISELOTTE<<';

type Expected = readonly (readonly [MrzField, MrzProblemCode])[];
const problemsOf = (lines: readonly string[]) =>
  parseMrz(lines, TODAY).problems.map((p): readonly [MrzField, MrzProblemCode] => [p.field, p.code]);

describe('zones their source refuses too', () => {
  it.each([
    [
      `${DMRTD} (Document Number check digit mismatch)`,
      ['I<UTOD231458902<<<<<<<<<<<<<<<', ...ERIKSSON_TD1],
      [
        ['documentNumber', 'mrz.check-digit'],
        ['composite', 'mrz.check-digit'],
      ],
    ],
    [
      `${DMRTD} (Composite check digit mismatch, a > in the name)`,
      ['I<UTOD231458907<<<<<<<<<<<<<<<', '7408122F1204159UTO<<<<<<<<<<<5', 'ERIKSSON<<ANNA<MARIA<<<<<<<<<>'],
      [
        ['name', 'mrz.invalid-character'],
        ['composite', 'mrz.check-digit'],
      ],
    ],
    [
      `${DMRTD} (TD2 composite check digit mismatch)`,
      [ERIKSSON_TD2, 'D231458907UTO7408122F1204159<<<<<<<7'],
      [['composite', 'mrz.check-digit']],
    ],
    [
      `${DMRTD} (Optional data check digit mismatch)`,
      [ERIKSSON_TD3, 'L898902C36UTO7408122F1204159ZE184226B<<<<<20'],
      [
        ['optionalData', 'mrz.check-digit'],
        ['composite', 'mrz.check-digit'],
      ],
    ],
    [
      `${MRTD} (parse_passport_invalid_document_type)`,
      [`X${ERIKSSON_TD3.slice(1)}`, 'L898902C36UTO7408122F1204159ZE184226B<<<<<10'],
      [['documentCode', 'mrz.document-code']],
    ],
    [
      `${MRTD} (parse_passport_invalid_expiry_date)`,
      [ERIKSSON_TD3, 'L898902C36UTO7408122F1<0A159ZE184226B<<<<<10'],
      [
        ['expiryDate', 'mrz.invalid-character'],
        ['composite', 'mrz.check-digit'],
      ],
    ],
    [
      `${MRTD} (parse_identity_card_invalid_document_type)`,
      ['Z<NLDSPECI20212<<<<<<<<<<<<<<<', '6503101F3108022NLD<<<<<<<<<<<8', DE_BRUIJN],
      [['documentCode', 'mrz.document-code']],
    ],
    [
      `${MRTD} (parse_identity_card_invalid_birth_date: K is no digit's look-alike)`,
      ['I<NLDSPECI20212<<<<<<<<<<<<<<<', '6K03101F3108022NLD<<<<<<<<<<<8', DE_BRUIJN],
      [
        ['birthDate', 'mrz.invalid-character'],
        ['composite', 'mrz.check-digit'],
      ],
    ],
    [
      `${MRTD} (parse_identity_card_invalid_expiry_date)`,
      ['I<NLDSPECI20212<<<<<<<<<<<<<<<', '6503101F31080W2NLD<<<<<<<<<<<8', DE_BRUIJN],
      [['expiryDate', 'mrz.invalid-character']],
    ],
  ] as const)('refuses %s', (_, lines, expected: Expected) => {
    expect(problemsOf(lines)).toEqual(expected);
  });

  it(`repairs what ${MRTD} refuses as an invalid birth date: A where a digit must stand is the 4 it looks like`, () => {
    const result = parseMrz([ERIKSSON_TD3, 'L898902C36UTO7A08122F1204159ZE184226B<<<<<10'], TODAY);
    expect(result).toMatchObject({ valid: true, problems: [], fields: { birthDate: '1974-08-12' } });
    expect(result.repairs).toEqual([{ field: 'birthDate', line: 2, column: 15, from: 'A', to: '4' }]);
  });
});

// The source reads these as valid (or does not check them); ICAO 9303 does not.
describe('zones their source accepts and Paso does not', () => {
  it.each([
    [
      // 9303-4: the personal number's check digit may be '<' only when the field is all fillers. JMRTD
      // writes '<' there itself; the same zone with 0 (ZERO_CHECKDIGIT) reads in the specimen tests.
      `${JMRTD} (LOES_MEULENDIJK, FILLER_CHECKDIGIT)`,
      ['P<NLDMEULENDIJK<<LOES<ALBERTINE<<<<<<<<<<<<<', 'XX00000000NLD7110195F1108280123456782<<<<<<2'],
      [['optionalData', 'mrz.check-digit']],
    ],
    [
      // The composite of this zone is 6, as the copy in FOURTHLINE prints it (read below).
      `${JMRTD} (CHRISTIAN_MUSTERMAN, composite 2)`,
      ['P<D<<MUSTERMAN<<CHRISTIAN<<<<<<<<<<<<<<<<<<<', '0000000000D<<8601067M1111156<<<<<<<<<<<<<<<2'],
      [['composite', 'mrz.check-digit']],
    ],
    [
      // COU stands for a country in a sample, and no 9303-3 code is COU.
      `${JMRTD} (SUSANNA_SAMPLE)`,
      ['IRGBRZU12345673<<<<<<<<<<<<<<<', '6608198F0808088COU<<<<<<<<<<<6', 'SAMPLE<<SUSANNA<<<<<<<<<<<<<<<'],
      [['nationality', 'mrz.unknown-country']],
    ],
    [
      // '<' for the check digit announces a long number (9303-5 note j), and none follows: the check
      // digit of D23145890 is 7. JMRTD only asks that the birth date still reads, and it does.
      `${JMRTD} (testMRZWithEmptyExtendedDocumentNumber)`,
      ['I<UTOD23145890<<<<<<<<<<<<<<<<', ...ERIKSSON_TD1],
      [
        ['documentNumber', 'mrz.check-digit'],
        ['composite', 'mrz.check-digit'],
      ],
    ],
    [
      // A sample JMRTD writes back without checking: three check digits and the composite are wrong.
      `${JMRTD} (CARVALHO_FERNANDA_SILVA)`,
      ['IDUTO00000000032<<<<<<<<<<<<<<', '7507123F1510212UTO<<<<<<<<<<<2', 'SILVA<<CARVALHO<FERNANDA<<<<<<'],
      [
        ['documentNumber', 'mrz.check-digit'],
        ['birthDate', 'mrz.check-digit'],
        ['expiryDate', 'mrz.check-digit'],
        ['composite', 'mrz.check-digit'],
      ],
    ],
    [
      // Position 15 holds 2, so the number is the nine characters before it (9303-5), whose check
      // digit is 3; the source reads ten digits and ZZ as the number by a rule of its own.
      `${DATACHECKER} (testTD1_ID_PRT_1_Valid)`,
      ['I<PRT0000414022<ZZ70<<<<<<<<<<', '8010100M2012294PRT<<<<<<<<<<<2', 'MIGUEL<<SOPHIA<<<<<<<<<<<<<<<<'],
      [['documentNumber', 'mrz.check-digit']],
    ],
    [
      // 9303-4: a zone of two lines of 44 is a passport, P; the source parses any such zone as one.
      `${MRZ_JAVA} (an I document on two lines of 44)`,
      ['I<SVKNOVAK<<JAN<<<<<<<<<<<<<<<<<<<<<<<<<<<<<', '123456<AA5SVK8110251M1801020749313<<<<<<<<70'],
      [['documentCode', 'mrz.document-code']],
    ],
    [
      // The composite fails as printed; the source's OCR correction takes 1 as I in optional data 2,
      // but other single readings pass the composite as well, and none is more likely by the standard.
      `${ROMANMAZEEV} (testTD1OptionalData2OCRCorrection)`,
      ['ITNLDPS99106567SNP3048542022<<', '8511250M2904076RUS<1<89<<<<<<7', 'ERIKSSON<<ANNA<MARIA<<<<<<<<<<'],
      [['composite', 'mrz.repair-ambiguous']],
    ],
    [
      // Russia's internal passport, not a travel document: its names spell Cyrillic letters with digits
      // (9 for Ь) and its zone has no expiry date, neither of which ICAO 9303 allows.
      `${DATACHECKER} (testTD3RussianPassport)`,
      ['PNRUSZDRIL7K<<SERGEQ<ANATOL9EVI3<<<<<<<<<<<<', '3919353498RUS7207233M<<<<<<<4151218910003<50'],
      [
        ['name', 'mrz.invalid-character'],
        ['expiryDate', 'mrz.invalid-character'],
      ],
    ],
  ] as const)('does not call valid %s', (_, lines, expected: Expected) => {
    const result = parseMrz(lines, TODAY);
    expect(result.valid).toBe(false);
    expect(problemsOf(lines)).toEqual(expected);
  });

  it(`reads the copy in ${FOURTHLINE} of the German specimen, whose composite is right`, () => {
    const result = parseMrz(
      ['P<D<<MUSTERMAN<<CHRISTIAN<<<<<<<<<<<<<<<<<<<', '0000000000D<<8601067M1111156<<<<<<<<<<<<<<<6'],
      TODAY,
    );
    expect(result).toMatchObject({
      valid: true,
      fields: { documentNumber: '000000000', birthDate: '1986-01-06' },
    });
  });

  it(`holds for a person the one optional-data reading that passes the composite of ${JMRTD} (OLIVEIRA)`, () => {
    // The zone's composite fails as printed; JMRTD writes it back without checking it.
    const result = parseMrz(
      ['IDBRA123456789712345R00F456912', '7006012F0212311UTO<<<HDFDTR091', 'OLIVEIRA<<MARIA<SILVA<<<<<<<<<'],
      TODAY,
    );
    expect(result).toMatchObject({ valid: false, problems: [], fields: { documentNumber: '123456789' } });
    expect(result.repairs).toEqual([
      { field: 'optionalData', line: 1, column: 23, from: '0', to: 'Q', needsConfirmation: true },
    ]);
  });
});
