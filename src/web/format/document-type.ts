// Document types and kinds in words: an ICAO 9303 document code (P, PD, I, ID, A, C, AC, V…) as a
// person names it, and the kinds of document the document policy speaks of.
import type { TFunction } from 'i18next';
import type { DocumentKind } from '../../domain/documents';

/**
 * A document code in words. ICAO 9303-4 and -5: the first letter says what the document is (P a
 * passport, I, A or C an identity or official travel document, V a visa); the second is the issuer's
 * choice, though some are in common use (PD diplomatic, AC crew member certificate). A type that is
 * no such code (a watchlist's "Passport", a national number's type) is shown as given.
 */
export function documentTypeName(code: string, t: TFunction): string {
  const c = code.trim().toUpperCase();
  if (!/^[A-Z][A-Z<]?$/.test(c)) return code;
  switch (c) {
    case 'PD':
      return t('documentType.diplomaticPassport');
    case 'PO':
      return t('documentType.officialPassport');
    case 'PS':
      return t('documentType.servicePassport');
    case 'AC':
      return t('documentType.crewCertificate');
    default:
      break;
  }
  switch (c[0]) {
    case 'P':
      return t('documentType.passport');
    case 'I':
      return t('documentType.identityCard');
    case 'A':
      return t('documentType.travelDocumentA');
    case 'C':
      return t('documentType.travelDocumentC');
    case 'V':
      return t('documentType.visa');
    default:
      return code;
  }
}

/** A kind of document as the document policy names it (passport, national-id, none…), in words. */
export function documentKindName(kind: DocumentKind, t: TFunction): string {
  switch (kind) {
    case 'passport':
      return t('documentKind.passport');
    case 'national-id':
      return t('documentKind.nationalId');
    case 'visa':
      return t('documentKind.visa');
    case 'residence-permit':
      return t('documentKind.residencePermit');
    case 'refugee-document':
      return t('documentKind.refugeeDocument');
    case 'safe-conduct':
      return t('documentKind.safeConduct');
    case 'birth-certificate':
      return t('documentKind.birthCertificate');
    case 'none':
      return t('documentKind.none');
    default: {
      const unknown: never = kind;
      return unknown;
    }
  }
}
