// What a read zone tells the document policy: the kind of document, the holder's nationality and the
// dates, as policy facts for the checkpoint and direction the booth works in.
import type { MrzFields } from './mrz-types';
import type { Direction, DocumentKind, PolicyFacts } from './policy';

/**
 * The policy's kind for a zone's document code (ICAO 9303-4/5/7): P is a passport, V a visa, and I, A
 * or C a card: the holder's own identity card when the issuing state is their nationality, else a
 * card a state issues to foreigners (Chile's cédula de extranjería), a residence document. Null for a
 * code that is none of these.
 */
export function documentKindOf(
  fields: Pick<MrzFields, 'documentCode' | 'issuingState' | 'nationality'>,
): DocumentKind | null {
  switch (fields.documentCode.charAt(0)) {
    case 'P':
      return 'passport';
    case 'V':
      return 'visa';
    case 'I':
    case 'A':
    case 'C':
      return fields.issuingState === fields.nationality ? 'national-id' : 'residence-permit';
    default:
      return null;
  }
}

/** The facts for evaluatePolicy from a zone's fields; null when the document code says nothing. */
export function zonePolicyFacts(
  fields: MrzFields,
  checkpointId: string,
  direction: Direction,
): PolicyFacts | null {
  const documentKind = documentKindOf(fields);
  if (documentKind === null) return null;
  return {
    checkpointId,
    direction,
    documentKind,
    nationality: fields.nationality || null,
    documentExpiry: fields.expiryDate,
    birthDate: fields.birthDate,
  };
}
