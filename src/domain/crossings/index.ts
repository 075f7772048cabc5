// The crossings area's public face: decisions, the counting rules, ages and the checkpoint's clock.
export { AGE_BANDS, AGE_GROUPS, type AgeBand, type AgeGroup, ageBandOf, ageGroupOf, ageOn } from './age';
export {
  type CorrectionConflict,
  type CorrectionSeen,
  canonicalText,
  conflictingCorrections,
} from './conflicts';
export {
  type Contribution,
  cellKey,
  contributionOf,
  DIMENSIONS,
  type Dimension,
  type Dims,
  decidingCorrection,
  dimsOfKey,
  type FigureRow,
  type FoldedEvent,
  figuresCsv,
  figuresTable,
  foldCorrections,
  isFieldOf,
  recount,
  sumBy,
} from './counting';
export { type CrossingPerson, crossingPersonOf } from './crossing-person';
export { decidesHold, lacksHoldReason } from './hold-decision';
export { localDayBounds } from './local-day';
export { type LocalHour, latestDayAt, localHour, todayAt } from './local-time';
export {
  ageAtCrossing,
  type GroupMember,
  isCompanionYounger,
  isParentOrGuardian,
  type ProtectionNeed,
  protectionNeedOf,
  REFERRAL_REASONS,
  REFERRING_DECISION,
  type ReferralReason,
} from './protection';
export {
  CORRECTABLE_FIELDS,
  type CorrectionInput,
  type CorrectionOf,
  type CountableEvent,
  CROSSED_DECISIONS,
  type CrossingInput,
  DECISIONS,
  type Decision,
  type EventInput,
  type EventKind,
  REFUSAL_GROUNDS,
  type RefusalGround,
  TALLY_CATEGORIES,
  type TallyCategory,
  type TallyInput,
} from './types';
export {
  VULNERABILITY_DIMENSIONS,
  type VulnerabilityContribution,
  type VulnerabilityDimension,
  vulnerabilitiesIn,
  vulnerabilityContributionsOf,
  vulnerabilityKey,
} from './vulnerability-counts';
