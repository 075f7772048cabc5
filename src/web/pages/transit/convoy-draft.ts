// The new convoy form's values as typed, the request they become (each time typed on the clock of the
// stop it belongs to: the departure on the origin's, the arrival on the last stop's, sent in UTC), and
// the API's refusals as sentences beside the fields they concern.
import type { TFunction } from 'i18next';
import type { z } from 'zod';
import { newId } from '../../../api/ids';
import type { NewConvoyBody } from '../../../api/transit';
import { numberFromTyped } from '../../../domain/shared';
import { arrivesAfterDeparture, type VehicleKind } from '../../../domain/transit';
import type { ApiProblem } from '../../api/problem';
import type { Corridor } from '../../api/transit-endpoints';
import { instantOfZonedInput } from '../../format/zoned-input';
import { refusedFields } from './refused-fields';

export type VehicleDraft = {
  /** Names the row while it is edited (rows are added and removed in place); never sent. */
  readonly key: string;
  readonly plate: string;
  readonly kind: VehicleKind;
  readonly seats: string;
  /** The plate the vehicle had when the convoy's plan was opened for a change; absent for one added. */
  readonly was?: string;
};

/** Which of the two times that read the same in the hour the clocks turn back (Chile, April). */
export type Repeat = 'earlier' | 'later';
export const REPEATS: readonly Repeat[] = ['earlier', 'later'];

export type ConvoyDraft = {
  readonly code: string;
  readonly corridorId: string;
  /** As a datetime-local field gives it (2025-11-28T06:00), on the clock of the corridor's origin. */
  readonly departure: string;
  readonly departureRepeat: Repeat | '';
  /** On the clock of the corridor's last stop. */
  readonly arrival: string;
  readonly arrivalRepeat: Repeat | '';
  readonly vehicles: readonly VehicleDraft[];
};

export const emptyVehicle = (): VehicleDraft => ({ key: newId(), plate: '', kind: 'bus', seats: '' });

export const emptyConvoy = (): ConvoyDraft => ({
  code: '',
  corridorId: '',
  departure: '',
  departureRepeat: '',
  arrival: '',
  arrivalRepeat: '',
  vehicles: [emptyVehicle()],
});

/** A stop where a convoy's time is typed: its name and the zone of its clock. */
export type StopClock = { readonly name: string; readonly timeZone: string };
export type ConvoyEnds = { readonly departure: StopClock; readonly arrival: StopClock };

/** Where a convoy on this corridor leaves from and arrives, each with its clock; null without one. */
export function convoyEnds(corridor: Corridor | undefined): ConvoyEnds | null {
  const first = corridor?.stops[0];
  const last = corridor?.stops.at(-1);
  if (first === undefined || last === undefined) return null;
  return {
    departure: { name: first.name, timeZone: first.timeZone },
    arrival: { name: last.name, timeZone: last.timeZone },
  };
}

/**
 * The UTC instant of a time typed on a zone's clock; '' for one not typed, one the clocks skipped,
 * and one they read twice while which of the two is not chosen (the API refuses it, and the form
 * says why before sending).
 */
export function typedInstant(local: string, repeat: Repeat | '', timeZone: string): string {
  const read = instantOfZonedInput(local, timeZone);
  switch (read.kind) {
    case 'one':
      return read.instant;
    case 'twice':
      return repeat === '' ? '' : read[repeat];
    case 'skipped':
    case 'unread':
      return '';
    default:
      return read satisfies never;
  }
}

const END_FIELDS = ['departure', 'arrival'] as const;

/**
 * What the form says of the times before anything is sent, by field: a time the clocks of its stop
 * skipped, a repeated one whose instant is not chosen, and an arrival not after the departure,
 * compared as instants (leaving Chacalluta at 10:00, UTC−3, and arriving at Tacna at 09:30, UTC−5,
 * is an hour and a half on the road).
 */
export function convoyTimeFaults(
  d: Pick<ConvoyDraft, (typeof END_FIELDS)[number] | `${(typeof END_FIELDS)[number]}Repeat`>,
  ends: ConvoyEnds | null,
  t: TFunction,
): Readonly<Record<string, string>> {
  if (ends === null) return {};
  const faults: Record<string, string> = {};
  for (const end of END_FIELDS) {
    const { name, timeZone } = ends[end];
    const read = instantOfZonedInput(d[end], timeZone);
    if (read.kind === 'skipped') faults[end] = t('transit.new.error.skipped', { place: name });
    if (read.kind === 'twice' && d[`${end}Repeat`] === '') {
      faults[`${end}Repeat`] = t('transit.new.error.repeatMissing');
    }
  }
  const from = typedInstant(d.departure, d.departureRepeat, ends.departure.timeZone);
  const to = typedInstant(d.arrival, d.arrivalRepeat, ends.arrival.timeZone);
  if (from !== '' && to !== '' && !arrivesAfterDeparture(from, to)) {
    faults.arrival = t('transit.new.error.arrival');
  }
  return faults;
}

type Body = z.input<typeof NewConvoyBody>;

export function convoyBody(id: string, d: ConvoyDraft, ends: ConvoyEnds): Body {
  return {
    id,
    code: d.code.trim().toUpperCase(),
    corridorId: d.corridorId,
    plannedDeparture: typedInstant(d.departure, d.departureRepeat, ends.departure.timeZone),
    plannedArrival: typedInstant(d.arrival, d.arrivalRepeat, ends.arrival.timeZone),
    vehicles: d.vehicles.map(vehicleOf),
  };
}

/** A vehicle as the API takes it: the plate in capitals, the seats as a number. */
export const vehicleOf = (v: VehicleDraft) => ({
  plate: v.plate.trim().toUpperCase(),
  kind: v.kind,
  // Not a whole number: sent as it cannot be taken, and the API names the field.
  seats: numberFromTyped(v.seats) ?? Number.NaN,
});

/**
 * The sentence beside each field the API refused, in the reader's language: a field of a vehicle is
 * keyed with its place (`plate-0`, `seats-1`). The server words its own messages in English.
 */
export function convoyFieldErrors(
  problem: ApiProblem | null,
  t: TFunction,
): Readonly<Record<string, string>> {
  if (problem === null) return {};
  const sentence: Readonly<Record<string, string>> = {
    code: t('transit.new.error.code'),
    corridorId: t('transit.new.error.corridor'),
    plannedDeparture: t('transit.new.error.departure'),
    plannedArrival: t('transit.new.error.arrival'),
    vehicles: t('transit.new.error.vehicles'),
    plate: t('transit.new.error.plate'),
    kind: t('transit.new.error.kind'),
    seats: t('transit.new.error.seats'),
  };
  const out = refusedFields(problem, 'vehicles', sentence);
  if (problem.code === 'transit.conflict' && problem.reason === 'code-taken') {
    out.code = t('transit.new.error.codeTaken');
  }
  if (problem.code === 'transit.invalid') out.corridorId = sentence.corridorId ?? '';
  return out;
}
