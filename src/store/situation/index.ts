// The situation store's public face: observations of the line and incidents with their log.
export {
  appendIncidentUpdate,
  findIncident,
  type IncidentFilter,
  type IncidentRecord,
  type IncidentUpdateRecord,
  type IncidentWithLog,
  incidentOfUpdate,
  insertIncident,
  listIncidents,
  listIncidentsDuring,
  listOpenIncidents,
  lockIncident,
  type NewIncident,
} from './incidents';
export {
  findObservation,
  insertObservation,
  type LatestObservation,
  latestObservations,
  listObservations,
  type NewObservation,
  type ObservationQuery,
  type ObservationRecord,
} from './observations';
export type { PlaceRef } from './refs';
