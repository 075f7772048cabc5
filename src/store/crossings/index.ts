// The crossings store's public face: applying event batches, the figures and the recount.
export {
  type ApplyContext,
  type ApplyOutcome,
  applyEvents,
  type EventActor,
  type EventProblemCode,
  type Place,
  type Places,
  type PreparedEvent,
} from './apply';
export {
  type ConflictCorrection,
  type ConflictRecord,
  correctionConflicts,
  disputedCorrections,
} from './conflicts';
export type { IdentityChange } from './corrected-crossings';
export {
  countWaitingCorrections,
  type FigureQuery,
  loadPlaces,
  readFigures,
  recountFigures,
  streamEvents,
} from './figures';
export type { HoldFacts, HoldOrigin, ScreeningReview } from './held';
export { screeningHoldTimes } from './holds-kept';
export { rebuildPersonDays, statesWithRoots } from './person-days';
export { crossingsOfRecords } from './person-records';
export * from './referrals';
export {
  countCheckpointEvents,
  type RecountStep,
  recountCheckpoint,
  recountStep,
  startRecount,
} from './rezone';
export { chunks, type StoredEventRow, toCorrection, toCountable } from './state';
export * from './views';
