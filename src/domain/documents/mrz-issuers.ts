// What is known of real issuers beyond the letter of ICAO 9303, each entry with its sources: the
// formats of their document numbers, which rule readings out when a zone is repaired (never a zone
// out: a number that fits no format still reads), and their documented departures from the standard.
import type { MrzFormat, MrzVariant } from './mrz-types';

/** A document number's format: one character class per position, 'N' a digit, 'A' a letter, 'X' either. */
export interface NumberFormat {
  readonly issuingState: string;
  /** Document codes as read, fillers dropped ('ID' for IDBEL, 'P' for P<D): only these. */
  readonly documentCodes: readonly string[];
  /** One class per character; a number of another length is not of this format. */
  readonly pattern: string;
  /** The letters the issuer prints at all, where not every letter. */
  readonly letters?: string;
  /** What every number of these documents starts with. */
  readonly prefix?: string;
  readonly sources: readonly string[];
}

export const NUMBER_FORMATS: readonly NumberFormat[] = [
  {
    // Twelve digits, xxx-xxxxxxx-yy; in the zone nine, '<', then the other three (a long number).
    issuingState: 'BEL',
    documentCodes: ['ID'],
    pattern: 'NNNNNNNNNNNN',
    sources: [
      'https://en.wikipedia.org/wiki/Belgian_national_identity_card (card number: 12 digits)',
      'https://www.consilium.europa.eu/prado/en/BEL-BO-03003/index.html',
      'https://www.consilium.europa.eu/prado/en/BEL-BO-11005/index.html',
    ],
  },
  {
    // The Cartão de Cidadão: the civil identification number (8 digits) and its check digit, two
    // version characters (ZZ for the first card, then ZY, ZX, …) and a last check digit; in the zone
    // nine, '<', then the other three (a long number).
    issuingState: 'PRT',
    documentCodes: ['I'],
    pattern: 'NNNNNNNNNXXN',
    sources: [
      'https://www.autenticacao.gov.pt/documents/20126/115760/Valida%C3%A7%C3%A3o+de+N%C3%BAmero+de+Documento+do+Cart%C3%A3o+de+Cidad%C3%A3o.pdf',
      'python-stdnum pt.cc; stdnum-js pt/cc (9 digits, 2 letters or digits, 1 digit)',
      'https://www.consilium.europa.eu/prado/en/PRT-BO-04001/index.html',
    ],
  },
  {
    // Since 1 November 2007 (passports) and 2010 (identity cards): digits and 17 consonants. No vowel,
    // B, D, Q or S, for OCR readability; older numbers are digits only, which fit too.
    issuingState: 'D',
    documentCodes: ['ID', 'P'],
    pattern: 'XXXXXXXXX',
    letters: 'CFGHJKLMNPRTVWXYZ',
    sources: [
      'Bundesministerium des Innern, "German Electronic Passports: Introduction of Alphanumeric Serial Numbers on 1 November 2007"',
      'stdnum-js de/pwnr ([0-9CFGHJKLMNPRTVWXYZ]{9})',
    ],
  },
  {
    // Two letters, six letters or digits, one digit; never the letter O. An identity card's number
    // starts with I; passports share the code P across types with different first letters.
    issuingState: 'NLD',
    documentCodes: ['I'],
    pattern: 'AAXXXXXXN',
    letters: 'ABCDEFGHIJKLMNPQRSTUVWXYZ',
    prefix: 'I',
    sources: [
      'https://www.government.nl/topics/identification-documents/question-and-answer/how-do-i-know-if-my-passport-number-includes-a-number-0-or-a-letter-o',
      'python-stdnum nl.identiteitskaartnummer',
      'https://www.rvig.nl/reisdocumenten/register-paspoortsignaleringen/reisdocumentsoort-categorie-12-persoonslijst (first letter by document type)',
    ],
  },
  {
    issuingState: 'NLD',
    documentCodes: ['P'],
    pattern: 'AAXXXXXXN',
    letters: 'ABCDEFGHIJKLMNPQRSTUVWXYZ',
    sources: [
      'https://www.government.nl/topics/identification-documents/question-and-answer/how-do-i-know-if-my-passport-number-includes-a-number-0-or-a-letter-o',
      'python-stdnum nl.identiteitskaartnummer',
    ],
  },
];

/** A documented departure from ICAO 9303, the issuers known to print it, and in which formats. */
export interface IssuerVariant {
  readonly id: MrzVariant;
  readonly issuingStates: readonly string[];
  readonly formats: readonly MrzFormat[];
  readonly sources: readonly string[];
}

export const ISSUER_VARIANTS: readonly IssuerVariant[] = [
  {
    // Part 5 note j: a long number's check digit covers its nine characters and the rest. Belgian cards
    // of the BEL-BO-03003 series compute it with the '<' at position 15 between them (000590240<601
    // gives 3, 000590240601 does not); later ones (BEL-BO-11005) follow the standard. Python `mrz`,
    // PassportEye and npm `mrz` accept both readings. Portugal's Cartão de Cidadão does the same on
    // some cards (the PRADO specimen PRT-BO-02001, 000024759<ZZ7 with 2, and cards read by other
    // libraries' users) and follows the standard on others (119000652<ZX4 with 6).
    id: 'long-number-filler-in-check',
    issuingStates: ['BEL', 'PRT'],
    formats: ['TD1'],
    sources: [
      'https://www.consilium.europa.eu/prado/en/BEL-BO-03003/index.html',
      'https://www.consilium.europa.eu/prado/en/BEL-BO-11005/index.html',
      'npm mrz (cheminfo/mrz), its tests of computeCheckDigit on both Belgian specimens',
      'https://www.consilium.europa.eu/prado/en/PRT-BO-02001/index.html, as JMRTD MRZInfoTest.testPRTFromPrado gives it',
      'datacheckerbv/MRZParser Tests/MRZParserTests/MRZParserTests.swift (testTD1_ID_PRT_2_Valid, testTD1_ID_PRT_3_Valid)',
    ],
  },
  {
    // Not a departure in one field but a layout of its own, two lines of 36 (mrz-french-id.ts): the
    // laminated card issued from 1988 to 2021, still valid for years after (15 years for adults' cards
    // of 2004 on). The card of August 2021 on is a TD1 and reads by the standard.
    id: 'french-identity-card',
    issuingStates: ['FRA'],
    formats: ['TD2'],
    sources: [
      'https://en.wikipedia.org/wiki/National_identity_card_(France) (machine-readable zone)',
      'npm mrz (cheminfo/mrz), format FRENCH_NATIONAL_ID',
      'mrz-java (Innovatrics), FrenchIdCard',
    ],
  },
];

/** The number format of an issuer's documents of this code, if one is known. */
export function numberFormatOf(issuingState: string, documentCode: string): NumberFormat | undefined {
  return NUMBER_FORMATS.find(
    (f) => f.issuingState === issuingState && f.documentCodes.includes(documentCode),
  );
}

const DIGITS = '0123456789';
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** The characters a format allows at position `k` of the number. */
export function allowedAt(format: NumberFormat, k: number): string {
  const fixed = format.prefix?.charAt(k) ?? '';
  if (fixed !== '') return fixed;
  const letters = format.letters ?? LETTERS;
  switch (format.pattern.charAt(k)) {
    case 'N':
      return DIGITS;
    case 'A':
      return letters;
    default:
      return DIGITS + letters;
  }
}

/** Whether `number` is of the format: its length, and each character allowed where it stands. */
export function fitsFormat(format: NumberFormat, number: string): boolean {
  if (number.length !== format.pattern.length) return false;
  for (let k = 0; k < number.length; k++) if (!allowedAt(format, k).includes(number.charAt(k))) return false;
  return true;
}

/** Whether an issuer is known to print a variant in this format. */
export const printsVariant = (id: MrzVariant, issuingState: string, format: MrzFormat): boolean =>
  ISSUER_VARIANTS.some(
    (v) => v.id === id && v.issuingStates.includes(issuingState) && v.formats.includes(format),
  );
