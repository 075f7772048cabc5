// A convoy's plan opened for a change: its times as typed on the clocks of their stops and its
// vehicles as rows, the change they make (only what differs: a vehicle whose plate was changed
// replaces the one it was, and takes its passengers), checked by the rules the server holds it to
// before it is sent, and each refusal as a sentence in the reader's language.
import type { TFunction } from 'i18next';
import type { z } from 'zod';
import type { ConvoyChangeBody } from '../../../api/transit';
import { changePlan, type PlanChangeProblemCode } from '../../../domain/transit';
import type { ApiProblem } from '../../api/problem';
import type { ConvoyDetail } from '../../api/transit-endpoints';
import { instantOfZonedInput, zonedInputOf } from '../../format/zoned-input';
import { type ConvoyEnds, type Repeat, typedInstant, type VehicleDraft, vehicleOf } from './convoy-draft';

export type PlanDraft = {
  readonly departure: string;
  readonly departureRepeat: Repeat | '';
  readonly arrival: string;
  readonly arrivalRepeat: Repeat | '';
  readonly vehicles: readonly VehicleDraft[];
};

// An instant as its stop's clock shows it, with which of two readings it is in the hour the clocks
// turn back.
function typedOf(
  instant: string,
  timeZone: string,
): { readonly local: string; readonly repeat: Repeat | '' } {
  const local = zonedInputOf(new Date(instant), timeZone);
  const read = instantOfZonedInput(local, timeZone);
  if (read.kind !== 'twice') return { local, repeat: '' };
  return { local, repeat: Date.parse(read.earlier) === Date.parse(instant) ? 'earlier' : 'later' };
}

/** The plan as it stands, to change: each vehicle remembers the plate it had. */
export function planDraftOf(detail: ConvoyDetail): PlanDraft {
  const c = detail.convoy;
  const departure = typedOf(c.plannedDeparture, c.departureTimeZone);
  const arrival = typedOf(c.plannedArrival, c.arrivalTimeZone);
  return {
    departure: departure.local,
    departureRepeat: departure.repeat,
    arrival: arrival.local,
    arrivalRepeat: arrival.repeat,
    vehicles: c.vehicles.map((v) => ({
      key: v.plate,
      plate: v.plate,
      kind: v.kind,
      seats: String(v.seats),
      was: v.plate,
    })),
  };
}

export type PlanChange = z.input<typeof ConvoyChangeBody>;

/** The change the draft makes to the convoy's plan: only the times and vehicles that differ; null for none. */
export function planChangeOf(draft: PlanDraft, detail: ConvoyDetail, ends: ConvoyEnds): PlanChange | null {
  const c = detail.convoy;
  const departure = typedInstant(draft.departure, draft.departureRepeat, ends.departure.timeZone);
  const arrival = typedInstant(draft.arrival, draft.arrivalRepeat, ends.arrival.timeZone);
  const vehicles = draft.vehicles.map((v) => {
    const vehicle = vehicleOf(v);
    return v.was === undefined || v.was === vehicle.plate ? vehicle : { ...vehicle, replaces: v.was };
  });
  const sameVehicles =
    vehicles.length === c.vehicles.length &&
    vehicles.every((v, i) => {
      const before = c.vehicles[i];
      return (
        !('replaces' in v) && v.plate === before?.plate && v.kind === before.kind && v.seats === before.seats
      );
    });
  const change: PlanChange = {
    ...(Date.parse(departure) === Date.parse(c.plannedDeparture) ? {} : { plannedDeparture: departure }),
    ...(Date.parse(arrival) === Date.parse(c.plannedArrival) ? {} : { plannedArrival: arrival }),
    ...(sameVehicles ? {} : { vehicles }),
  };
  return Object.keys(change).length === 0 ? null : change;
}

/** How many of the manifest's passengers each vehicle carries. */
const seatedOf = (detail: ConvoyDetail): Map<string, number> => {
  const seated = new Map<string, number>();
  for (const p of detail.manifest) seated.set(p.plate, (seated.get(p.plate) ?? 0) + 1);
  return seated;
};

/**
 * The rule of the plan the change breaks, as the server would refuse it (changePlan, the same rule),
 * or null: said before anything is sent. Fields the API cannot take (a plate, a seat count) are its to say.
 */
export function planRefusal(change: PlanChange, detail: ConvoyDetail): PlanChangeProblemCode | null {
  const wellFormed = (change.vehicles ?? []).every((v) => Number.isInteger(v.seats) && v.plate !== '');
  if (!wellFormed) return null;
  const checked = changePlan(detail.convoy, change, seatedOf(detail));
  return checked.ok ? null : checked.error.code;
}

/** What the form says of a rule of the plan broken, before sending or in the server's refusal. */
export function planRefusalText(code: string | undefined, t: TFunction): string | null {
  switch (code as PlanChangeProblemCode | undefined) {
    case 'plan.not-changeable':
      return t('transit.plan.error.notChangeable');
    case 'plan.arrival-before-departure':
      return t('transit.new.error.arrival');
    case 'plan.unknown-vehicle':
      return t('transit.plan.error.unknownVehicle');
    case 'plan.vehicle-seated':
      return t('transit.plan.error.vehicleSeated');
    case 'plan.over-seats':
      return t('transit.plan.error.overSeats');
    default:
      return null;
  }
}

/** The server's refusal that is not a field's: a convoy that left meanwhile, vehicles that cannot carry the manifest. */
export function planProblemText(problem: ApiProblem | null, t: TFunction): string | null {
  if (problem?.code === 'transit.not-changeable') return planRefusalText('plan.not-changeable', t);
  if (problem?.code === 'transit.vehicles') return planRefusalText(problem.reason, t);
  return null;
}
