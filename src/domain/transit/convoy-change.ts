// A convoy's plan — its planned departure and arrival and its vehicles — as made and as changed before
// it leaves (a bus breaks down, the departure slips): the rules a plan keeps, written once for the
// convoy made and the convoy changed, and what a change does to the seats of the manifest.
import { err, ok, type Result } from '../shared';
import type { ConvoyStatus, TransitProblem, Vehicle } from './types';

export interface ConvoyPlan {
  /** ISO 8601, UTC. */
  readonly plannedDeparture: string;
  readonly plannedArrival: string;
  readonly vehicles: readonly Vehicle[];
}

/** A vehicle as a change lists it: `replaces` names the vehicle it takes the place of, whose passengers move to it. */
export interface VehicleChange extends Vehicle {
  readonly replaces?: string | undefined;
}

/** What a change asks for; what it leaves out stays as it is. */
export interface ConvoyChange {
  readonly plannedDeparture?: string | undefined;
  readonly plannedArrival?: string | undefined;
  readonly vehicles?: readonly VehicleChange[] | undefined;
}

/** Before it leaves, a convoy's plan may change: planned, or boarding (cancelling is allowed then too). */
const CHANGEABLE: ReadonlySet<ConvoyStatus> = new Set(['planned', 'boarding']);
export const mayChangePlan = (status: ConvoyStatus): boolean => CHANGEABLE.has(status);

/** A convoy arrives after it leaves, compared as instants (the two ends may keep different clocks). */
export const arrivesAfterDeparture = (plannedDeparture: string, plannedArrival: string): boolean =>
  Date.parse(plannedArrival) > Date.parse(plannedDeparture);

/** The first plate two vehicles share, if any: each vehicle of a convoy has a plate of its own. */
export function repeatedPlate(vehicles: readonly { readonly plate: string }[]): string | undefined {
  const seen = new Set<string>();
  for (const { plate } of vehicles) {
    if (seen.has(plate)) return plate;
    seen.add(plate);
  }
  return undefined;
}

/**
 * The first plate that two vehicles replace, or that one replaces while another keeps it: a vehicle's
 * passengers move to one vehicle, and a vehicle kept is not also replaced.
 */
export function replacedTwice(vehicles: readonly VehicleChange[]): string | undefined {
  const kept = new Set(vehicles.filter((v) => v.replaces === undefined).map((v) => v.plate));
  const replaced = new Set<string>();
  for (const v of vehicles) {
    if (v.replaces === undefined || v.replaces === v.plate) continue;
    if (replaced.has(v.replaces) || kept.has(v.replaces)) return v.replaces;
    replaced.add(v.replaces);
  }
  return undefined;
}

export type PlanChangeProblemCode =
  | 'plan.not-changeable'
  | 'plan.arrival-before-departure'
  | 'plan.unknown-vehicle'
  | 'plan.vehicle-seated'
  | 'plan.over-seats';

type Problem = TransitProblem<PlanChangeProblemCode>;

export interface PlanChanged {
  readonly plan: ConvoyPlan;
  /** Plates whose passengers move, each to the vehicle that replaces it. */
  readonly moves: ReadonlyMap<string, string>;
  /** What changed, before and after: only the parts of the plan that did (the audit entry's). */
  readonly before: Partial<ConvoyPlan>;
  readonly after: Partial<ConvoyPlan>;
}

const sameVehicles = (a: readonly Vehicle[], b: readonly Vehicle[]) =>
  a.length === b.length &&
  a.every((v, i) => v.plate === b[i]?.plate && v.kind === b[i]?.kind && v.seats === b[i]?.seats);

/**
 * The plan after a change, with the seats it moves, or the rule it breaks: the convoy has not left
 * (planned or boarding); it arrives after it leaves; a replaced vehicle is one of the convoy's; no
 * vehicle taken away still carries someone; and no vehicle carries more passengers than its seats.
 * `seated` counts the manifest's passengers on each plate.
 */
export function changePlan(
  current: ConvoyPlan & { readonly status: ConvoyStatus },
  change: ConvoyChange,
  seated: ReadonlyMap<string, number>,
): Result<PlanChanged, Problem> {
  if (!mayChangePlan(current.status)) {
    return err({
      code: 'plan.not-changeable',
      detail: `The convoy has ${current.status}: its times and vehicles no longer change.`,
    });
  }
  const plannedDeparture = change.plannedDeparture ?? current.plannedDeparture;
  const plannedArrival = change.plannedArrival ?? current.plannedArrival;
  if (!arrivesAfterDeparture(plannedDeparture, plannedArrival)) {
    return err({
      code: 'plan.arrival-before-departure',
      detail: `The arrival (${plannedArrival}) does not come after the departure (${plannedDeparture}).`,
    });
  }
  const moved = change.vehicles === undefined ? null : movedSeats(current.vehicles, change.vehicles, seated);
  if (moved !== null && !moved.ok) return moved;
  const vehicles =
    change.vehicles?.map(({ plate, kind, seats }) => ({ plate, kind, seats })) ?? current.vehicles;
  const plan = { plannedDeparture, plannedArrival, vehicles };
  const before: { -readonly [K in keyof ConvoyPlan]?: ConvoyPlan[K] } = {};
  const after: typeof before = {};
  for (const key of ['plannedDeparture', 'plannedArrival'] as const) {
    if (Date.parse(plan[key]) === Date.parse(current[key])) continue;
    before[key] = current[key];
    after[key] = plan[key];
  }
  // Vehicles that trade places may read the same as before: their passengers still move.
  const moves = moved?.value ?? new Map<string, string>();
  if (!sameVehicles(current.vehicles, vehicles) || moves.size > 0) {
    before.vehicles = current.vehicles;
    after.vehicles = vehicles;
  }
  return ok({ plan, moves, before, after });
}

// Where the passengers of each vehicle go: to the vehicle that keeps its plate or replaces it. A
// vehicle neither kept nor replaced must carry nobody, and none may carry more than its seats.
function movedSeats(
  vehicles: readonly Vehicle[],
  changed: readonly VehicleChange[],
  seated: ReadonlyMap<string, number>,
): Result<Map<string, string>, Problem> {
  const plates = new Set(vehicles.map((v) => v.plate));
  const moves = new Map<string, string>();
  for (const v of changed) {
    if (v.replaces === undefined || v.replaces === v.plate) continue;
    if (!plates.has(v.replaces)) {
      return err({ code: 'plan.unknown-vehicle', detail: `The convoy has no vehicle ${v.replaces}.` });
    }
    moves.set(v.replaces, v.plate);
  }
  const kept = new Set(changed.map((v) => v.plate));
  for (const plate of plates) {
    const riders = seated.get(plate) ?? 0;
    if (riders > 0 && !kept.has(plate) && !moves.has(plate)) {
      return err({
        code: 'plan.vehicle-seated',
        detail: `${plate} carries ${riders} passengers: replace it with another vehicle, or move them first.`,
      });
    }
  }
  for (const v of changed) {
    // A vehicle that keeps a plate whose passengers moved to another starts empty.
    const own = moves.has(v.plate) ? 0 : (seated.get(v.plate) ?? 0);
    const riders =
      own + (v.replaces !== undefined && v.replaces !== v.plate ? (seated.get(v.replaces) ?? 0) : 0);
    if (riders > v.seats) {
      return err({
        code: 'plan.over-seats',
        detail: `${v.plate} would have ${v.seats} seats and ${riders} passengers (children take a seat too).`,
      });
    }
  }
  return ok(moves);
}
