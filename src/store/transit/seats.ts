// Whether the people on a convoy's manifest may still ride it, and who their seats name. A correction at
// the booth (a refusal, consent withdrawn, another exit point) can take away what put someone on the
// manifest: their seat stays listed, since the convoy's log may name them, but no longer lets them
// travel. A correction of who they are changes whom the seat names.
import { statesWithRoots } from '../crossings';
import type { Executor } from '../executor';
import {
  currentFieldsOf,
  latestCrossings,
  type RiderRecord,
  riderColumns,
  riderIdentityOf,
  seatsHeld,
  transitCandidates,
} from './candidates';
import { type ConvoyRecord, findConvoy, TRAVELLING } from './corridors';

/** The corridor's exit as the booth may write it: its exit point's code, or its last stop's name. */
export const corridorExit = (corridor: {
  readonly exitPoint: string;
  readonly stops: readonly { readonly name: string }[];
}) => ({
  exitPoint: corridor.exitPoint,
  exitName: corridor.stops[corridor.stops.length - 1]?.name ?? corridor.exitPoint,
});

/**
 * The passengers of a convoy still travelling whom their latest decision no longer lets ride it: the
 * rule that makes candidates, asked again. None once the convoy has arrived or was cancelled.
 */
export async function passengersNoLongerEligible(db: Executor, convoy: ConvoyRecord): Promise<Set<string>> {
  if (!TRAVELLING.has(convoy.status)) return new Set();
  const passengers = await db
    .selectFrom('convoy_passenger as cp')
    .innerJoin('person as p', 'p.id', 'cp.person_id')
    .select((eb) => ['cp.person_id', eb.fn.coalesce('p.merged_into', 'p.id').as('root')])
    .where('cp.convoy_id', '=', convoy.id)
    .execute();
  if (passengers.length === 0) return new Set();
  const candidates = await transitCandidates(db, corridorExit(convoy.corridor), convoy.id);
  const eligible = new Set(candidates.map((c) => c.personId));
  return new Set(passengers.filter((p) => !eligible.has(p.root)).map((p) => p.person_id));
}

/**
 * The seats lost by the people of these crossings (a correction changed their decision): each convoy
 * still travelling that lists one of them whom the rule no longer lets ride it, with who.
 */
export async function seatsLostBy(
  db: Executor,
  crossingIds: readonly string[],
): Promise<{ readonly convoy: ConvoyRecord; readonly people: readonly string[] }[]> {
  if (crossingIds.length === 0) return [];
  const roots = statesWithRoots(db).where('es.event_id', 'in', [...crossingIds]);
  const listed = await db
    .selectFrom('convoy_passenger as cp')
    .innerJoin('convoy as c', 'c.id', 'cp.convoy_id')
    .innerJoin('person as p', 'p.id', 'cp.person_id')
    .select(['cp.convoy_id', 'cp.person_id'])
    .where('c.status', 'in', [...TRAVELLING])
    .where('cp.status', 'in', ['listed', 'boarded'])
    .where((eb) => eb(eb.fn.coalesce('p.merged_into', 'p.id'), 'in', roots))
    .execute();
  const lost: { convoy: ConvoyRecord; people: string[] }[] = [];
  for (const convoyId of [...new Set(listed.map((r) => r.convoy_id))].sort()) {
    const convoy = await findConvoy(db, convoyId);
    if (!convoy) continue;
    const gone = await passengersNoLongerEligible(db, convoy);
    const people = listed.filter((r) => r.convoy_id === convoyId && gone.has(r.person_id));
    if (people.length > 0) lost.push({ convoy, people: people.map((r) => r.person_id) });
  }
  return lost;
}

/** A seat of a convoy still travelling, with who it names now: what a pass issued today would carry. */
export interface SeatIdentity {
  readonly convoy: { readonly id: string; readonly code: string };
  readonly rider: Omit<RiderRecord, 'familyKey' | 'relationship'>;
}

/**
 * After corrections of the person or document of these crossings: each seat of their people (by merge
 * root) on a convoy still travelling takes again the identity of the crossing whose decision counts,
 * as last corrected, as a manifest made now would, and is answered with it. That crossing is the
 * person's latest while it admits them in transit, whichever merged record holds it (a merge can bring
 * one later than the seat's); else the seat is no longer theirs and keeps its own crossing's.
 * A correction of an earlier crossing of theirs changes no seat: the pass carries the name and the
 * document of the crossing their admission rests on.
 */
export async function refreshSeatIdentities(
  db: Executor,
  crossingIds: readonly string[],
): Promise<SeatIdentity[]> {
  if (crossingIds.length === 0) return [];
  const roots = statesWithRoots(db).where('es.event_id', 'in', [...crossingIds]);
  const seats = await db
    .selectFrom('convoy_passenger as cp')
    .innerJoin('convoy as c', 'c.id', 'cp.convoy_id')
    .innerJoin('person as p', 'p.id', 'cp.person_id')
    .innerJoin('crossing_event as ce', 'ce.id', 'cp.decision_event_id')
    .leftJoin('event_state as es', 'es.event_id', 'cp.decision_event_id')
    .select((eb) => [
      'cp.convoy_id',
      'cp.person_id',
      'c.code',
      'ce.id as event_id',
      'ce.body',
      'es.fields',
      eb.fn.coalesce('p.merged_into', 'p.id').as('root'),
    ])
    .where('c.status', 'in', [...TRAVELLING])
    .where('cp.status', 'in', ['listed', 'boarded'])
    .where((eb) => eb(eb.fn.coalesce('p.merged_into', 'p.id'), 'in', roots))
    .orderBy('cp.convoy_id')
    .orderBy('cp.person_id')
    .execute();
  const latest = await latestCrossings(db, [...new Set(seats.map((s) => s.root))]);
  const refreshed: SeatIdentity[] = [];
  for (const seat of seats) {
    const counting = latest.get(seat.root);
    const crossing = counting?.decision === 'admitted-transit' ? counting : seat;
    const rider = { personId: seat.person_id, ...riderIdentityOf(currentFieldsOf(crossing)) };
    await db
      .updateTable('convoy_passenger')
      .set({ ...riderColumns(rider), decision_event_id: crossing.event_id })
      .where('convoy_id', '=', seat.convoy_id)
      .where('person_id', '=', seat.person_id)
      .execute();
    refreshed.push({ convoy: { id: seat.convoy_id, code: seat.code }, rider });
  }
  return refreshed;
}

/**
 * The merge group of each of these records that exists: its root, and the convoys (not cancelled) it
 * rides, sorted by code. What a merge of two records would seat one person on.
 */
export async function convoysOfGroups(
  db: Executor,
  personIds: readonly string[],
): Promise<
  Map<
    string,
    { readonly root: string; readonly convoys: readonly { readonly id: string; readonly code: string }[] }
  >
> {
  const out = new Map<string, { root: string; convoys: { id: string; code: string }[] }>();
  if (personIds.length === 0) return out;
  const roots = await db
    .selectFrom('person')
    .select((eb) => ['id', eb.fn.coalesce('merged_into', 'id').as('root')])
    .where('id', 'in', [...personIds])
    .execute();
  if (roots.length === 0) return out;
  const seats = await seatsHeld(db)
    .where((eb) => eb(eb.fn.coalesce('p.merged_into', 'p.id'), 'in', [...new Set(roots.map((r) => r.root))]))
    .orderBy('c.code')
    .execute();
  for (const { id, root } of roots) {
    const convoys: { id: string; code: string }[] = [];
    for (const s of seats) {
      if (s.root === root && !convoys.some((c) => c.id === s.convoy_id))
        convoys.push({ id: s.convoy_id, code: s.code });
    }
    out.set(id, { root, convoys });
  }
  return out;
}
