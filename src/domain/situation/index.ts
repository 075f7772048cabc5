// The situation area's public face: observations of the line, incidents and the map's extent.
export {
  EXTENT_MARGIN_DEGREES,
  type Extent,
  type GeoPoint,
  isWithinExtent,
  operationExtent,
  WHOLE_EARTH,
} from './extent';
export {
  afterChange,
  type CheckedIncident,
  checkNewIncident,
  checkPoint,
  INCIDENT_KINDS,
  INCIDENT_MAX_AGE_MS,
  INCIDENT_STATUSES,
  type IncidentChange,
  type IncidentKind,
  type IncidentState,
  type IncidentStatus,
  type IncidentUpdateInput,
  isSameUpdate,
  type LoggedChange,
  type NewIncidentInput,
  planIncidentUpdate,
  SEVERITIES,
  type Severity,
} from './incidents';
export { describeIssue, type SituationIssue, type SituationIssueCode } from './issues';
export {
  type CheckedObservation,
  CLOCK_SKEW_MS,
  checkObservation,
  normalizeInstant,
  OBSERVATION_KINDS,
  OBSERVATION_LIMITS,
  OBSERVATION_MAX_AGE_MS,
  type ObservationInput,
  type ObservationKind,
  type ObservationValues,
  SIDES,
  type Side,
} from './observations';
