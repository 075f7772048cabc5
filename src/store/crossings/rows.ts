// The rows a batch of events adds: the events, and the person and document of each crossing. A
// crossing's row carries the registration of its person (what screening and duplicate review refer to,
// 0019), and every crossing's or tally's row its state, computed once the batch's corrections are
// stored: those rows are written last.
import type { Insertable } from 'kysely';
import type { CrossingInput as CrossingEvent, EventInput as PasoEvent } from '../../domain/crossings';
import { normalizeName, parsePartialDate } from '../../domain/matching';
import type { Executor } from '../executor';
import { insertMany } from '../insert-many';
import type { CrossingEventTable, PersonDocumentTable, PersonTable } from '../schema';
import type { ApplyContext, Place } from './apply';
import type { EventState } from './state';

const keyOf = (p: CrossingEvent['person']): string | null => {
  const name = normalizeName({ givenNames: p.givenNames, surname1: p.surname1, surname2: p.surname2 ?? '' });
  return name.ok ? name.value.canonical : null;
};

// Gathers the rows of a batch and writes each table in a few multi-row inserts.
export class RowWriter {
  private readonly people: Insertable<PersonTable>[] = [];
  private readonly documents: Insertable<PersonDocumentTable>[] = [];
  private readonly events: Insertable<CrossingEventTable>[] = [];

  constructor(private readonly ctx: ApplyContext) {}

  /**
   * The person record of a crossing, or null when the name cannot be compared. `known` is the name's
   * comparison key when it was made beforehand (null: it could not be made).
   */
  person(event: CrossingEvent, officer: string | null, known?: string | null): string | null {
    const p = event.person;
    const nameKey = known === undefined ? keyOf(p) : known;
    if (nameKey === null) return null;
    if (officer === null) throw new Error('a crossing is always recorded for a user');
    const id = this.ctx.personIds?.get(event.id) ?? this.ctx.newId();
    const birth = p.birthDate === undefined ? undefined : parsePartialDate(p.birthDate);
    const date = birth?.ok ? birth.value : undefined;
    this.people.push({
      id,
      given_names: p.givenNames,
      surname1: p.surname1,
      surname2: p.surname2 ?? null,
      name_key: nameKey,
      sex: p.sex ?? null,
      birth_year: date?.year ?? null,
      birth_month: date?.month ?? null,
      birth_day: date?.day ?? null,
      nationality: p.nationality ?? null,
      merged_into: null,
      demo: this.ctx.demo ? 1 : 0,
      created_at: this.ctx.now,
    });
    if (event.document) {
      const d = event.document;
      this.documents.push({
        id: this.ctx.newId(),
        person_id: id,
        document_type: d.type,
        number: d.number,
        issuing_state: d.issuingState ?? null,
        expiry_date: d.expiryDate ?? null,
        mrz: d.mrz ?? null,
      });
    }
    return id;
  }

  event(
    event: PasoEvent,
    at: string,
    place: Place,
    body: string,
    hash: string,
    recordedBy: string | null,
    personId?: string,
  ): void {
    const registration = registrationOf(event, personId, this.ctx.holds);
    this.events.push({
      id: event.id,
      kind: event.kind,
      checkpoint_id: place.id,
      booth_id: event.booth ? (place.booths.get(event.booth) ?? null) : null,
      at,
      corrects: event.kind === 'correction' ? event.corrects : null,
      body,
      body_hash: hash,
      recorded_by: recordedBy,
      received_at: this.ctx.now,
      offline: event.offline ? 1 : 0,
      person_id: personId ?? null,
      demo: this.ctx.demo ? 1 : 0,
      // The registration of the person at the booth, when the crossing made a person record.
      intention: registration.intention,
      consent: registration.consent,
      vulnerabilities: registration.vulnerabilities,
      screening_status: registration.screening_status,
      // A correction keeps these; a crossing's or tally's are set in flushEvents. Every row has the
      // same keys from the start: a row made anew with its state cost the import seconds.
      fields: '',
      voided: 0,
      decision: null,
      direction: null,
      cell: null,
      crossed: 0,
      refused: 0,
      held: 0,
      corrections: 0,
      updated_at: null,
      group_id: null,
    });
  }

  /** Writes the people, documents and corrections: what the state of the batch's events is computed from. */
  async flushBeforeStates(tx: Executor): Promise<void> {
    await insertMany(tx, 'person', this.people);
    await insertMany(tx, 'person_document', this.documents);
    await insertMany(
      tx,
      'crossing_event',
      this.events.filter((e) => e.kind === 'correction'),
    );
  }

  /** Writes the crossings and tallies, each row with its state. */
  async flushEvents(tx: Executor, states: ReadonlyMap<string, EventState>): Promise<void> {
    const rows = this.events.filter((e) => e.kind !== 'correction');
    for (const row of rows) {
      const state = states.get(row.id);
      if (state === undefined) continue;
      row.fields = state.fields;
      row.voided = state.voided;
      row.decision = state.decision;
      row.direction = state.direction;
      row.cell = state.cell;
      row.crossed = state.crossed;
      row.refused = state.refused;
      row.held = state.held;
      row.corrections = state.corrections;
      row.updated_at = state.updated_at;
      row.group_id = state.group_id;
    }
    await insertMany(tx, 'crossing_event', rows);
  }
}

type Registration = Pick<
  Insertable<CrossingEventTable>,
  'intention' | 'consent' | 'vulnerabilities' | 'screening_status'
>;

const NO_REGISTRATION: Registration = {
  intention: null,
  consent: 0,
  vulnerabilities: '[]',
  screening_status: null,
};

function registrationOf(
  event: PasoEvent,
  personId: string | undefined,
  holds: ApplyContext['holds'],
): Registration {
  if (personId === undefined || event.kind !== 'crossing') return NO_REGISTRATION;
  return {
    intention: event.decision === 'admitted-transit' ? 'transit' : event.direction,
    consent: event.consent ? 1 : 0,
    vulnerabilities: JSON.stringify(event.vulnerabilities ?? []),
    screening_status: holds?.has(event.id) ? 'hold' : 'clear',
  };
}
