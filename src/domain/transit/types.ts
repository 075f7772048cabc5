// The vocabulary of humanitarian transit: corridors and their stops, convoys and vehicles, the
// manifest's passengers, the convoy's log events, and the refusals each rule makes.
export const CONVOY_STATUSES = ['planned', 'boarding', 'departed', 'arrived', 'cancelled'] as const;
export type ConvoyStatus = (typeof CONVOY_STATUSES)[number];

export const PASSENGER_STATES = ['listed', 'boarded', 'no-show', 'left', 'arrived'] as const;
export type PassengerState = (typeof PASSENGER_STATES)[number];

export const VEHICLE_KINDS = ['bus', 'minibus', 'van', 'truck', 'ambulance'] as const;
export type VehicleKind = (typeof VEHICLE_KINDS)[number];

export interface Stop {
  readonly code: string;
  readonly name: string;
  readonly latitude: number;
  readonly longitude: number;
}

export interface Vehicle {
  readonly plate: string;
  readonly kind: VehicleKind;
  readonly seats: number;
}

/** The convoy's log: what happened, each an append-only event with its own id and time (UTC). */
export type ConvoyEvent =
  | { readonly kind: 'boarding'; readonly personId: string; readonly boarded: boolean }
  /** childAloneReason: what was arranged for a child the step leaves without an adult of their family. */
  | { readonly kind: 'departed'; readonly childAloneReason?: string | undefined }
  | { readonly kind: 'stop-arrived'; readonly stop: string; readonly headCount: number }
  | { readonly kind: 'stop-departed'; readonly stop: string; readonly headCount: number }
  | {
      readonly kind: 'left';
      readonly personId: string;
      readonly stop: string;
      readonly reason: string;
      readonly childAloneReason?: string | undefined;
    }
  | { readonly kind: 'arrived'; readonly personIds: readonly string[] }
  | { readonly kind: 'cancelled'; readonly reason: string }
  /**
   * A step recorded by mistake, annulled: the log keeps both, the picture drops the step corrected.
   * childAloneReason as a step's, for a child the annulment leaves without an adult of their family.
   */
  | {
      readonly kind: 'correction';
      readonly corrects: string;
      readonly reason: string;
      readonly childAloneReason?: string | undefined;
    };

export type ConvoyEventKind = ConvoyEvent['kind'];

export type LoggedEvent = ConvoyEvent & { readonly id: string; readonly at: string };

export type ManifestProblemCode =
  | 'manifest.locked'
  | 'manifest.unknown-vehicle'
  | 'manifest.duplicate-person'
  | 'manifest.not-eligible'
  | 'manifest.family-split'
  | 'manifest.child-alone'
  | 'manifest.over-seats';

export type SequenceProblemCode =
  | 'sequence.finished'
  | 'sequence.time-order'
  | 'sequence.in-future'
  | 'sequence.not-on-manifest'
  | 'sequence.boarding-after-departure'
  | 'sequence.not-departed'
  | 'sequence.boarding-incomplete'
  | 'sequence.departed-before-passes'
  | 'sequence.nobody-boarded'
  | 'sequence.stop-not-on-corridor'
  | 'sequence.stop-order'
  | 'sequence.not-at-stop'
  | 'sequence.not-on-board'
  | 'sequence.arrival-unaccounted'
  | 'sequence.correction-not-last'
  | 'sequence.not-correctable'
  | 'sequence.child-alone';

export interface TransitProblem<C extends string = ManifestProblemCode | SequenceProblemCode> {
  readonly code: C;
  readonly detail: string;
}
