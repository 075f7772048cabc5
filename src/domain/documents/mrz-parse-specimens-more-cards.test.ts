// parseMrz on identity cards (TD1) from other libraries' test suites: long document numbers that go on
// in the optional data, national numbers there, and the issuers whose long number's check digit counts
// the filler (mrz-issuers.ts).
import { describe, expect, it } from 'vitest';
import { TODAY } from '../../../test/support/mrz-zones';
import { parseMrz } from './mrz-parse';
import type { MrzFields, MrzVariant } from './mrz-types';

const JMRTD = 'scottynoshotty/jmrtd-code jmrtd/src/test/java/org/jmrtd/test/lds/MRZInfoTest.java';
const MRZ_JAVA = 'ZsBT/mrz-java src/test/java/com/innovatrics/mrz/records/MrtdTd1Test.java';
const DATACHECKER = 'datacheckerbv/MRZParser Tests/MRZParserTests/MRZParserTests.swift';
const MRTD = 'asmarques/mrtd src/parser.rs';

interface Card {
  readonly source: string;
  readonly lines: readonly [string, string, string];
  readonly fields: Partial<MrzFields>;
  readonly variant?: MrzVariant;
}

const DE_BRUIJN = 'DE<BRUIJN<<WILLEKE<LISELOTTE<<';
const SPECIMEN = 'SPECIMEN<<SPECIMEN<<<<<<<<<<<<';

const CARDS: readonly Card[] = [
  {
    source: `${MRZ_JAVA} (document code CI, optional data on the first line)`,
    lines: [
      'CIUTOD231458907A123X5328434D23',
      '3407127M9507122UTO<<<<<<<<<<<6',
      'STEVENSON<<PETER<<<<<<<<<<<<<<',
    ],
    fields: { documentCode: 'CI', documentNumber: 'D23145890', optionalData: 'A123X5328434D23' },
  },
  {
    source: `${JMRTD} (testBelgianMRZ: a nine-digit number and the national number after it)`,
    lines: [
      'IDBEL590330101085020100200<<<<',
      '8502016F0901015BEL<<<<<<<<<<<8',
      'VAN<DER<VELDEN<<GREET<HILDE<<<',
    ],
    fields: { surname: 'VAN DER VELDEN', documentNumber: '590330101', optionalData: '85020100200' },
  },
  {
    source: `${JMRTD} (testBELID)`,
    lines: ['IDBEL000000387<2899<<<<<<<<<<<', '9502286F3001064BEL950228998741', SPECIMEN],
    fields: { documentNumber: '000000387289', optionalData: '', optionalData2: '95022899874' },
  },
  {
    source: `${DATACHECKER} (testTD1_ID_BEL_1_Valid)`,
    lines: ['IDBEL000001115<7027<<<<<<<<<<<', '9502286F3001064BEL950228998747', SPECIMEN],
    fields: { documentNumber: '000001115702', optionalData2: '95022899874', expiryDate: '2030-01-06' },
  },
  {
    source: `${DATACHECKER} (testTD1_ID_BEL_2_Valid: check digit 1 counts the filler, 5 would not)`,
    lines: ['IDBEL592211692<1741<<<<<<<<<<<', '9003107F2509301BEL900310244094', SPECIMEN],
    fields: { documentNumber: '592211692174', optionalData2: '90031024409' },
    variant: 'long-number-filler-in-check',
  },
  {
    source: `${DATACHECKER} (testTD1_ID_BEL_3_Valid)`,
    lines: ['IDBEL615057409<9390<<<<<<<<<<<', '1202177F2506160BEL120217144293', SPECIMEN],
    fields: { documentNumber: '615057409939', birthDate: '2012-02-17' },
  },
  {
    source: `${JMRTD} (testTD1BELDocumentNumberAndOptionalData1: a Belgian card of a UTO national)`,
    lines: ['IDBEL600001131<7755<<<<<<<<<<<', '1301014F2311207UTO130101123596', SPECIMEN],
    fields: { documentNumber: '600001131775', nationality: 'UTO', optionalData2: '13010112359' },
  },
  {
    source: `${JMRTD} (testBug65: a Portuguese card that follows the standard, 6)`,
    lines: [
      'I<PRT119000652<ZX46<<<<<<<<<<<',
      '8109231M2906128PRT<<<<<<<<<<<2',
      'MENDES<ESTEVES<NOGUEIRA<<RUI<G',
    ],
    fields: { surname: 'MENDES ESTEVES NOGUEIRA', givenNames: 'RUI G', documentNumber: '119000652ZX4' },
  },
  {
    source: `${JMRTD} (testPRTFromPrado: PRADO PRT-BO-02001, 2 over the filler where the standard gives 0)`,
    lines: [
      'I<PRT000024759<ZZ72<<<<<<<<<<<',
      '8010100F2006017PRT<<<<<<<<<<<8',
      'CARLOS<MONTEIRO<<AMELIA<VANESS',
    ],
    fields: { surname: 'CARLOS MONTEIRO', documentNumber: '000024759ZZ7', expiryDate: '2020-06-01' },
    variant: 'long-number-filler-in-check',
  },
  {
    source: `${DATACHECKER} (testTD1_ID_PRT_3_Valid: 7 over the filler where the standard gives 3)`,
    lines: [
      'I<PRT141974817<ZV17<<<<<<<<<<<',
      '9801082F3407242PRT<<<<<<<<<<<4',
      'RONALDO<<CHRISTIANO<<<<<<<<<<<',
    ],
    fields: { documentNumber: '141974817ZV1', birthDate: '1998-01-08', expiryDate: '2034-07-24' },
    variant: 'long-number-filler-in-check',
  },
  {
    source: `${JMRTD} (testTD1LongDocumentNumberAndAlsoOptionalData1)`,
    lines: ['I<NLD123456789<010<OHDA1<<<<<<', '6503101F3108022NLDOPT<DATA2<<5', DE_BRUIJN],
    fields: { documentNumber: '12345678901', optionalData: 'OHDA1', optionalData2: 'OPT<DATA2' },
  },
  {
    source: `${JMRTD} (testTD1ConstructedLongDocumentNumberAndAlsoMaxOptionalData1)`,
    lines: ['I<NLD123456789<07<OHDA1234567X', '6503101F3108022NLDOPT<DATA2<<1', DE_BRUIJN],
    fields: { documentNumber: '1234567890', optionalData: 'OHDA1234567X' },
  },
  {
    source: `${JMRTD} (testTD1ConstructedLongMaxDocumentNumberAndAlsoOptionalData1)`,
    lines: ['I<NLD123456789<0123456788018<X', '6503101F3108022NLDOPT<DATA2<<5', DE_BRUIJN],
    fields: { documentNumber: '123456789012345678801', optionalData: 'X' },
  },
  {
    source: `${JMRTD} (testTD1ConstructedMaxDocumentNumberAndNoOptionalData1)`,
    lines: ['I<NLD123456789<01234567880122<', '6503101F3108022NLDOPT<DATA2<<8', DE_BRUIJN],
    fields: { documentNumber: '1234567890123456788012', optionalData: '' },
  },
  {
    source: `${JMRTD} (testNLDTD1EmptyOptionalData1); ${MRTD} (parse_identity_card_multiple_names)`,
    lines: ['I<NLDSPECI20212<<<<<<<<<<<<<<<', '6503101F3108022NLD<<<<<<<<<<<8', DE_BRUIJN],
    fields: { surname: 'DE BRUIJN', documentNumber: 'SPECI2021', optionalData: '', optionalData2: '' },
  },
  {
    source: `${DATACHECKER} (testTD1_NLD_BSN_Valid: the BSN and, at 30, its check digit)`,
    lines: ['I<NLDSPECI20142999999990<<<<<8', '6503101F2403096NLD<<<<<<<<<<<8', DE_BRUIJN],
    fields: { documentNumber: 'SPECI2014', optionalData: '999999990<<<<<8', expiryDate: '2024-03-09' },
  },
  {
    source: `${JMRTD} (testTD1ESPDocumentNumberAndOptionalData1: the DNI number as optional data)`,
    lines: [
      'IDESPCAA000000499999999R<<<<<<',
      '8001014F3106028ESP<<<<<<<<<<<1',
      'ESPANOLA<ESPANOLA<<CARMEN<<<<<',
    ],
    fields: { surname: 'ESPANOLA ESPANOLA', documentNumber: 'CAA000000', optionalData: '99999999R' },
  },
  {
    source: `${JMRTD} (testTD1ESTDocumentNumberAndOptionalData1)`,
    lines: [
      'IDESTAS0002262038001085718<<<<',
      '8001081M2606288EST<<<<<<<<<<<9',
      'JOEORG<<JAAK<KRISTJAN<<<<<<<<<',
    ],
    fields: { documentNumber: 'AS0002262', optionalData: '38001085718' },
  },
  {
    source: `${DATACHECKER} (testTD1_ID_EST_Valid)`,
    lines: [
      'IDESTAS0002261938001085718<<<<',
      '8001081M2606288EST<<<<<<<<<<<1',
      'JOERG<<JAAK<KRISTJAN<<<<<<<<<<',
    ],
    fields: { surname: 'JOERG', givenNames: 'JAAK KRISTJAN', documentNumber: 'AS0002261' },
  },
  {
    source: `${JMRTD} (testLVATD1EmptyOptionalData2)`,
    lines: [
      'I<LVAPA99220658324951<45849<<<',
      '8212122F2911113LVA<<<<<<<<<<<4',
      'PARAUDZINA<<MARA<<<<<<<<<<<<<<',
    ],
    fields: { documentNumber: 'PA9922065', optionalData: '324951<45849', optionalData2: '' },
  },
  {
    source: `${JMRTD} (testTD1AUTDocumentNumberAndOptionalData1); ${DATACHECKER} (testTD1_ID_AUT_Valid)`,
    lines: [
      'IDAUTPA12345673<<<<<<<<<<<<<<<',
      '8112314F3108011AUT<<<<<<<<<<<6',
      'MUSTERFRAU<<MARIA<<<<<<<<<<<<<',
    ],
    fields: { documentNumber: 'PA1234567', birthDate: '1981-12-31', expiryDate: '2031-08-01' },
  },
  {
    source: `${DATACHECKER} (testTD1_ID_FRA_Valid: France's card of 2021 on)`,
    lines: [
      'IDFRAX4RTBPFW46<<<<<<<<<<<<<<<',
      '9007138F3002119FRA<<<<<<<<<<<6',
      'MARTIN<<MAELYS<GAELLE<MARIE<<<',
    ],
    fields: { givenNames: 'MAELYS GAELLE MARIE', documentNumber: 'X4RTBPFW4', expiryDate: '2030-02-11' },
  },
  {
    source: `${DATACHECKER} (testTD1_ID_HRV_Valid: document code IO)`,
    lines: ['IOHRV115501830605781305459<<<<', '7911255F2608020HRV<<<<<<<<<<<5', SPECIMEN],
    fields: { documentCode: 'IO', documentNumber: '115501830', optionalData: '05781305459' },
  },
  {
    source: `${DATACHECKER} (testTD1_ID_DEU_Valid: sex left unspecified)`,
    lines: [
      'IDD<<T010089212<<<<<<<<<<<<<<<',
      '6408125<2010315D<<<<<<<<<<<<<6',
      'MUSTERMANN<<ERIKA<<<<<<<<<<<<<',
    ],
    fields: { issuingState: 'D', nationality: 'D', documentNumber: 'T01008921', sex: 'unspecified' },
  },
  {
    source: `${DATACHECKER} (testTD1_Valid)`,
    lines: [
      'I<NLDD231458918<<<<<<<<<<<<<<<',
      '7408122F1204159NLD<<<<<<<<<<<4',
      'ERIKSSON<<ANNA<MARIA<<<<<<<<<<',
    ],
    fields: { documentNumber: 'D23145891', nationality: 'NLD' },
  },
  {
    source: `${MRTD} (parse_identity_card: Italy's CIE)`,
    lines: [
      'C<ITACA00000AA4<<<<<<<<<<<<<<<',
      '6412308F2212304ITA<<<<<<<<<<<0',
      'ROSSI<<BIANCA<<<<<<<<<<<<<<<<<',
    ],
    fields: {
      documentCode: 'C',
      documentNumber: 'CA00000AA',
      birthDate: '1964-12-30',
      expiryDate: '2022-12-30',
    },
  },
];

describe('parseMrz on identity cards from other libraries', () => {
  it.each(CARDS.map((c) => [c.source, c] as const))('reads the card of %s', (_, card) => {
    const result = parseMrz(card.lines, TODAY);
    expect(result).toMatchObject({ valid: true, format: 'TD1', problems: [], repairs: [] });
    expect(result.fields).toMatchObject(card.fields);
    expect(result.variant).toBe(card.variant);
  });
});
