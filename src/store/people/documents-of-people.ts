// The document each person record was registered with, as it stands after corrections (a correction
// of the crossing's document updates the record's): what a reviewer compares to tell two people apart.
import type { Executor } from '../executor';

export interface DocumentSummary {
  /** An ICAO 9303 document code (P, I, ID…) or a national number's type (PE-DNI, CL-RUN). */
  readonly type: string;
  readonly number: string;
  /** The issuing state's ICAO code, when known. */
  readonly issuingState: string | null;
  readonly expiryDate: string | null;
}

/** Each person's document by person id; a person registered without one is absent. */
export async function documentsOfPeople(
  db: Executor,
  personIds: readonly string[],
): Promise<Map<string, DocumentSummary>> {
  if (personIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('person_document')
    .select(['person_id', 'document_type', 'number', 'issuing_state', 'expiry_date'])
    .where('person_id', 'in', [...new Set(personIds)])
    // A record holds one document; should it hold more, the first, as a correction updates it.
    .orderBy('person_id')
    .orderBy('id')
    .execute();
  const out = new Map<string, DocumentSummary>();
  for (const r of rows) {
    if (out.has(r.person_id)) continue;
    out.set(r.person_id, {
      type: r.document_type,
      number: r.number,
      issuingState: r.issuing_state,
      expiryDate: r.expiry_date,
    });
  }
  return out;
}
