// The care area's public face: shelters, stays and occupancy, supplies and requests.
export { cutoffInstant, lastNights, NIGHT_CUTOFF_HOUR, type NightCount, occupancyByNight } from './nights';
export {
  type CarePerson,
  type CheckInFacts,
  type CheckInRequest,
  decideBeds,
  decideCheckIn,
  decideCheckOut,
  lookAlikesToAsk,
  peopleConcerned,
  recountOccupancy,
  type StayEvent,
} from './occupancy';
export {
  changesOf,
  decideChanges,
  decideTransition,
  type MovementRequest,
  nextRequestStatuses,
  recountStock,
  type StockChange,
} from './supplies';
export * from './types';
