// A crossing's person record follows the corrections of its person and document: name searches, the
// screening and duplicate reviews and the booth's earlier records show the person as now corrected.
// The crossing as sent keeps what was first given (its stored body, never changed).
import { normalizeName, parsePartialDate } from '../../domain/matching';
import type { Executor } from '../executor';
import type { IdentityChange } from './corrected-crossings';

const objectOf = (value: unknown): Readonly<Record<string, unknown>> | null =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;
const textOf = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/** Writes the corrected person and document of each changed crossing to its person's records. */
export async function followCorrectedPeople(
  tx: Executor,
  changes: readonly IdentityChange[],
  newId: () => string,
  now: string,
): Promise<void> {
  if (changes.length === 0) return;
  const rows = await tx
    .selectFrom('crossing_event')
    .select(['id', 'person_id'])
    .where(
      'id',
      'in',
      changes.map((c) => c.eventId),
    )
    .execute();
  const personOf = new Map(rows.map((r) => [r.id, r.person_id]));
  for (const change of changes) {
    const personId = personOf.get(change.eventId);
    // The fields were checked against the event schema when they were sent; narrowed here as read.
    const person = objectOf(change.fields.person);
    if (!personId || !person) continue;
    const givenNames = textOf(person.givenNames) ?? '';
    const surname1 = textOf(person.surname1) ?? '';
    const surname2 = textOf(person.surname2);
    const name = normalizeName({ givenNames, surname1, surname2: surname2 ?? '' });
    if (!name.ok) continue;
    const birthText = textOf(person.birthDate);
    const birth = birthText === null ? undefined : parsePartialDate(birthText);
    const date = birth?.ok ? birth.value : undefined;
    await tx
      .updateTable('person')
      .set({
        given_names: givenNames,
        surname1,
        surname2,
        name_key: name.value.canonical,
        sex: textOf(person.sex),
        birth_year: date?.year ?? null,
        birth_month: date?.month ?? null,
        birth_day: date?.day ?? null,
        nationality: textOf(person.nationality),
        // On PostgreSQL setting it stamps `corrected_xid` (migration 0030's trigger), by which the
        // other servers sharing the database read the person as corrected (decision 0022).
        corrected_at: now,
      })
      .where('id', '=', personId)
      .execute();
    await followDocument(tx, personId, objectOf(change.fields.document), newId);
  }
}

async function followDocument(
  tx: Executor,
  personId: string,
  document: Readonly<Record<string, unknown>> | null,
  newId: () => string,
): Promise<void> {
  const type = textOf(document?.type);
  const number = textOf(document?.number);
  if (type === null || number === null) return;
  const values = {
    document_type: type,
    number,
    issuing_state: textOf(document?.issuingState),
    expiry_date: textOf(document?.expiryDate),
    mrz: textOf(document?.mrz),
  };
  const held = await tx
    .selectFrom('person_document')
    .select('id')
    .where('person_id', '=', personId)
    .orderBy('id')
    .executeTakeFirst();
  if (held) await tx.updateTable('person_document').set(values).where('id', '=', held.id).execute();
  else
    await tx
      .insertInto('person_document')
      .values({ id: newId(), person_id: personId, ...values })
      .execute();
}

/** The crossings registered with these person records. */
export async function crossingsOfRecords(db: Executor, personIds: readonly string[]): Promise<string[]> {
  if (personIds.length === 0) return [];
  const rows = await db
    .selectFrom('crossing_event')
    .select('id')
    .where('person_id', 'in', [...new Set(personIds)])
    .where('kind', '=', 'crossing')
    .execute();
  return rows.map((r) => r.id);
}
