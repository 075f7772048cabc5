// The new convoy form's values as typed, the request they become (times typed on Lima's clock, as the
// transit pages show them), and the API's refusals as sentences beside the fields they concern.
import type { TFunction } from 'i18next';
import type { z } from 'zod';
import { newId } from '../../../api/ids';
import type { NewConvoyBody } from '../../../api/transit';
import { instantAt, numberFromTyped } from '../../../domain/shared';
import type { VehicleKind } from '../../../domain/transit';
import type { ApiProblem } from '../../api/problem';
import { refusedFields } from './refused-fields';

/** The corridors run in Peru: the transit pages show and take times on Lima's clock. */
export const TRANSIT_TIME_ZONE = 'America/Lima';

export type VehicleDraft = {
  /** Names the row while it is edited (rows are added and removed in place); never sent. */
  readonly key: string;
  readonly plate: string;
  readonly kind: VehicleKind;
  readonly seats: string;
};

export type ConvoyDraft = {
  readonly code: string;
  readonly corridorId: string;
  /** As a datetime-local field gives it (2025-11-28T06:00), on Lima's clock. */
  readonly departure: string;
  readonly arrival: string;
  readonly vehicles: readonly VehicleDraft[];
};

export const emptyVehicle = (): VehicleDraft => ({ key: newId(), plate: '', kind: 'bus', seats: '' });

export const emptyConvoy = (): ConvoyDraft => ({
  code: '',
  corridorId: '',
  departure: '',
  arrival: '',
  vehicles: [emptyVehicle()],
});

const LOCAL_MINUTE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

/** The UTC instant of a time typed on Lima's clock; '' for one not typed (the API refuses it). */
export function limaInstant(local: string): string {
  if (!LOCAL_MINUTE.test(local)) return '';
  const wall = Date.parse(`${local}:00Z`);
  return Number.isNaN(wall) ? '' : new Date(instantAt(wall, TRANSIT_TIME_ZONE)).toISOString();
}

/** Whether the arrival typed is not after the departure: the form says so and sends nothing. */
export const arrivesBeforeDeparture = (d: ConvoyDraft): boolean =>
  d.departure !== '' && d.arrival !== '' && d.arrival <= d.departure;

type Body = z.input<typeof NewConvoyBody>;

export function convoyBody(id: string, d: ConvoyDraft): Body {
  return {
    id,
    code: d.code.trim().toUpperCase(),
    corridorId: d.corridorId,
    plannedDeparture: limaInstant(d.departure),
    plannedArrival: limaInstant(d.arrival),
    vehicles: d.vehicles.map((v) => ({
      plate: v.plate.trim().toUpperCase(),
      kind: v.kind,
      // Not a whole number: sent as it cannot be taken, and the API names the field.
      seats: numberFromTyped(v.seats) ?? Number.NaN,
    })),
  };
}

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
