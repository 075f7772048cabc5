// How the printed pass writes the holder's birth date and document: as the web app shows them (its
// formatDay and document names), in the PDF's language. "11 dic 2000", "mayo de 2017", "Pasaporte
// V03755187", not the ISO date and the type code the pass carries.
import type { IdType } from '../../domain/documents';
import { parsePartialDate } from '../../domain/matching';

export type PdfLanguage = 'es' | 'en';

// The web app's locales for each language (src/web/i18n/language.ts): the same words for a date.
const DAY_LOCALE: Readonly<Record<PdfLanguage, string>> = { es: 'es-419', en: 'en-GB' };

/** A birth date as precise as the pass has it: "11 dic 2000", "mayo de 2017", "1988"; else as given. */
export function birthDateWords(date: string, language: PdfLanguage): string {
  const read = parsePartialDate(date);
  if (!read.ok || read.value === undefined) return date;
  const { year, month, day } = read.value;
  const options: Intl.DateTimeFormatOptions =
    day !== undefined
      ? { day: 'numeric', month: 'short', year: 'numeric' }
      : month !== undefined
        ? { month: 'long', year: 'numeric' }
        : { year: 'numeric' };
  const at = new Date(Date.UTC(year, (month ?? 1) - 1, day ?? 1));
  return new Intl.DateTimeFormat(DAY_LOCALE[language], { ...options, timeZone: 'UTC' }).format(at);
}

type KindWords = Readonly<Record<IdType | 'P' | 'PD' | 'PO' | 'PS' | 'I' | 'A' | 'AC' | 'C' | 'V', string>>;

// The national numbers' types the booth registers, then ICAO 9303-4 and -5 document codes: the ones in
// common use, then each first letter (P a passport, I, A or C an identity or official travel document,
// V a visa). The web app's catalogues word them so (booth.id.type, documentType).
const KIND_WORDS: Readonly<Record<PdfLanguage, KindWords>> = {
  es: {
    'CL-RUN': 'RUN (Chile)',
    'PE-DNI': 'DNI (Perú)',
    'PE-CE': 'Carné de extranjería (Perú)',
    'PE-CPP': 'PTP / CPP (Perú)',
    'VE-CI': 'Cédula de identidad (Venezuela)',
    'CO-CC': 'Cédula de ciudadanía (Colombia)',
    'EC-CI': 'Cédula de identidad (Ecuador)',
    'BO-CI': 'Cédula de identidad (Bolivia)',
    'AR-DNI': 'DNI (Argentina)',
    PD: 'Pasaporte diplomático',
    PO: 'Pasaporte oficial',
    PS: 'Pasaporte de servicio',
    AC: 'Certificado de miembro de tripulación',
    P: 'Pasaporte',
    I: 'Documento de identidad',
    A: 'Documento oficial de viaje (tipo A)',
    C: 'Documento oficial de viaje (tipo C)',
    V: 'Visa',
  },
  en: {
    'CL-RUN': 'RUN (Chile)',
    'PE-DNI': 'DNI (Peru)',
    'PE-CE': "Foreigner's card, CE (Peru)",
    'PE-CPP': 'PTP / CPP (Peru)',
    'VE-CI': 'Identity card (Venezuela)',
    'CO-CC': 'Citizenship card (Colombia)',
    'EC-CI': 'Identity card (Ecuador)',
    'BO-CI': 'Identity card (Bolivia)',
    'AR-DNI': 'DNI (Argentina)',
    PD: 'Diplomatic passport',
    PO: 'Official passport',
    PS: 'Service passport',
    AC: 'Crew member certificate',
    P: 'Passport',
    I: 'Identity card',
    A: 'Official travel document (type A)',
    C: 'Official travel document (type C)',
    V: 'Visa',
  },
};

const isKind = (code: string): code is keyof KindWords => Object.hasOwn(KIND_WORDS.es, code);

/** The kind of a pass's document in words: its own name, an ICAO code's by its first letter, else as given. */
function kindWords(kind: string, language: PdfLanguage): string {
  const code = kind.trim().toUpperCase();
  if (isKind(code)) return KIND_WORDS[language][code];
  const letter = code[0] ?? '';
  return /^[A-Z][A-Z<]$/.test(code) && isKind(letter) ? KIND_WORDS[language][letter] : kind;
}

/** "Pasaporte V03755187": the document a pass names, kind in words and number as written. */
export const documentWords = (
  document: { readonly kind: string; readonly number: string },
  language: PdfLanguage,
): string => `${kindWords(document.kind, language)} ${document.number}`;
