// The care store's public face: stays and occupancy, shelters and needs, stock and requests.
export { type CareCandidate, type CareCandidates, findCareCandidates } from './people';
export { createRequest, listRequests, transitionRequest } from './requests';
export {
  findShelterFacts,
  insertCareShelter,
  type ShelterFacts,
  type ShelterFactsChange,
  shelterNamed,
  updateShelterFacts,
} from './shelter-records';
export {
  addNeed,
  type CareShelter,
  listCareShelters,
  type Need,
  needsOf,
  nightsOf,
  type Resident,
  residentsOf,
  SHELTER_TIME_ZONE,
  setBeds,
} from './shelters';
export {
  checkIn,
  checkOut,
  type OccupancyFigure,
  readOccupancy,
  recountOccupancyFigures,
  type StayContext,
} from './stays';
export {
  listPlaces,
  lowStock,
  type Place,
  readStock,
  recentMovements,
  recordMovement,
  recountStockFigures,
  setThreshold,
} from './stock';
