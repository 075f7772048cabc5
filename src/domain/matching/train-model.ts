// Estimates a scoring model from unlabelled records, as Splink does: u from random pairs, m by
// expectation–maximisation on blocked pairs (each session leaves out the comparisons it blocks on).
import { err, ok, type Result } from '../shared';
import { createNameCache, type FeatureTable, featureTableOf, setTermFrequencies } from './features';
import { compareRows, createPairScratch, type MatchingModel, MODEL_FORMAT } from './model';
import { addEntryNameRow } from './person-index';
import { createRandom, type Random } from './random';
import { countTermFrequencies, toSource } from './term-frequencies';
import { COMPARISONS, LEVELS, type MatchablePerson, NULL_LEVEL } from './types';
import type { WatchlistEntry } from './watchlist';

export interface TrainingOptions {
  readonly randomSeed: number;
  readonly version: string;
  readonly description?: string;
  /** What the records were, for the model's metadata. */
  readonly data?: string;
  readonly randomPairs?: number;
  readonly maxIterations?: number;
  readonly maxPairsPerBlock?: number;
  /** Share of true matches the blocking rules are assumed to find, for the prior λ (default 0.9). */
  readonly assumedRecall?: number;
}

export interface TrainingError {
  readonly code: 'training.too-few-records' | 'training.no-blocked-pairs';
  readonly message: string;
}

const C = COMPARISONS.length;
const BITS = 3;
const NULL_CODE = 7;
const PATTERNS = 1 << (BITS * C);

function patternOf(levels: Uint8Array): number {
  let code = 0;
  for (let c = 0; c < C; c += 1) {
    const l = levels[c] ?? NULL_LEVEL;
    code |= (l === NULL_LEVEL ? NULL_CODE : l) << (BITS * c);
  }
  return code;
}

const levelIn = (code: number, c: number) => (code >> (BITS * c)) & 7;

/** u per level: the share of random pairs at that level, among pairs where both values exist. */
function estimateU(t: FeatureTable, r: Random, pairs: number): number[][] {
  const counts = COMPARISONS.map((name) => new Float64Array(LEVELS[name].length));
  const s = createPairScratch();
  for (let k = 0; k < pairs; k += 1) {
    const i = r.int(t.size);
    const j = r.int(t.size);
    if (i === j) continue;
    compareRows(t, i, t, j, s);
    for (let c = 0; c < C; c += 1) {
      const l = s.levels[c] ?? NULL_LEVEL;
      const row = counts[c];
      if (l !== NULL_LEVEL && row) row[l] = (row[l] ?? 0) + 1;
    }
  }
  // A level no random pair reached gets a pseudo-count of a tenth of a pair.
  return counts.map((row) => {
    const total = row.reduce((a, b) => a + b, 0);
    return Array.from(row, (x) => (x + 0.1) / (total + 0.1 * row.length));
  });
}

/** Counts comparison patterns of the pairs inside blocks, weighting sampled blocks up. */
function blockedPatterns(
  t: FeatureTable,
  keys: readonly ((row: number) => string | undefined)[],
  r: Random,
  maxPairsPerBlock: number,
): { counts: Float64Array; pairs: number } {
  const counts = new Float64Array(PATTERNS);
  const s = createPairScratch();
  let pairs = 0;
  const seen = new Set<number>();
  for (const key of keys) {
    const blocks = new Map<string, number[]>();
    for (let row = 0; row < t.size; row += 1) {
      const k = key(row);
      if (k === undefined) continue;
      const block = blocks.get(k);
      if (block) block.push(row);
      else blocks.set(k, [row]);
    }
    for (const rows of blocks.values()) {
      const n = rows.length;
      const all = (n * (n - 1)) / 2;
      if (all === 0) continue;
      const sample = Math.min(all, maxPairsPerBlock);
      const weight = all / sample;
      for (let k = 0; k < sample; k += 1) {
        let i: number;
        let j: number;
        if (sample === all) {
          // Enumerate pair number k of the block.
          i = Math.floor((1 + Math.sqrt(1 + 8 * k)) / 2);
          j = k - (i * (i - 1)) / 2;
        } else {
          i = r.int(n);
          j = r.int(n - 1);
          if (j >= i) j += 1;
        }
        const a = rows[i] ?? 0;
        const b = rows[j] ?? 0;
        const id = a < b ? a * t.size + b : b * t.size + a;
        if (keys.length > 1) {
          if (seen.has(id)) continue;
          seen.add(id);
        }
        compareRows(t, a, t, b, s);
        const p = patternOf(s.levels);
        counts[p] = (counts[p] ?? 0) + weight;
        pairs += 1;
      }
    }
  }
  return { counts, pairs };
}

interface EmResult {
  readonly m: number[][];
  readonly lambda: number;
  readonly expectedMatches: number;
  readonly iterations: number;
  readonly converged: boolean;
}

/** EM over pattern counts with u held fixed; comparisons in `fixed` are left out of the likelihood. */
function expectationMaximisation(
  counts: Float64Array,
  u: readonly (readonly number[])[],
  fixed: ReadonlySet<number>,
  maxIterations: number,
): EmResult {
  const codes: number[] = [];
  counts.forEach((x, code) => {
    if (x > 0) codes.push(code);
  });
  let m = u.map((row) => row.map((_, l) => 0.7 * 0.3 ** l));
  m = m.map((row) => {
    const s = row.reduce((a, b) => a + b, 0);
    return row.map((x) => x / s);
  });
  let lambda = 0.1;
  let expected = 0;
  for (let it = 1; it <= maxIterations; it += 1) {
    const num = u.map((row) => new Float64Array(row.length));
    let lambdaNum = 0;
    let total = 0;
    for (const code of codes) {
      const count = counts[code] ?? 0;
      let lm = lambda;
      let lu = 1 - lambda;
      for (let c = 0; c < C; c += 1) {
        const l = levelIn(code, c);
        if (fixed.has(c) || l === NULL_CODE) continue;
        lm *= m[c]?.[l] ?? 1;
        lu *= u[c]?.[l] ?? 1;
      }
      const p = lm / (lm + lu);
      lambdaNum += count * p;
      total += count;
      for (let c = 0; c < C; c += 1) {
        const l = levelIn(code, c);
        const row = num[c];
        if (fixed.has(c) || l === NULL_CODE || !row) continue;
        row[l] = (row[l] ?? 0) + count * p;
      }
    }
    let delta = 0;
    const next = num.map((row, c) => {
      if (fixed.has(c)) return m[c] ?? [];
      const s = row.reduce((a, b) => a + b, 0);
      return Array.from(row, (x, l) => {
        const v = (x + 0.5) / (s + 0.5 * row.length);
        delta = Math.max(delta, Math.abs(v - (m[c]?.[l] ?? 0)));
        return v;
      });
    });
    m = next;
    const nextLambda = Math.min(Math.max(lambdaNum / total, 1e-9), 1 - 1e-9);
    delta = Math.max(delta, Math.abs(nextLambda - lambda));
    lambda = nextLambda;
    expected = lambdaNum;
    if (delta < 1e-6) return { m, lambda, expectedMatches: expected, iterations: it, converged: true };
  }
  return { m, lambda, expectedMatches: expected, iterations: maxIterations, converged: false };
}

/**
 * Trains a model from records; deterministic for a seed. Term frequencies are counted on the records.
 * `entries` are watchlist entries of some of the same people, as lists write them (estimated ages,
 * spans of years, names without their second parts): screening compares a list's entry with a
 * booth's record, so those pairs must be among the pairs the model learns from.
 */
export function trainModel(
  records: readonly MatchablePerson[],
  options: TrainingOptions,
  entries: readonly WatchlistEntry[] = [],
): Result<MatchingModel, TrainingError> {
  if (records.length < 100) {
    return err({ code: 'training.too-few-records', message: 'at least 100 records are needed' });
  }
  const r = createRandom(options.randomSeed);
  const names = createNameCache();
  // No term frequencies yet: they are counted below, on the records and entries together.
  const table = featureTableOf(
    records,
    { given: new Map(), givenValues: new Map(), surname: new Map(), minimum: 1 },
    names,
  );
  const vocab = table.vocab;
  for (const e of entries) {
    if (e.names[0] !== undefined) addEntryNameRow(table, names, e, e.names[0]);
  }
  const tf = countTermFrequencies(table, 2);
  setTermFrequencies(vocab, toSource(tf));

  const randomPairs = options.randomPairs ?? 1_000_000;
  const u = estimateU(table, r, randomPairs);
  const maxPerBlock = options.maxPairsPerBlock ?? 2000;
  const phonOf = (row: number, offset: number) =>
    vocab.phonIds[table.tokens[(table.start[row] ?? 0) + offset] ?? 0];
  const byNames = (row: number) => {
    const g = table.givenLen[row] ?? 0;
    const s = (table.s1Len[row] ?? 0) + (table.s2Len[row] ?? 0);
    return g > 0 && s > 0 ? `${phonOf(row, 0)}|${phonOf(row, g)}` : undefined;
  };
  const byDob = (row: number) =>
    (table.day[row] ?? 0) > 0 ? `${table.year[row]}-${table.month[row]}-${table.day[row]}` : undefined;
  const byDoc = (row: number) => (table.docs[row] ? table.docs[row] : undefined);

  const nameSession = blockedPatterns(table, [byNames], r, maxPerBlock);
  const otherSession = blockedPatterns(table, [byDob, byDoc], r, maxPerBlock);
  if (nameSession.pairs === 0 || otherSession.pairs === 0) {
    return err({ code: 'training.no-blocked-pairs', message: 'no pairs share a name or a date of birth' });
  }
  const iterations = options.maxIterations ?? 200;
  // Given names largely decide sex, so sex is left out where pairs were blocked on names too.
  const a = expectationMaximisation(nameSession.counts, u, new Set([0, 1, 5]), iterations);
  const b = expectationMaximisation(otherSession.counts, u, new Set([2, 3]), iterations);
  const m = COMPARISONS.map((_, c) => {
    if (c === 0 || c === 1) return b.m[c] ?? [];
    if (c === 2 || c === 3 || c === 5) return (c === 5 ? b.m[c] : a.m[c]) ?? [];
    return (a.m[c] ?? []).map((x, l) => (x + (b.m[c]?.[l] ?? x)) / 2);
  });
  const totalPairs = (table.size * (table.size - 1)) / 2;
  const lambda = Math.max(a.expectedMatches, b.expectedMatches) / (options.assumedRecall ?? 0.9) / totalPairs;
  const sig = (x: number) => Number(x.toPrecision(6));
  const round = (table: Record<string, number>) =>
    Object.fromEntries(Object.entries(table).map(([k, v]) => [k, sig(v)]));
  return ok({
    format: MODEL_FORMAT,
    version: options.version,
    description: options.description ?? '',
    training: {
      records: table.size,
      randomSeed: options.randomSeed,
      randomPairs,
      blockedPairs: nameSession.pairs + otherSession.pairs,
      emIterations: Math.max(a.iterations, b.iterations),
      converged: a.converged && b.converged,
      data: options.data ?? '',
    },
    lambda: sig(Math.min(Math.max(lambda, 1e-12), 0.5)),
    comparisons: COMPARISONS.map((name, c) => ({
      name,
      levels: LEVELS[name].map((label, l) => ({
        label,
        m: sig(m[c]?.[l] ?? 1e-6),
        u: sig(u[c]?.[l] ?? 1e-6),
      })),
    })),
    termFrequencies: {
      given: round(tf.given),
      givenValues: round(tf.givenValues),
      surname: round(tf.surname),
      minimum: sig(tf.minimum),
      // A rare full name is shared more often than its token frequencies say (children are named
      // after parents, cousins after grandparents), so its bonus is held to 3 bits; chosen on the
      // validation screening scenario (docs/matching.md).
      adjustmentRange: [-8, 3],
    },
  });
}
