// The transit store's public face: corridors, convoys, their manifests and logs, and pass holders.
export { type CandidateRecord, isExitPoint, transitCandidates } from './candidates';
export {
  type ConvoyRecord,
  type CorridorRecord,
  type CreateOutcome,
  findConvoy,
  findCorridor,
  insertConvoy,
  insertCorridor,
  listConvoys,
  listCorridors,
  type NewConvoy,
  type PassConvoyRefusal,
  passOnItsConvoy,
} from './corridors';
export {
  type AppendOutcome,
  appendConvoyEvent,
  maintainedPicture,
  type PictureSummary,
  readLog,
  recountPicture,
} from './log';
export {
  manifestPassHolders,
  type PassengerRecord,
  type PassHolder,
  readManifest,
  replaceManifest,
} from './manifest';
export { convoyForChange, writeConvoyPlan } from './plan';
export {
  convoysOfGroups,
  corridorExit,
  passengersNoLongerEligible,
  refreshSeatIdentities,
  type SeatIdentity,
  seatsLostBy,
} from './seats';
