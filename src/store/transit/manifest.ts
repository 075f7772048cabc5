// A convoy's manifest: who rides which vehicle, with the identity their travel pass will carry, and
// each passenger's state as the convoy's log leaves it. Replaced as a whole while the convoy is planned.
import { PASSENGER_STATES, type PassengerState, type PassWindow, passWindow } from '../../domain/transit';
import type { Executor } from '../executor';
import { storedChoice } from '../stored-choice';
import { type CandidateRecord, type RiderRecord, riderColumns } from './candidates';
import { findConvoy } from './corridors';
import { passengersNoLongerEligible } from './seats';

export interface PassengerRecord extends RiderRecord {
  readonly plate: string;
  readonly state: PassengerState;
  /** The zone of the checkpoint whose crossing admitted them in transit: their age is taken on its date. */
  readonly timeZone: string;
}

/** Replaces the manifest of a planned convoy whose log is empty; false when that is no longer so. */
export async function replaceManifest(
  tx: Executor,
  convoyId: string,
  seats: readonly { readonly candidate: CandidateRecord; readonly plate: string }[],
): Promise<boolean> {
  // Taking the convoy's row first keeps a boarding check from slipping in between (PostgreSQL locks it).
  const convoy = await tx
    .updateTable('convoy')
    .set((eb) => ({ event_count: eb.ref('event_count') }))
    .where('id', '=', convoyId)
    .where('status', '=', 'planned')
    .where('event_count', '=', 0)
    .executeTakeFirst();
  if (convoy.numUpdatedRows === 0n) return false;
  await tx.deleteFrom('convoy_passenger').where('convoy_id', '=', convoyId).execute();
  if (seats.length === 0) return true;
  await tx
    .insertInto('convoy_passenger')
    .values(
      seats.map(({ candidate: c, plate }) => ({
        convoy_id: convoyId,
        person_id: c.personId,
        decision_event_id: c.decisionEventId,
        vehicle_plate: plate,
        family_key: c.familyKey,
        relationship: c.relationship,
        ...riderColumns(c),
        status: 'listed',
      })),
    )
    .execute();
  return true;
}

const stateOf = (s: string): PassengerState => storedChoice(PASSENGER_STATES, s, 'listed');

/** The manifest by vehicle, families together, then by surname. */
export async function readManifest(db: Executor, convoyId: string): Promise<PassengerRecord[]> {
  const rows = await db
    .selectFrom('convoy_passenger as cp')
    .innerJoin('crossing_event as ce', 'ce.id', 'cp.decision_event_id')
    .innerJoin('checkpoint as k', 'k.id', 'ce.checkpoint_id')
    .selectAll('cp')
    .select('k.time_zone')
    .where('cp.convoy_id', '=', convoyId)
    .orderBy('cp.vehicle_plate')
    .orderBy('cp.surname1')
    .orderBy('cp.given_names')
    .orderBy('cp.person_id')
    .execute();
  return rows.map((r) => ({
    personId: r.person_id,
    plate: r.vehicle_plate,
    familyKey: r.family_key,
    relationship: r.relationship,
    givenNames: r.given_names,
    surname1: r.surname1,
    surname2: r.surname2,
    sex: r.sex,
    birthDate: r.birth_date,
    nationality: r.nationality,
    document:
      r.document_type !== null && r.document_number !== null
        ? { type: r.document_type, number: r.document_number, issuingState: r.document_state }
        : null,
    state: stateOf(r.status),
    timeZone: r.time_zone,
  }));
}

/** What a travel pass carries for one passenger: who, with which document, on which convoy, when. */
export interface PassHolder extends PassWindow {
  readonly personId: string;
  readonly givenNames: string;
  readonly surname1: string;
  readonly surname2: string | null;
  /** As registered: YYYY, YYYY-MM or YYYY-MM-DD. */
  readonly birthDate: string | null;
  readonly document: PassengerRecord['document'];
  readonly convoyCode: string;
  readonly corridorCode: string;
  readonly vehiclePlate: string;
}

// The time of the departure that stands: a departure annulled by a correction is followed by another.
async function lastDeparture(db: Executor, convoyId: string): Promise<string | null> {
  const row = await db
    .selectFrom('convoy_event')
    .select('at')
    .where('convoy_id', '=', convoyId)
    .where('kind', '=', 'departed')
    .orderBy('seq', 'desc')
    .executeTakeFirst();
  return row?.at ?? null;
}

/**
 * One entry per passenger of a convoy's manifest who may still travel (not a no-show, not gone, and
 * still admitted in transit after every correction): the seam through which the passes area issues one travel pass each.
 */
export async function manifestPassHolders(db: Executor, convoyId: string): Promise<PassHolder[]> {
  const convoy = await db
    .selectFrom('convoy as c')
    .innerJoin('corridor as k', 'k.id', 'c.corridor_id')
    .select(['c.code', 'c.status', 'c.planned_departure', 'c.planned_arrival', 'k.code as corridor_code'])
    .where('c.id', '=', convoyId)
    .executeTakeFirst();
  const record = await findConvoy(db, convoyId);
  if (!convoy || !record) return [];
  const noLongerEligible = await passengersNoLongerEligible(db, record);
  const window = passWindow(
    convoy.planned_departure,
    convoy.planned_arrival,
    convoy.status === 'departed' ? await lastDeparture(db, convoyId) : null,
  );
  return (await readManifest(db, convoyId))
    .filter((p) => (p.state === 'listed' || p.state === 'boarded') && !noLongerEligible.has(p.personId))
    .map((p) => ({
      personId: p.personId,
      givenNames: p.givenNames,
      surname1: p.surname1,
      surname2: p.surname2,
      birthDate: p.birthDate,
      document: p.document,
      convoyCode: convoy.code,
      corridorCode: convoy.corridor_code,
      vehiclePlate: p.plate,
      ...window,
    }));
}
