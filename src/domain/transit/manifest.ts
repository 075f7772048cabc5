// Builds a convoy's manifest from the seats asked for: only people who may ride (their latest decision
// admitted-transit, with consent), a family never split across vehicles, no child referred to protection
// as unaccompanied or separated on a convoy without their family, no vehicle over its seats.
// Every passenger takes a seat, children and babies too: a humanitarian bus carries no one on a lap.
import { err, ok, type Result } from '../shared';
import type { ManifestProblemCode, TransitProblem, Vehicle } from './types';

/** Someone who may ride, and the family they travel with (null alone). */
export interface Candidate {
  readonly personId: string;
  readonly familyKey: string | null;
  /** A child with an open unaccompanied or separated protection referral: never rides without family. */
  readonly referredChild: boolean;
}

export interface SeatRequest {
  readonly personId: string;
  readonly plate: string;
}

export interface PlannedSeat {
  readonly personId: string;
  readonly plate: string;
  /** Added because a relative was placed: families ride together. */
  readonly addedWithFamily: boolean;
}

// Whether boarding has locked the manifest is the store's to say, when the plan is written.
type Problem = TransitProblem<Exclude<ManifestProblemCode, 'manifest.locked'>>;

/**
 * The seats of a manifest: those asked for, and each listed person's eligible relatives placed on the
 * same vehicle. A family asked for on two vehicles, or a vehicle over its seats, is refused.
 */
export function planManifest(
  vehicles: readonly Vehicle[],
  requests: readonly SeatRequest[],
  candidates: ReadonlyMap<string, Candidate>,
): Result<PlannedSeat[], Problem> {
  const plates = new Set(vehicles.map((v) => v.plate));
  const seats = new Map<string, PlannedSeat>();
  for (const r of requests) {
    if (!plates.has(r.plate)) {
      return err({ code: 'manifest.unknown-vehicle', detail: `The convoy has no vehicle ${r.plate}.` });
    }
    if (seats.has(r.personId)) {
      return err({ code: 'manifest.duplicate-person', detail: `${r.personId} is listed twice.` });
    }
    if (!candidates.has(r.personId)) {
      return err({
        code: 'manifest.not-eligible',
        detail: `${r.personId} is not admitted in transit with consent, or rides another convoy.`,
      });
    }
    seats.set(r.personId, { personId: r.personId, plate: r.plate, addedWithFamily: false });
  }
  const familyPlate = new Map<string, string>();
  for (const seat of seats.values()) {
    const family = candidates.get(seat.personId)?.familyKey;
    if (family === null || family === undefined) continue;
    const plate = familyPlate.get(family);
    if (plate !== undefined && plate !== seat.plate) {
      return err({
        code: 'manifest.family-split',
        detail: `A family is listed on ${plate} and ${seat.plate}; a family rides one vehicle.`,
      });
    }
    familyPlate.set(family, seat.plate);
  }
  for (const c of candidates.values()) {
    const plate = c.familyKey === null ? undefined : familyPlate.get(c.familyKey);
    if (plate !== undefined && !seats.has(c.personId)) {
      seats.set(c.personId, { personId: c.personId, plate, addedWithFamily: true });
    }
  }
  // The family includes the adult the child's crossing names (travelsWith), when that adult may ride.
  // Every such child is named, not the first: whoever builds the manifest finds them all at once.
  const seated = [...seats.values()];
  const withFamily = (seat: PlannedSeat, family: string | null) =>
    family !== null &&
    seated.some((s) => s.personId !== seat.personId && candidates.get(s.personId)?.familyKey === family);
  const alone = seated.filter((seat) => {
    const c = candidates.get(seat.personId);
    return c?.referredChild === true && !withFamily(seat, c.familyKey);
  });
  if (alone.length > 0) {
    const ids = alone.map((s) => s.personId).join(', ');
    return err({
      code: 'manifest.child-alone',
      detail: `${ids} ${alone.length === 1 ? 'is a child' : 'are children'} referred to protection and would ride without their family.`,
    });
  }
  for (const v of vehicles) {
    const taken = [...seats.values()].filter((s) => s.plate === v.plate).length;
    if (taken > v.seats) {
      return err({
        code: 'manifest.over-seats',
        detail: `${v.plate} has ${v.seats} seats and ${taken} passengers (children take a seat too).`,
      });
    }
  }
  return ok([...seats.values()]);
}
