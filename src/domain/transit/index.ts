// The transit area's public face: corridors, convoys, manifests and the convoy's log.
export { childrenLeftAlone, childrenWithoutAdult, type Rider } from './child-alone';
export {
  arrivesAfterDeparture,
  type ConvoyChange,
  type ConvoyPlan,
  changePlan,
  mayChangePlan,
  type PlanChanged,
  type PlanChangeProblemCode,
  repeatedPlate,
  replacedTwice,
  type VehicleChange,
} from './convoy-change';
export {
  appendToLog,
  applyConvoyEvent,
  CORRECTABLE_STEPS,
  type ConvoyPicture,
  countIn,
  type Departure,
  LOG_CLOCK_SKEW_MS,
  replayConvoy,
  type StopVisit,
  startPicture,
} from './convoy-log';
export { type Candidate, type PlannedSeat, planManifest, type SeatRequest } from './manifest';
export { outdatedByNewTimes, PASS_MARGIN_HOURS, type PassWindow, passWindow } from './passes';
export { ConvoyEventSchema } from './schema';
export { type CheckpointClock, stopTimeZones } from './stop-clocks';
export {
  CONVOY_STATUSES,
  type ConvoyEvent,
  type ConvoyEventKind,
  type ConvoyStatus,
  type LoggedEvent,
  type ManifestProblemCode,
  PASSENGER_STATES,
  type PassengerState,
  type SequenceProblemCode,
  type Stop,
  type TransitProblem,
  VEHICLE_KINDS,
  type Vehicle,
  type VehicleKind,
} from './types';
