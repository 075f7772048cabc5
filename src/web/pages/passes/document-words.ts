// A pass's document in words, as the printed pass writes it: the kind by its name (an ICAO code such
// as P or ID, or a national number's type such as PE-DNI, the types the booth registers), then the
// number; a kind that is neither is shown as given.
import type { TFunction } from 'i18next';
import { ID_TYPES } from '../../../domain/documents';
import { documentTypeName } from '../../format/document-type';
import { idTypeName } from '../booth/messages';

/** The kind of a pass's document in words: Pasaporte, DNI (Perú), Documento de identidad… */
export function documentKindWords(kind: string, t: TFunction): string {
  const idType = ID_TYPES.find((id) => id === kind);
  return idType === undefined ? documentTypeName(kind, t) : idTypeName(idType, t);
}

/** "Pasaporte V03755187": the document a pass names, kind in words and number as written. */
export const documentWords = (document: { readonly kind: string; readonly number: string }, t: TFunction) =>
  `${documentKindWords(document.kind, t)} ${document.number}`;
