// Check-in and check-out as append-only stay events, with the present state and the maintained
// occupancy moved in the same transaction; and the recount of occupancy from the events alone.
import {
  BED_KINDS,
  type BedKind,
  type Beds,
  type CareError,
  type CheckInRequest,
  decideCheckIn,
  decideCheckOut,
  NO_BEDS,
  peopleConcerned,
  recountOccupancy,
} from '../../domain/care';
import { err, ok, type Result } from '../../domain/shared';
import type { Executor } from '../executor';
import { type Cell, listedFigures, recountedCells } from './figures';
import { lookAlikesStaying } from './look-alikes';
import { carePeople, stayingAt } from './people';

export interface StayContext {
  readonly now: string;
  readonly recordedBy: string | null;
  readonly demo?: boolean;
}

export type StayOutcome = { readonly status: 'applied' | 'duplicate'; readonly personIds: readonly string[] };

const isBedKind = (v: string): v is BedKind => (BED_KINDS as readonly string[]).includes(v);

/** The beds of each kind at a shelter: its own rows, or all its capacity as general beds. */
export async function bedsOf(tx: Executor, shelterId: string): Promise<Beds | null> {
  const shelter = await tx
    .selectFrom('shelter')
    .select('capacity')
    .where('id', '=', shelterId)
    .executeTakeFirst();
  if (!shelter) return null;
  const rows = await tx
    .selectFrom('shelter_bed')
    .select(['bed_kind', 'beds'])
    .where('shelter_id', '=', shelterId)
    .execute();
  if (rows.length === 0) return { ...NO_BEDS, general: shelter.capacity };
  const beds = { ...NO_BEDS };
  for (const r of rows) if (isBedKind(r.bed_kind)) beds[r.bed_kind] = r.beds;
  return beds;
}

export async function occupiedOf(tx: Executor, shelterId: string): Promise<Record<BedKind, number>> {
  const rows = await tx
    .selectFrom('shelter_occupancy')
    .select(['bed_kind', 'occupied'])
    .where('shelter_id', '=', shelterId)
    .execute();
  const out = { ...NO_BEDS };
  for (const r of rows) if (isBedKind(r.bed_kind)) out[r.bed_kind] = r.occupied;
  return out;
}

async function nextSeq(tx: Executor): Promise<number> {
  const row = await tx
    .selectFrom('care_stay_event')
    .select((eb) => eb.fn.max('seq').as('seq'))
    .executeTakeFirst();
  return Number(row?.seq ?? 0) + 1;
}

// A resend with the same id is the same action only if it did the same thing to the same people.
async function priorAction(
  tx: Executor,
  id: string,
  kind: string,
  personIds: readonly string[],
  shelterId?: string,
) {
  const rows = await tx
    .selectFrom('care_stay_event')
    .select(['person_id', 'kind', 'shelter_id'])
    .where('id', '=', id)
    .execute();
  if (rows.length === 0) return null;
  const same =
    rows.every((r) => r.kind === kind && (shelterId === undefined || r.shelter_id === shelterId)) &&
    new Set(rows.map((r) => r.person_id)).size === new Set(personIds).size &&
    rows.every((r) => personIds.includes(r.person_id));
  if (!same)
    return err<CareError>({
      code: 'care.conflict',
      detail: `The action ${id} was already recorded otherwise.`,
    });
  return ok<StayOutcome>({ status: 'duplicate', personIds: rows.map((r) => r.person_id) });
}

async function moveOccupancy(tx: Executor, shelterId: string, bedKind: BedKind, by: number): Promise<void> {
  const current = await tx
    .selectFrom('shelter_occupancy')
    .select('occupied')
    .where('shelter_id', '=', shelterId)
    .where('bed_kind', '=', bedKind)
    .executeTakeFirst();
  if (current) {
    await tx
      .updateTable('shelter_occupancy')
      .set({ occupied: current.occupied + by })
      .where('shelter_id', '=', shelterId)
      .where('bed_kind', '=', bedKind)
      .execute();
  } else {
    await tx
      .insertInto('shelter_occupancy')
      .values({ shelter_id: shelterId, bed_kind: bedKind, occupied: by })
      .execute();
  }
  // The reference list's occupancy column is the same figure, kept in the same transaction.
  await tx
    .updateTable('shelter')
    .set((eb) => ({ occupancy: eb('occupancy', '+', by) }))
    .where('id', '=', shelterId)
    .execute();
}

export interface CheckInInput extends CheckInRequest {
  /** The action's id, made where it was first asked for: a resend is applied once. */
  readonly id: string;
  /** When they arrived (the server's clock for the API; the demo sets its own). */
  readonly at: string;
}

export async function checkIn(
  tx: Executor,
  input: CheckInInput,
  ctx: StayContext,
): Promise<Result<StayOutcome, CareError>> {
  const prior = await priorAction(tx, input.id, 'check-in', input.personIds, input.shelterId);
  if (prior) return prior;
  const beds = await bedsOf(tx, input.shelterId);
  if (!beds) return err({ code: 'care.unknown-shelter', detail: 'No shelter has this id.' });
  const people = await carePeople(tx, input.personIds);
  const concerned = peopleConcerned(input.personIds, people);
  const facts = {
    people,
    stayingAt: await stayingAt(tx, concerned),
    beds,
    occupied: await occupiedOf(tx, input.shelterId),
    lookAlikes: input.allowPossibleDuplicate ? [] : await lookAlikesStaying(tx, input.personIds),
  };
  const decided = decideCheckIn(input, facts);
  if (!decided.ok) return decided;
  let seq = await nextSeq(tx);
  for (const personId of decided.value) {
    const row = { id: input.id, person_id: personId, shelter_id: input.shelterId, bed_kind: input.bedKind };
    await tx
      .insertInto('care_stay_event')
      .values({
        ...row,
        kind: 'check-in',
        at: input.at,
        seq: seq++,
        recorded_by: ctx.recordedBy,
        demo: ctx.demo ? 1 : 0,
      })
      .execute();
    await tx
      .insertInto('care_presence')
      .values({
        person_id: personId,
        shelter_id: input.shelterId,
        bed_kind: input.bedKind,
        since: input.at,
        stay_id: input.id,
      })
      .execute();
  }
  await moveOccupancy(tx, input.shelterId, input.bedKind, decided.value.length);
  return ok({ status: 'applied', personIds: decided.value });
}

export interface CheckOutInput {
  readonly id: string;
  readonly personIds: readonly string[];
  readonly at: string;
}

export async function checkOut(
  tx: Executor,
  input: CheckOutInput,
  ctx: StayContext,
): Promise<Result<StayOutcome, CareError>> {
  const prior = await priorAction(tx, input.id, 'check-out', input.personIds);
  if (prior) return prior;
  const presence = await tx
    .selectFrom('care_presence')
    .selectAll()
    .where('person_id', 'in', input.personIds.length > 0 ? [...input.personIds] : [''])
    .execute();
  const decided = decideCheckOut(input.personIds, new Map(presence.map((p) => [p.person_id, p.shelter_id])));
  if (!decided.ok) return decided;
  let seq = await nextSeq(tx);
  for (const p of presence) {
    await tx
      .insertInto('care_stay_event')
      .values({
        id: input.id,
        person_id: p.person_id,
        kind: 'check-out',
        shelter_id: p.shelter_id,
        bed_kind: p.bed_kind,
        at: input.at,
        seq: seq++,
        recorded_by: ctx.recordedBy,
        demo: ctx.demo ? 1 : 0,
      })
      .execute();
    await tx.deleteFrom('care_presence').where('person_id', '=', p.person_id).execute();
    if (isBedKind(p.bed_kind)) await moveOccupancy(tx, p.shelter_id, p.bed_kind, -1);
  }
  return ok({ status: 'applied', personIds: decided.value });
}

/** One figure of occupancy: people in one bed kind of one shelter. */
export interface OccupancyFigure {
  readonly shelterId: string;
  readonly bedKind: BedKind;
  readonly occupied: number;
}

const occupancyOf = (c: Cell): OccupancyFigure => ({
  shelterId: c.place,
  bedKind: c.kind as BedKind,
  occupied: c.value,
});

/** The maintained occupancy (cells with nobody left out). */
export async function readOccupancy(tx: Executor): Promise<OccupancyFigure[]> {
  const rows = await tx.selectFrom('shelter_occupancy').selectAll().execute();
  const cells = rows
    .filter((r) => isBedKind(r.bed_kind))
    .map((r) => ({ place: r.shelter_id, kind: r.bed_kind, value: r.occupied }));
  return listedFigures(cells, occupancyOf);
}

/** Occupancy recounted from the stay events alone; always equal to readOccupancy. */
export async function recountOccupancyFigures(tx: Executor): Promise<OccupancyFigure[]> {
  const rows = await tx.selectFrom('care_stay_event').select(['kind', 'shelter_id', 'bed_kind']).execute();
  const counted = recountOccupancy(
    rows.map((r) => ({
      kind: r.kind === 'check-in' ? ('check-in' as const) : ('check-out' as const),
      shelterId: r.shelter_id,
      bedKind: r.bed_kind as BedKind,
    })),
  );
  return listedFigures(recountedCells(counted), occupancyOf);
}
