// The documents area's public face: machine-readable zones, national identity numbers, country codes
// and document policy. Other areas import documents only from here.
export {
  checkDocument,
  checkIdentifier,
  checkJsonLine,
  checkJsonLineOn,
  checkJsonLineToJson,
  type DocumentCheck,
  type IdentifierCheck,
  type InputProblem,
  type JsonLineResult,
} from './check-json-line';
export { COUNTRY_CODES, type CountryCode, countryByCode } from './country-codes';
export { dayNumber } from './mrz-check';
export { formatMrvA, formatMrvB, formatTd1, formatTd2, formatTd3, type MrzDocument } from './mrz-format';
export { parseMrz } from './mrz-parse';
export type {
  DatePrecision,
  MrzField,
  MrzFields,
  MrzFormat,
  MrzProblem,
  MrzProblemCode,
  MrzRepair,
  MrzResult,
  MrzVariant,
  Sex,
} from './mrz-types';
export { MRZ_VARIANTS } from './mrz-types';
export { readZone, type ZoneReading } from './mrz-zone';
export { ID_TYPES, type IdError, type IdType, type NationalId, parseNationalId } from './national-id';
export {
  DIRECTIONS as POLICY_DIRECTIONS,
  type Direction,
  DOCUMENT_KINDS,
  type DocumentKind,
  evaluatePolicy,
  OUTCOMES as POLICY_OUTCOMES,
  type PolicyDecision,
  type PolicyFacts,
  type PolicyOutcome,
  type PolicyRule,
  RULE_ID_MAX_LENGTH,
  type RuleSet,
  type RuleSetContext,
  type RuleSetProblem,
  type RuleSetProblemCode,
  validateRuleSet,
} from './policy';
export { DEMO_DECREE_CITATION, DEMO_RULESET } from './policy-demo';
export { documentKindOf, zonePolicyFacts } from './zone-facts';
export { identifierInZone, type ZoneIdentifier } from './zone-identifier';
