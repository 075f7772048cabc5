// Matching: name normalisation for Hispanic names, comparators, the Fellegi–Sunter model with its
// explanations, the screening and booth index, duplicate detection, list parsers and test data.

export {
  type Cluster,
  type DedupeOptions,
  type DedupeProgress,
  type DedupeResult,
  dedupe,
  type ScoredPair,
} from './dedupe';
export { defaultModel } from './default-model';
export {
  decisionNeedsReason,
  decisionsFor,
  LINK_DECISIONS,
  LINK_STATUSES,
  type LinkDecision,
  type LinkStatus,
  type LinkTransitionError,
  type ReasonedDecision,
  reviewLink,
} from './duplicate-links';
export {
  evaluatePairs,
  evaluateScreening,
  type PairAccuracy,
  type ScreeningAccuracy,
  type ScreeningOutcome,
  withoutDocuments,
} from './evaluate';
export {
  type ComparisonExplanation,
  EXPLANATION_LANGS,
  explainToText,
  type MatchExplanation,
  MatchExplanationSchema,
} from './explain';
export {
  generatePopulation,
  generateScreeningScenario,
  generateTrainingPopulation,
  type LabelledPerson,
  type PopulationOptions,
  type ScreeningQuery,
  type ScreeningScenario,
  type ScreeningScenarioOptions,
} from './generator';
export {
  type CompiledModel,
  compileModel,
  type MatchingModel,
  probabilityOf,
  weightOf,
} from './model';
export { type ModelError, parseModel } from './model-parse';
// The frequency-weighted names the generator draws from; documents reads misread digits in names by them.
export { GIVEN_NAME_LISTS, SURNAMES } from './name-data';
export {
  type NameError,
  type NameFlag,
  type NameInput,
  type NameWarning,
  type NormalizedName,
  normalizeName,
  type PersonName,
} from './normalize-name';
export { parsePartialDate } from './partial-date';
export { type CsvRow, type CsvTable, type LabelledRow, peopleFromCsv, watchlistFromCsv } from './people-csv';
export {
  addRegistration,
  addWatchlistEntry,
  buildScreeningIndex,
  countListFrequencies,
  createPersonIndex,
  indexStats,
  type PersonIndex,
  type PersonIndexStats,
  replaceRegistration,
} from './person-index';
export { packPostings } from './person-index-postings';
export { findCandidates, type MatchHit, type QueryOptions, screenPerson } from './person-index-query';
export { phoneticKey } from './phonetic';
export { generatePopulationB, generateScreeningScenarioB } from './population-b';
export { createRandom, type Random } from './random';
export { comparePeople, type PairResult } from './score-people';
export { damerauLevenshtein, damerauLevenshteinSimilarity, jaroWinkler } from './similarity';
export { searchTokens } from './text-fold';
export { type TrainingError, type TrainingOptions, trainModel } from './train-model';
export {
  COMPARISONS,
  type ComparisonName,
  LEVELS,
  type MatchablePerson,
  type PartialDate,
  type Sex,
} from './types';
export {
  type ImportError,
  type SkippedValue,
  type WatchlistDocument,
  type WatchlistEntry,
  WatchlistEntrySchema,
  type WatchlistImport,
} from './watchlist';
export { parseFtmJsonLines } from './watchlist-ftm';
export { parseUnConsolidatedList } from './watchlist-un';
