// Registrations: a person as registered at a booth at a time, with the document shown. Each
// registration keeps its own person record, names as written; duplicates are linked, never overwritten.
import { VulnerabilitiesSchema, type Vulnerability } from '../../domain/people';
import { countRows } from '../count-rows';
import type { Executor } from '../executor';
import { pagesById } from '../pages-by-id';
import type { PersonTable } from '../schema';
import { readStoredJson } from '../stored-json';

export interface PartialBirthDate {
  readonly year: number;
  readonly month?: number | undefined;
  readonly day?: number | undefined;
}

export interface PersonRecord {
  readonly id: string;
  readonly givenNames: string;
  readonly surname1: string;
  readonly surname2: string | null;
  readonly nameKey: string;
  readonly sex: 'M' | 'F' | 'X' | null;
  readonly birthDate: PartialBirthDate | null;
  readonly nationality: string | null;
  readonly mergedInto: string | null;
}

export interface DocumentRecord {
  readonly id: string;
  readonly documentType: string;
  readonly number: string;
  readonly issuingState: string | null;
  readonly expiryDate: string | null;
  readonly mrz: string | null;
}

export interface RegistrationRecord {
  readonly id: string;
  readonly personId: string;
  readonly checkpointId: string;
  readonly boothId: string | null;
  readonly officerId: string;
  readonly at: string;
  readonly receivedAt: string;
  readonly intention: 'entry' | 'exit' | 'transit';
  readonly consent: boolean;
  readonly vulnerabilities: readonly Vulnerability[];
  readonly offline: boolean;
  readonly screeningStatus: 'clear' | 'hold';
}

export interface NewRegistration {
  readonly registration: RegistrationRecord;
  readonly person: Omit<PersonRecord, 'mergedInto'>;
  readonly document: DocumentRecord | null;
}

// False when a registration with this id exists already: a resend is applied once. A registration
// made without a crossing (POST /api/registrations) is kept in booth_registration.
export async function insertRegistration(tx: Executor, input: NewRegistration): Promise<boolean> {
  const existing = await tx
    .selectFrom('registration')
    .select('id')
    .where('id', '=', input.registration.id)
    .executeTakeFirst();
  if (existing) return false;
  const p = input.person;
  await tx
    .insertInto('person')
    .values({
      id: p.id,
      given_names: p.givenNames,
      surname1: p.surname1,
      surname2: p.surname2,
      name_key: p.nameKey,
      sex: p.sex,
      birth_year: p.birthDate?.year ?? null,
      birth_month: p.birthDate?.month ?? null,
      birth_day: p.birthDate?.day ?? null,
      nationality: p.nationality,
      merged_into: null,
      demo: 0,
      created_at: input.registration.receivedAt,
    })
    .execute();
  if (input.document) {
    const d = input.document;
    await tx
      .insertInto('person_document')
      .values({
        id: d.id,
        person_id: p.id,
        document_type: d.documentType,
        number: d.number,
        issuing_state: d.issuingState,
        expiry_date: d.expiryDate,
        mrz: d.mrz,
      })
      .execute();
  }
  const r = input.registration;
  await tx
    .insertInto('booth_registration')
    .values({
      id: r.id,
      person_id: p.id,
      checkpoint_id: r.checkpointId,
      booth_id: r.boothId,
      officer_id: r.officerId,
      at: r.at,
      received_at: r.receivedAt,
      intention: r.intention,
      consent: r.consent ? 1 : 0,
      vulnerabilities: JSON.stringify(r.vulnerabilities),
      offline: r.offline ? 1 : 0,
      screening_status: r.screeningStatus,
    })
    .execute();
  return true;
}

type PersonRow = Pick<PersonTable, (typeof PERSON_COLUMNS)[number]>;

const toPerson = (r: PersonRow): PersonRecord => ({
  id: r.id,
  givenNames: r.given_names,
  surname1: r.surname1,
  surname2: r.surname2,
  nameKey: r.name_key,
  sex: r.sex === 'M' || r.sex === 'F' || r.sex === 'X' ? r.sex : null,
  birthDate:
    r.birth_year === null
      ? null
      : { year: r.birth_year, month: r.birth_month ?? undefined, day: r.birth_day ?? undefined },
  nationality: r.nationality,
  mergedInto: r.merged_into,
});

const PERSON_COLUMNS = [
  'id',
  'given_names',
  'surname1',
  'surname2',
  'name_key',
  'sex',
  'birth_year',
  'birth_month',
  'birth_day',
  'nationality',
  'merged_into',
] as const;

export async function findPeople(db: Executor, ids: readonly string[]): Promise<Map<string, PersonRecord>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('person')
    .select(PERSON_COLUMNS)
    .where('id', 'in', [...new Set(ids)])
    .execute();
  return new Map(rows.map((r) => [r.id, toPerson(r)]));
}

export type PersonForMatching = PersonRecord & {
  readonly documentNumber: string | null;
  readonly documentType: string | null;
};

// Also read by people-since.ts.
export function peopleWithDocuments(db: Executor) {
  return db
    .selectFrom('person')
    .leftJoin('person_document', 'person_document.person_id', 'person.id')
    .select([
      ...PERSON_COLUMNS.map((c) => `person.${c}` as const),
      'person_document.number as document_number',
      'person_document.document_type as document_type',
    ]);
}

type PersonWithDocumentRow = PersonRow & {
  document_number: string | null;
  document_type: string | null;
};

export const toPersonForMatching = (r: PersonWithDocumentRow): PersonForMatching => ({
  ...toPerson(r),
  documentNumber: r.document_number,
  documentType: r.document_type,
});

// Every person record with its document, for building the matching index; paged so that a large
// population does not sit in one result set.
export async function* streamPeopleForMatching(
  db: Executor,
  pageSize = 10_000,
): AsyncGenerator<PersonForMatching[]> {
  const pages = pagesById(
    (after, limit) =>
      peopleWithDocuments(db).where('person.id', '>', after).orderBy('person.id').limit(limit).execute(),
    pageSize,
  );
  for await (const rows of pages) yield rows.map(toPersonForMatching);
}

export interface RegistrationSummary {
  readonly registrationId: string;
  readonly personId: string;
  readonly at: string;
  readonly checkpointId: string;
  readonly checkpointName: string;
  readonly boothCode: string | null;
  /** The crossing's decision and direction as they stand (corrections included); null without a crossing or once voided. */
  readonly decision: string | null;
  readonly direction: string | null;
}

// Where and when each person was registered (their first registration), and what was decided then (a
// crossing's registration has the crossing's id), for the booth's candidates.
export async function registrationsOfPeople(
  db: Executor,
  personIds: readonly string[],
): Promise<Map<string, RegistrationSummary>> {
  if (personIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('registration')
    .innerJoin('checkpoint', 'checkpoint.id', 'registration.checkpoint_id')
    .leftJoin('booth', 'booth.id', 'registration.booth_id')
    .leftJoin('event_state as es', 'es.event_id', 'registration.id')
    .select([
      'registration.id',
      'registration.person_id',
      'registration.at',
      'registration.checkpoint_id',
      'checkpoint.name as checkpoint_name',
      'booth.code as booth_code',
      'es.decision',
      'es.direction',
      'es.voided',
    ])
    .where('registration.person_id', 'in', [...new Set(personIds)])
    .orderBy('registration.at')
    .execute();
  const out = new Map<string, RegistrationSummary>();
  for (const r of rows) {
    if (out.has(r.person_id)) continue;
    out.set(r.person_id, {
      registrationId: r.id,
      personId: r.person_id,
      at: r.at,
      checkpointId: r.checkpoint_id,
      checkpointName: r.checkpoint_name,
      boothCode: r.booth_code,
      decision: Number(r.voided ?? 0) === 0 ? r.decision : null,
      direction: Number(r.voided ?? 0) === 0 ? r.direction : null,
    });
  }
  return out;
}

export async function findRegistration(db: Executor, id: string): Promise<RegistrationRecord | undefined> {
  const r = await db.selectFrom('registration').selectAll().where('id', '=', id).executeTakeFirst();
  if (!r) return undefined;
  return {
    id: r.id,
    personId: r.person_id,
    checkpointId: r.checkpoint_id,
    boothId: r.booth_id,
    officerId: r.officer_id,
    at: r.at,
    receivedAt: r.received_at,
    intention: r.intention as RegistrationRecord['intention'],
    consent: r.consent === 1,
    vulnerabilities: readStoredJson(r.vulnerabilities, VulnerabilitiesSchema, {
      table: 'registration',
      column: 'vulnerabilities',
      key: r.id,
    }),
    offline: r.offline === 1,
    screeningStatus: r.screening_status === 'hold' ? 'hold' : 'clear',
  };
}

/** Whether screening holds each of these registrations now (a crossing's registration has its id). */
export async function screeningStatuses(
  db: Executor,
  ids: readonly string[],
): Promise<Map<string, 'hold' | 'clear'>> {
  const out = new Map<string, 'hold' | 'clear'>();
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await db
      .selectFrom('registration')
      .select(['id', 'screening_status'])
      .where('id', 'in', ids.slice(i, i + 500))
      .execute();
    for (const r of rows) out.set(r.id, r.screening_status === 'hold' ? 'hold' : 'clear');
  }
  return out;
}

/** The person each of these crossings registered, by the crossing's id. */
export async function personsOfCrossings(db: Executor, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('crossing_event')
    .select(['id', 'person_id'])
    .where('id', 'in', ids)
    .where('person_id', 'is not', null)
    .execute();
  return new Map(rows.flatMap((r) => (r.person_id === null ? [] : [[r.id, r.person_id] as const])));
}

export async function setScreeningStatus(
  tx: Executor,
  registrationId: string,
  status: 'clear' | 'hold',
): Promise<void> {
  // A crossing's registration is in its event's row, one made without a crossing in its own (0019).
  await tx
    .updateTable('crossing_event')
    .set({ screening_status: status })
    .where('id', '=', registrationId)
    .where('screening_status', 'is not', null)
    .execute();
  await tx
    .updateTable('booth_registration')
    .set({ screening_status: status })
    .where('id', '=', registrationId)
    .execute();
}

/** Person records stored, merged ones included: how large the candidate index is. */
export const countPersonRecords = (db: Executor): Promise<number> => countRows(db, 'person');
