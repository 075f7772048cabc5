// The decree area's public face: the register's vocabulary, its rules and the decree in force.

// A decree's days are local dates in its zone; shared/wall-clock reads them for every area.
export { addDays, isCalendarDate, localDate } from '../shared';
export {
  ancestorsOf,
  chainEndOf,
  checkAgainstRegister,
  checkDecree,
  checkInRegister,
  type DecreeProblem,
  type DecreeProblemCode,
  zoneKeys,
} from './check';
export { type EmergencyInForce, emergenciesInForce } from './emergency';
export {
  daysInForce,
  decreeInForce,
  isInForce,
  periodOf,
  summaryOf,
  termPastLongest,
} from './period';
export { AreaSchema, DECREE_LIMITS, DecreeContentSchema, UnitSchema } from './schema';
export {
  AREA_KINDS,
  type Area,
  type AreaKind,
  type Decree,
  type DecreeContent,
  type DecreeRef,
  type DecreeSummary,
  type DeployedUnit,
  FORCES,
  type Force,
  RIGHT_CODES,
  RIGHTS,
  type RightCode,
} from './types';
export { defaultTimeZone, PERU_TIME_ZONE } from './zone';
