// parseMrz on passport, visa and TD2 zones from other libraries' test suites (Java, Swift, Rust), each
// read as its source says it must be. Identity cards (TD1) are in mrz-parse-specimens-more-cards.test.ts,
// the zones a source and Paso read differently in mrz-parse-specimens-more-disputed.test.ts.
import { describe, expect, it } from 'vitest';
import { TODAY } from '../../../test/support/mrz-zones';
import { parseMrz } from './mrz-parse';
import type { MrzFields, MrzFormat, MrzVariant } from './mrz-types';

const JMRTD = 'scottynoshotty/jmrtd-code jmrtd/src/test/java/org/jmrtd/test/lds/MRZInfoTest.java';
const MRZ_JAVA = 'ZsBT/mrz-java src/test/java/com/innovatrics/mrz/records';
const DATACHECKER = 'datacheckerbv/MRZParser Tests/MRZParserTests/MRZParserTests.swift';
const FOURTHLINE = 'moein-barzegaran/MRZParser MRZParserTests/MRZParserTests.swift';
const MRTD = 'asmarques/mrtd src/parser.rs';

interface Specimen {
  readonly source: string;
  readonly lines: readonly string[];
  readonly format: MrzFormat;
  readonly fields: Partial<MrzFields>;
  readonly variant?: MrzVariant;
}

// Each source asserts the fields given here (or round-trips the zone and asserts some of them); the
// dates are its YYMMDD with the century Paso gives on 27 November 2025.
const SPECIMENS: readonly Specimen[] = [
  {
    source: `${JMRTD} (ANNA_KOWALSKA)`,
    lines: [
      'I<POLABA3000004<<<<<<<<<<<<<<<',
      '7203305F1208227POL<<<<<<<<<<<2',
      'KOWALSKA<<ANNA<<<<<<<<<<<<<<<<',
    ],
    format: 'TD1',
    fields: { surname: 'KOWALSKA', givenNames: 'ANNA', documentNumber: 'ABA300000', birthDate: '1972-03-30' },
  },
  {
    source: `${JMRTD} (ANNA_ERIKSSON, the specimen of earlier editions of Doc 9303)`,
    lines: ['P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<', 'L898902C<3UTO6908061F9406236ZE184226B<<<<<14'],
    format: 'TD3',
    fields: { documentNumber: 'L898902C', birthDate: '1969-08-06', sex: 'F', expiryDate: '1994-06-23' },
  },
  {
    source: `${JMRTD} (LOES_MEULENDIJK, ZERO_CHECKDIGIT)`,
    lines: ['P<NLDMEULENDIJK<<LOES<ALBERTINE<<<<<<<<<<<<<', 'XX00000000NLD7110195F1108280123456782<<<<<02'],
    format: 'TD3',
    fields: {
      surname: 'MEULENDIJK',
      givenNames: 'LOES ALBERTINE',
      documentNumber: 'XX0000000',
      optionalData: '123456782',
    },
  },
  {
    source: `${JMRTD} (GERARD ROBBERT MARTINUS SEBASTIAAN VAN NIEUWENHUIZEN: the name cut at 39)`,
    lines: ['P<NLDVAN<NIEUWENHUIZEN<<GERARD<ROBBERT<MARTI', 'XN01BC0150NLD7112247M1108268123456782<<<<<02'],
    format: 'TD3',
    fields: { surname: 'VAN NIEUWENHUIZEN', givenNames: 'GERARD ROBBERT MARTI', documentNumber: 'XN01BC015' },
  },
  {
    source: `${JMRTD} (ERIKA_MUSTERMAN); ${FOURTHLINE}`,
    lines: ['P<D<<MUSTERMANN<<ERIKA<<<<<<<<<<<<<<<<<<<<<<', 'C11T002JM4D<<9608122F1310317<<<<<<<<<<<<<<<6'],
    format: 'TD3',
    fields: { issuingState: 'D', nationality: 'D', documentNumber: 'C11T002JM', birthDate: '1996-08-12' },
  },
  {
    source: `${JMRTD} (testDEUTD3)`,
    lines: ['P<D<<MUSTERMANN<<ERIKA<<<<<<<<<<<<<<<<<<<<<<', 'C01XGY7661D<<6408125F2707196<<<<<<<<<<<<<<<2'],
    format: 'TD3',
    fields: {
      documentNumber: 'C01XGY766',
      birthDate: '1964-08-12',
      expiryDate: '2027-07-19',
      optionalData: '',
    },
  },
  {
    source: `${JMRTD} (VZOR_SPECIMEN)`,
    lines: ['P<CZESPECIMEN<<VZOR<<<<<<<<<<<<<<<<<<<<<<<<<', '99009054<4CZE6906229F16072996956220612<<<<74'],
    format: 'TD3',
    fields: { surname: 'SPECIMEN', givenNames: 'VZOR', documentNumber: '99009054', expiryDate: '2016-07-29' },
  },
  {
    source: `${JMRTD} (HAPPY_TRAVELER)`,
    lines: ['P<USATRAVELER<<HAPPY<<<<<<<<<<<<<<<<<<<<<<<<', '1500000035USA5609165M0811150<<<<<<<<<<<<<<08'],
    format: 'TD3',
    fields: { documentNumber: '150000003', nationality: 'USA', birthDate: '1956-09-16', sex: 'M' },
  },
  {
    source: `${JMRTD} (FRANK_AMOSS)`,
    lines: ['P<USAAMOSS<<FRANK<<<<<<<<<<<<<<<<<<<<<<<<<<<', '0000780043USA5001013M1511169100000000<381564'],
    format: 'TD3',
    fields: { documentNumber: '000078004', birthDate: '1950-01-01', optionalData: '100000000<3815' },
  },
  {
    source: `${JMRTD} (LORENA_FERNANDEZ)`,
    lines: ['P<ARGFERNANDEZ<<LORENA<<<<<<<<<<<<<<<<<<<<<<', '00000000A0ARG7903122F081210212300004<<<<<<86'],
    format: 'TD3',
    fields: {
      issuingState: 'ARG',
      documentNumber: '00000000A',
      birthDate: '1979-03-12',
      optionalData: '12300004',
    },
  },
  {
    source: `${JMRTD} (KWOK_SUM_CHUNG)`,
    lines: ['P<CHNCHUNG<<KWOK<SUM<<<<<<<<<<<<<<<<<<<<<<<<', 'K123455994CHN8008080F1702057HK8888888<<<<<36'],
    format: 'TD3',
    fields: {
      surname: 'CHUNG',
      givenNames: 'KWOK SUM',
      documentNumber: 'K12345599',
      optionalData: 'HK8888888',
    },
  },
  {
    source: `${JMRTD} (testArnjlotMalaysia: no secondary identifier)`,
    lines: ['P<MYSABC<DEFG<HIJKLMNOP<QRS<TUV<XYZABCDEFGHI', 'A984726053MYS8709125M2204134880811055050<<52'],
    format: 'TD3',
    fields: { surname: 'ABC DEFG HIJKLMNOP QRS TUV XYZABCDEFGHI', givenNames: '' },
  },
  {
    source: `${JMRTD} (testArnjlotLongPrimaryIdenfitier)`,
    lines: ['P<MYSMEGAN<ELLA<RUTH<BIN<ISMAELAR<EZZAHUDDIN', 'A001122338MYS0911267M2010153<<<<<<<<<<<<<<<8'],
    format: 'TD3',
    fields: { surname: 'MEGAN ELLA RUTH BIN ISMAELAR EZZAHUDDIN', givenNames: '', birthDate: '2009-11-26' },
  },
  {
    source: `${JMRTD} (testNORTD3: a Norwegian document for a holder of UTO nationality)`,
    lines: ['PUNORSPECIMEN<<PLACEBO<<<<<<<<<<<<<<<<<<<<<<', '00000000<0UTO0508104F19110135200508102468906'],
    format: 'TD3',
    fields: {
      documentCode: 'PU',
      nationality: 'UTO',
      documentNumber: '00000000',
      optionalData: '52005081024689',
    },
  },
  {
    source: `${JMRTD} (testNZLTD3OptionalData: 0 for the unused personal number's check digit)`,
    lines: ['P<NZLWATA<<AROHA<MERE<TERESA<<<<<<<<<<<<<<<<', 'LF100358<5NZL9010015F2512152<<<<<<<<<<<<<<02'],
    format: 'TD3',
    fields: {
      surname: 'WATA',
      givenNames: 'AROHA MERE TERESA',
      documentNumber: 'LF100358',
      optionalData: '',
    },
  },
  {
    source: `${JMRTD} (testGBRTD3)`,
    lines: ['P<GBRUK<SPECIMEN<<ANGELA<ZOE<<<<<<<<<<<<<<<<', '9992307632GBR9501016F2911272<<<<<<<<<<<<<<02'],
    format: 'TD3',
    fields: { surname: 'UK SPECIMEN', givenNames: 'ANGELA ZOE', documentNumber: '999230763' },
  },
  {
    source: `${JMRTD} (testNLDTD3New); ${DATACHECKER} (testTD3NetherlandsPassport has the 2014 one)`,
    lines: ['P<NLDDE<BRUIJN<<WILLEKE<LISELOTTE<<<<<<<<<<<', 'SPECI20212NLD6503101F3108309<<<<<<<<<<<<<<<0'],
    format: 'TD3',
    fields: { surname: 'DE BRUIJN', documentNumber: 'SPECI2021', expiryDate: '2031-08-30', optionalData: '' },
  },
  {
    source: `${DATACHECKER} (testTD3NetherlandsPassport)`,
    lines: ['P<NLDDE<BRUIJN<<WILLEKE<LISELOTTE<<<<<<<<<<<', 'SPECI20142NLD6503101F2403096999999990<<<<<84'],
    format: 'TD3',
    fields: { givenNames: 'WILLEKE LISELOTTE', documentNumber: 'SPECI2014', optionalData: '999999990' },
  },
  {
    source: `${FOURTHLINE} (Willeke De Bruijn)`,
    lines: ['P<NLDDE<BRUIJN<<WILLEKE<LIESELOTTE<<<<<<<<<<', 'XN2039LC36NLD6503101F1610202999999990<<<<<82'],
    format: 'TD3',
    fields: { givenNames: 'WILLEKE LIESELOTTE', documentNumber: 'XN2039LC3', expiryDate: '2016-10-20' },
  },
  {
    source: `${DATACHECKER} (testTD3RussianInternationalPassport)`,
    lines: ['P<RUSIMIAREK<<EVGENII<<<<<<<<<<<<<<<<<<<<<<<', '1104000008RUS8209120M2601157<<<<<<<<<<<<<<06'],
    format: 'TD3',
    fields: {
      surname: 'IMIAREK',
      givenNames: 'EVGENII',
      documentNumber: '110400000',
      expiryDate: '2026-01-15',
    },
  },
  {
    source: `${MRTD} (parse_passport_with_fillers)`,
    lines: ['P<CANMARTIN<<SARAH<<<<<<<<<<<<<<<<<<<<<<<<<<', 'ZE000509<9CAN8501019F2301147<<<<<<<<<<<<<<08'],
    format: 'TD3',
    fields: { issuingState: 'CAN', surname: 'MARTIN', givenNames: 'SARAH', documentNumber: 'ZE000509' },
  },
  {
    source: `${MRTD} (parse_passport_multiple_names: the name is under no check digit)`,
    lines: ['P<UTOERIKSSON<JOHNSON<<ANNA<MARIA<<<<<<<<<<<', 'L898902C36UTO7408122F1204159ZE184226B<<<<<10'],
    format: 'TD3',
    fields: { surname: 'ERIKSSON JOHNSON', givenNames: 'ANNA MARIA', documentNumber: 'L898902C3' },
  },
  {
    source: `${MRZ_JAVA}/MrvATest.java`,
    lines: ['V<FRANOVAK<<JAN<<<<<<<<<<<<<<<<<<<<<<<<<<<<<', 'ABCDE12346FRA8110251M1801020123456<<<<<<<<<<'],
    format: 'MRV-A',
    fields: {
      documentNumber: 'ABCDE1234',
      birthDate: '1981-10-25',
      expiryDate: '2018-01-02',
      optionalData: '123456',
    },
  },
  {
    source: `${MRZ_JAVA}/MrvBTest.java`,
    lines: ['V<FRANOVAK<<JAN<<<<<<<<<<<<<<<<<<<<<', 'ABCDE12346FRA8110251M1801020123456<<'],
    format: 'MRV-B',
    fields: { surname: 'NOVAK', givenNames: 'JAN', documentNumber: 'ABCDE1234', optionalData: '123456' },
  },
  {
    source: `${MRZ_JAVA}/MrtdTd2Test.java`,
    lines: ['I<UTOSTEVENSON<<PETER<<<<<<<<<<<<<<<', 'D231458907UTO3407127M9507122<<<<<<<2'],
    format: 'TD2',
    fields: {
      surname: 'STEVENSON',
      givenNames: 'PETER',
      documentNumber: 'D23145890',
      birthDate: '1934-07-12',
    },
  },
  {
    source: `${DATACHECKER} (testTD2: document code IR)`,
    lines: ['IRUTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<', 'D231458907UTO7408122F1204159<<<<<<<6'],
    format: 'TD2',
    fields: { documentCode: 'IR', documentNumber: 'D23145890', expiryDate: '2012-04-15' },
  },
  {
    source: `${DATACHECKER} (testTD2_ID_ROU_Valid)`,
    lines: ['IDROUPOPESCU<<MARIN<<<<<<<<<<<<<<<<<', 'SS099993<1ROU4609135M810913814000881'],
    format: 'TD2',
    fields: {
      documentNumber: 'SS099993',
      birthDate: '1946-09-13',
      expiryDate: '1981-09-13',
      optionalData: '1400088',
    },
  },
  {
    source: `${MRZ_JAVA}/FrenchIdCardTest.java`,
    lines: ['IDFRAPETE<<<<<<<<<<<<<<<<<<<<<952042', '0509952018746NICOLAS<<PAUL<8206152M3'],
    format: 'TD2',
    fields: {
      surname: 'PETE',
      givenNames: 'NICOLAS PAUL',
      documentNumber: '050995201874',
      optionalData: '952042',
    },
    variant: 'french-identity-card',
  },
];

describe('parseMrz on specimens from other libraries, passports, visas and TD2', () => {
  it.each(SPECIMENS.map((s) => [s.source, s] as const))('reads the zone of %s', (_, specimen) => {
    const result = parseMrz(specimen.lines, TODAY);
    expect(result).toMatchObject({ valid: true, format: specimen.format, problems: [], repairs: [] });
    expect(result.fields).toMatchObject(specimen.fields);
    expect(result.variant).toBe(specimen.variant);
  });
});
