// The national identifier some issuers write in a zone's optional data, read where the issuer's
// layout is known and checked by that identifier's own rule. ICAO 9303 leaves optional data to the
// issuer: without a known layout it stays what it is, optional data, and nothing is read into it.
import type { Result } from '../shared';
import type { MrzFields } from './mrz-types';
import { type IdError, type IdType, type NationalId, parseNationalId } from './national-id';

/** Where an issuer writes a national identifier in its zones, and how. */
interface IdentifierLayout {
  readonly issuingState: string;
  /** The first letter of the document codes that carry it ('I' for identity cards). */
  readonly documentLetter: string;
  readonly field: 'optionalData' | 'optionalData2';
  readonly idType: IdType;
  /** The text the identifier's parser reads, from the field as read (fillers at its ends dropped). */
  readonly text: (field: string) => string;
  readonly sources: readonly string[];
}

const LAYOUTS: readonly IdentifierLayout[] = [
  {
    // The identity card of 2013 on (TD1): its document number is the card's own, which changes with
    // each card; the holder's RUN, which never changes, is in the optional data of the first line as
    // its digits, a filler and its check character (12345678<5). Foreigners resident in Chile hold
    // the same card with a RUN of their own.
    issuingState: 'CHL',
    documentLetter: 'I',
    field: 'optionalData',
    idType: 'CL-RUN',
    text: (field) => field.replace(/<+/g, '-'),
    sources: [
      'Servicio de Registro Civil e Identificación de Chile, cédula de identidad (2013): número de documento y RUN distintos',
      'https://es.wikipedia.org/wiki/Cédula_de_identidad_(Chile)',
    ],
  },
];

/** A national identifier found in a zone: where it is written, as written, and its check. */
export interface ZoneIdentifier {
  readonly field: 'optionalData' | 'optionalData2';
  readonly idType: IdType;
  /** The field as read, fillers inside it kept (12345678<5). */
  readonly asRead: string;
  /** The identifier checked by its own rule (for a RUN, its modulo-11 check character). */
  readonly check: Result<NationalId, IdError>;
}

/**
 * The national identifier a zone carries, for issuers whose layout is known (Chile's identity card
 * first); null for any other zone, or when the field is empty. Never throws.
 */
export function identifierInZone(fields: MrzFields): ZoneIdentifier | null {
  const layout = LAYOUTS.find(
    (l) => l.issuingState === fields.issuingState && fields.documentCode.startsWith(l.documentLetter),
  );
  if (layout === undefined) return null;
  const asRead = fields[layout.field];
  if (asRead === '') return null;
  return {
    field: layout.field,
    idType: layout.idType,
    asRead,
    check: parseNationalId(layout.idType, layout.text(asRead)),
  };
}
