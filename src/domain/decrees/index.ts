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
export {
  EMERGENCY_RULES,
  type EmergencyCountry,
  type EmergencyRule,
  emergencyRuleOf,
  restrictableRights,
} from './constitution';
export { type EmergencyInForce, emergenciesInForce } from './emergency';
export {
  daysInForce,
  decreeInForce,
  isInForce,
  periodOf,
  summaryOf,
  type TermNotice,
  termNotices,
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
  type RightCode,
} from './types';
export { defaultTimeZone, PERU_TIME_ZONE } from './zone';
