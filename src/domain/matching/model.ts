import {
  compareBirthDates,
  compareDocuments,
  compareNationalities,
  compareSex,
  compareTokenLists,
  givenSlice,
  NAME_SUBSET,
  type NameComparison,
  SAME,
  sharesToken,
  surnameSlice,
  type TokenSlice,
} from './comparisons';
import type { FeatureTable, TermFrequencySource } from './features';
import { COMPARISONS, type ComparisonName, NULL_LEVEL, TF_LEVELS } from './types';

export const MODEL_FORMAT = 'paso-matching-model';

export interface ModelLevel {
  readonly label: string;
  /** P(level | same person). */
  readonly m: number;
  /** P(level | different people). */
  readonly u: number;
}

export interface ModelComparison {
  readonly name: ComparisonName;
  readonly levels: readonly ModelLevel[];
}

export interface TrainingMetadata {
  readonly records: number;
  readonly randomSeed: number;
  readonly randomPairs: number;
  readonly blockedPairs: number;
  readonly emIterations: number;
  readonly converged: boolean;
  readonly data: string;
}

export interface MatchingModel {
  readonly format: typeof MODEL_FORMAT;
  readonly version: string;
  readonly description: string;
  readonly training: TrainingMetadata;
  /** Prior probability that two records drawn at random are the same person. */
  readonly lambda: number;
  readonly comparisons: readonly ModelComparison[];
  readonly termFrequencies: {
    readonly given: Readonly<Record<string, number>>;
    readonly givenValues: Readonly<Record<string, number>>;
    readonly surname: Readonly<Record<string, number>>;
    readonly minimum: number;
    /** Bounds (bits) of the term-frequency adjustment. */
    readonly adjustmentRange: readonly [number, number];
  };
}

/** A model ready to score: weights as typed arrays, term frequencies as maps. */
export interface CompiledModel {
  readonly model: MatchingModel;
  /** log2 of the prior odds λ / (1 − λ). */
  readonly prior: number;
  readonly weights: readonly Float64Array[];
  readonly u: readonly Float64Array[];
  readonly tfLevel: readonly Uint8Array[];
  readonly tfMin: number;
  readonly tfMax: number;
  /** The most the two name comparisons can add together, term frequencies included. */
  readonly maxNameWeight: number;
  readonly termFrequencies: TermFrequencySource;
}

export function compileModel(model: MatchingModel): CompiledModel {
  const weights = model.comparisons.map((c) => Float64Array.from(c.levels, (l) => Math.log2(l.m / l.u)));
  const u = model.comparisons.map((c) => Float64Array.from(c.levels, (l) => l.u));
  const tfLevel = model.comparisons.map((c) =>
    Uint8Array.from(c.levels, (l) => (TF_LEVELS[c.name].includes(l.label) ? 1 : 0)),
  );
  const tfMax = model.termFrequencies.adjustmentRange[1];
  const best = (c: number) =>
    Math.max(
      ...Array.from(weights[c] ?? [], (w, l) => w + ((tfLevel[c]?.[l] ?? 0) === 1 ? Math.max(0, tfMax) : 0)),
    );
  return {
    model,
    maxNameWeight: Math.max(0, best(0)) + Math.max(0, best(1)),
    prior: Math.log2(model.lambda / (1 - model.lambda)),
    weights,
    u,
    tfLevel,
    tfMin: model.termFrequencies.adjustmentRange[0],
    tfMax: model.termFrequencies.adjustmentRange[1],
    termFrequencies: {
      given: new Map(Object.entries(model.termFrequencies.given)),
      givenValues: new Map(Object.entries(model.termFrequencies.givenValues)),
      surname: new Map(Object.entries(model.termFrequencies.surname)),
      minimum: model.termFrequencies.minimum,
    },
  };
}

/** Match probability of a total weight in bits (prior included). */
export function probabilityOf(weight: number): number {
  return 1 / (1 + 2 ** -weight);
}

/** Total weight (bits) at which the match probability reaches p. */
export function weightOf(probability: number): number {
  const p = Math.min(Math.max(probability, 1e-12), 1 - 1e-12);
  return Math.log2(p / (1 - p));
}

/** Scratch filled by scoring: the comparison vector, its term-frequency adjustments, the alignment. */
export interface PairScratch {
  readonly levels: Uint8Array;
  /** Weight (bits) each comparison added before its term-frequency adjustment. */
  readonly weights: Float64Array;
  readonly tfAdjustment: Float64Array;
  swapped: boolean;
}

export function createPairScratch(): PairScratch {
  return {
    levels: new Uint8Array(COMPARISONS.length),
    weights: new Float64Array(COMPARISONS.length),
    tfAdjustment: new Float64Array(COMPARISONS.length),
    swapped: false,
  };
}

const g1: NameComparison = { level: 0, tf: 1 };
const s1: NameComparison = { level: 0, tf: 1 };
const g2: NameComparison = { level: 0, tf: 1 };
const s2: NameComparison = { level: 0, tf: 1 };

const rank = (l: number) => (l === NULL_LEVEL ? 4 : l);

/**
 * Fills the comparison vector of two rows (of tables sharing one vocabulary). Given names and
 * surnames are also compared crossed over, for names typed in the wrong fields; the better wins.
 */
export function compareRows(a: FeatureTable, i: number, b: FeatureTable, j: number, out: PairScratch): void {
  compareNames(a, i, b, j, out);
  out.levels[2] = compareBirthDates(a, i, b, j);
  out.levels[3] = compareDocuments(a, i, b, j);
  out.levels[4] = compareNationalities(a, i, b, j);
  out.levels[5] = compareSex(a, i, b, j);
}

const ga: TokenSlice = { tokens: new Int32Array(0), start: 0, length: 0 };
const sa: TokenSlice = { tokens: new Int32Array(0), start: 0, length: 0 };
const gb: TokenSlice = { tokens: new Int32Array(0), start: 0, length: 0 };
const sb: TokenSlice = { tokens: new Int32Array(0), start: 0, length: 0 };

function compareNames(a: FeatureTable, i: number, b: FeatureTable, j: number, out: PairScratch): void {
  const v = a.vocab;
  givenSlice(a, i, ga);
  surnameSlice(a, i, sa);
  givenSlice(b, j, gb);
  surnameSlice(b, j, sb);
  compareTokenLists(v, ga, gb, v.tfGiven, v.tfValue, a.givenValue[i] ?? -1, b.givenValue[j] ?? -1, g1);
  compareTokenLists(v, sa, sb, v.tfSurname, undefined, -1, -1, s1);
  let given = g1;
  let surname = s1;
  out.swapped = false;
  if (
    g1.level > 2 &&
    s1.level > 2 &&
    ga.length > 0 &&
    sa.length > 0 &&
    gb.length > 0 &&
    sb.length > 0 &&
    (sharesToken(v, ga, sb) || sharesToken(v, sa, gb))
  ) {
    compareTokenLists(v, ga, sb, v.tfGiven, undefined, -1, -1, g2);
    compareTokenLists(v, sa, gb, v.tfSurname, undefined, -1, -1, s2);
    if (rank(g2.level) + rank(s2.level) < rank(g1.level) + rank(s1.level)) {
      // Crossed over, which pair counts as given names is arbitrary: the better agreement goes to the
      // surname slot and frequencies are not used, so a against b scores as b against a.
      const worse = rank(g2.level) >= rank(s2.level) ? g2.level : s2.level;
      const better = rank(g2.level) >= rank(s2.level) ? s2.level : g2.level;
      g2.level = worse;
      s2.level = better;
      g2.tf = 1;
      s2.tf = 1;
      given = g2;
      surname = s2;
      out.swapped = true;
    }
  }
  out.levels[0] = given.level;
  out.levels[1] = surname.level;
  out.tfAdjustment[0] = given.tf;
  out.tfAdjustment[1] = surname.tf;
}

/** The term-frequency adjustment (bits) of a level given the frequency of the agreeing value. */
export function tfAdjustmentOf(cm: CompiledModel, comparison: number, level: number, tf: number): number {
  if (level === NULL_LEVEL || cm.tfLevel[comparison]?.[level] !== 1 || tf >= 1) return 0;
  const u = cm.u[comparison]?.[level] ?? 1;
  const adj = Math.log2(u / Math.max(tf, 1e-12));
  return Math.min(cm.tfMax, Math.max(cm.tfMin, adj));
}

const SEX = 5;

// Given names nearly decide sex (José, María), so once they agree, agreeing on sex proves nothing
// more: every namesake agrees on it too. Counting it anyway gave namesakes a free bit.
const givenAgree = (level: number) => level <= NAME_SUBSET;

/** Weight (bits) of a level before term frequencies, given the rest of the comparison vector. */
function levelWeight(cm: CompiledModel, s: PairScratch, c: number, level: number): number {
  if (c === SEX && level === SAME && givenAgree(s.levels[0] ?? NULL_LEVEL)) return 0;
  return cm.weights[c]?.[level] ?? 0;
}

/** Total match weight (bits, prior included) of a filled scratch; turns tf into adjustments in place. */
export function weightOfScratch(cm: CompiledModel, s: PairScratch): number {
  let w = cm.prior;
  for (let c = 0; c < s.levels.length; c += 1) {
    const level = s.levels[c] ?? NULL_LEVEL;
    if (level === NULL_LEVEL) {
      s.tfAdjustment[c] = 0;
      s.weights[c] = 0;
      continue;
    }
    const adj = c < 2 ? tfAdjustmentOf(cm, c, level, s.tfAdjustment[c] ?? 1) : 0;
    const weight = levelWeight(cm, s, c, level);
    s.tfAdjustment[c] = adj;
    s.weights[c] = weight;
    w += weight + adj;
  }
  return w;
}

/**
 * Scores two rows: total weight in bits with the prior; the scratch keeps the vector for explaining.
 * Gives up early (returning −Infinity) when even the best possible name agreement could not lift the
 * pair to `cutoff` bits: most candidate pairs end there cheaply. A cutoff of −Infinity scores every pair.
 */
export function scoreRowsAbove(
  cm: CompiledModel,
  a: FeatureTable,
  i: number,
  b: FeatureTable,
  j: number,
  scratch: PairScratch,
  cutoff: number,
): number {
  const dob = compareBirthDates(a, i, b, j);
  const doc = compareDocuments(a, i, b, j);
  const nat = compareNationalities(a, i, b, j);
  const sex = compareSex(a, i, b, j);
  const w = cm.weights;
  let partial = cm.prior + cm.maxNameWeight;
  if (dob !== NULL_LEVEL) partial += w[2]?.[dob] ?? 0;
  if (doc !== NULL_LEVEL) partial += w[3]?.[doc] ?? 0;
  if (nat !== NULL_LEVEL) partial += w[4]?.[nat] ?? 0;
  if (sex !== NULL_LEVEL) partial += w[5]?.[sex] ?? 0;
  if (partial < cutoff) return Number.NEGATIVE_INFINITY;
  compareNames(a, i, b, j, scratch);
  scratch.levels[2] = dob;
  scratch.levels[3] = doc;
  scratch.levels[4] = nat;
  scratch.levels[5] = sex;
  return weightOfScratch(cm, scratch);
}
