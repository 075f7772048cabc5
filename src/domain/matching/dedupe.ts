// Duplicate detection over a batch of registrations: blocking rules (as in Splink), Fellegi–Sunter
// scoring of candidate pairs, then clustering that refuses to chain unrelated people together.

import { BLOCKING_RULES, blockingKeys, forEachCandidatePair } from './dedupe-blocking';
import { type FeatureTable, featureTableOf, setTermFrequencies } from './features';
import { type CompiledModel, createPairScratch, probabilityOf, scoreRowsAbove, weightOf } from './model';
import { countTermFrequencies, toSource } from './term-frequencies';
import type { MatchablePerson } from './types';

export interface DedupeProgress {
  readonly phase: 'features' | 'blocking' | 'scoring' | 'clustering';
  readonly done: number;
  readonly total: number;
}

export interface DedupeOptions {
  /** Match probability at or above which a pair is a link (default 0.8). */
  readonly threshold?: number;
  /** No cluster grows beyond this many records (default 30). */
  readonly maxClusterSize?: number;
  /** Two groups merge only if this share of their record pairs are links (default 0.3). */
  readonly minLinkShare?: number;
  /** Blocks larger than this are compared in a sliding window instead of all pairs (default 300). */
  readonly maxBlockSize?: number;
  readonly window?: number;
  /**
   * Term frequencies counted on these records or taken from the model. Default: counted when there
   * are at least 10,000 records (fewer say little about how common a name is), else the model's.
   */
  readonly termFrequencies?: 'data' | 'model';
  readonly progress?: (p: DedupeProgress) => void;
}

export interface ScoredPair {
  readonly a: string;
  readonly b: string;
  readonly weight: number;
  readonly probability: number;
}

export interface Cluster {
  /** The id of the cluster's earliest record (lowest input position). */
  readonly id: string;
  readonly recordIds: readonly string[];
  /** Links inside the cluster; explain one with explainPair. */
  readonly pairs: readonly ScoredPair[];
}

export interface DedupeStats {
  readonly records: number;
  readonly comparisons: number;
  /** Pairs scored for each blocking rule (a pair an earlier rule found is not scored again). */
  readonly comparisonsByRule: readonly number[];
  readonly links: number;
  readonly rejectedBySize: number;
  readonly rejectedByCoherence: number;
  readonly windowedBlocks: number;
}

export interface DedupeResult {
  /** Clusters of two or more records. */
  readonly clusters: readonly Cluster[];
  /** For each input record, the index of its cluster in `clusters`, or −1 when it stands alone. */
  readonly clusterOf: Int32Array;
  readonly stats: DedupeStats;
}

interface Edges {
  a: Int32Array;
  b: Int32Array;
  w: Float64Array;
  n: number;
}

function pushEdge(e: Edges, a: number, b: number, w: number): void {
  if (e.n === e.a.length) {
    const grow = <T extends Int32Array | Float64Array>(x: T): T => {
      const y = new (x.constructor as new (n: number) => T)(x.length * 2);
      y.set(x);
      return y;
    };
    e.a = grow(e.a);
    e.b = grow(e.b);
    e.w = grow(e.w);
  }
  e.a[e.n] = a;
  e.b[e.n] = b;
  e.w[e.n] = w;
  e.n += 1;
}

function find(parent: Int32Array, x: number): number {
  let r = x;
  while ((parent[r] ?? r) !== r) r = parent[r] ?? r;
  let y = x;
  while ((parent[y] ?? y) !== r) {
    const next = parent[y] ?? r;
    parent[y] = r;
    y = next;
  }
  return r;
}

/** The feature table dedupe scores: term frequencies counted on the records when there are enough. */
export function dedupeTable(
  records: readonly MatchablePerson[],
  cm: CompiledModel,
  termFrequencies: DedupeOptions['termFrequencies'],
): FeatureTable {
  const t = featureTableOf(records, cm.termFrequencies);
  const tfFrom = termFrequencies ?? (records.length >= 10_000 ? 'data' : 'model');
  if (tfFrom === 'data') setTermFrequencies(t.vocab, toSource(countTermFrequencies(t)));
  return t;
}

/**
 * Finds records of the same person. Pairs come from the blocking rules, each pair scored once;
 * links are merged strongest first, never past maxClusterSize, and two groups only when enough of
 * their pairs are links — one chance resemblance cannot chain two families together.
 */
export function dedupe(
  records: readonly MatchablePerson[],
  cm: CompiledModel,
  options: DedupeOptions = {},
): DedupeResult {
  const n = records.length;
  const progress = options.progress ?? (() => undefined);
  const thresholdWeight = weightOf(options.threshold ?? 0.8);
  const maxBlock = options.maxBlockSize ?? 300;
  const window = options.window ?? 30;
  progress({ phase: 'features', done: 0, total: n });
  const t = dedupeTable(records, cm, options.termFrequencies);
  progress({ phase: 'blocking', done: 0, total: BLOCKING_RULES.length });
  const keys = blockingKeys(t);
  const edges: Edges = { a: new Int32Array(1024), b: new Int32Array(1024), w: new Float64Array(1024), n: 0 };
  const scratch = createPairScratch();
  let comparisons = 0;
  const byRule = BLOCKING_RULES.map(() => 0);
  const windowedBlocks = forEachCandidatePair(
    keys,
    n,
    { maxBlock, window },
    (rule, a, b) => {
      comparisons += 1;
      byRule[rule] = (byRule[rule] ?? 0) + 1;
      const w = scoreRowsAbove(cm, t, a, t, b, scratch, thresholdWeight);
      if (w >= thresholdWeight) pushEdge(edges, Math.min(a, b), Math.max(a, b), w);
    },
    (rule) => progress({ phase: 'scoring', done: rule + 1, total: BLOCKING_RULES.length }),
  );
  return cluster(
    records,
    edges,
    { comparisons, comparisonsByRule: byRule, windowedBlocks },
    options,
    progress,
  );
}

function cluster(
  records: readonly MatchablePerson[],
  edges: Edges,
  scoring: Pick<DedupeStats, 'comparisons' | 'comparisonsByRule' | 'windowedBlocks'>,
  options: DedupeOptions,
  progress: (p: DedupeProgress) => void,
): DedupeResult {
  const n = records.length;
  const maxSize = options.maxClusterSize ?? 30;
  const minShare = options.minLinkShare ?? 0.3;
  progress({ phase: 'clustering', done: 0, total: edges.n });
  // Adjacency (CSR) of links, to count links between two groups.
  const degree = new Int32Array(n + 1);
  for (let e = 0; e < edges.n; e += 1) {
    const a = (edges.a[e] ?? 0) + 1;
    const b = (edges.b[e] ?? 0) + 1;
    degree[a] = (degree[a] ?? 0) + 1;
    degree[b] = (degree[b] ?? 0) + 1;
  }
  for (let i = 1; i <= n; i += 1) degree[i] = (degree[i] ?? 0) + (degree[i - 1] ?? 0);
  const fill = degree.slice(0, n);
  const adj = new Int32Array(edges.n * 2);
  for (let e = 0; e < edges.n; e += 1) {
    const a = edges.a[e] ?? 0;
    const b = edges.b[e] ?? 0;
    adj[fill[a] ?? 0] = b;
    fill[a] = (fill[a] ?? 0) + 1;
    adj[fill[b] ?? 0] = a;
    fill[b] = (fill[b] ?? 0) + 1;
  }
  // Strongest first: weights quantised to 1/1024 bit and packed with the edge number, sorted natively.
  const order = new Float64Array(edges.n);
  for (let e = 0; e < edges.n; e += 1) {
    const q = Math.round((Math.min(Math.max(edges.w[e] ?? 0, -500), 500) + 512) * 1024);
    order[e] = (2 ** 20 - q) * 2 ** 32 + e;
  }
  order.sort();

  const parent = new Int32Array(n);
  const size = new Int32Array(n).fill(1);
  const next = new Int32Array(n).fill(-1);
  const tail = new Int32Array(n);
  for (let i = 0; i < n; i += 1) {
    parent[i] = i;
    tail[i] = i;
  }
  let rejectedBySize = 0;
  let rejectedByCoherence = 0;
  let links = 0;
  for (let k = 0; k < edges.n; k += 1) {
    const e = (order[k] ?? 0) % 2 ** 32;
    let ra = find(parent, edges.a[e] ?? 0);
    let rb = find(parent, edges.b[e] ?? 0);
    if (ra === rb) continue;
    const sa = size[ra] ?? 1;
    const sb = size[rb] ?? 1;
    if (sa + sb > maxSize) {
      rejectedBySize += 1;
      continue;
    }
    if (sa > 1 || sb > 1) {
      const [small, other] = sa <= sb ? [ra, rb] : [rb, ra];
      let count = 0;
      for (let m = small; m >= 0; m = next[m] ?? -1) {
        for (let q = degree[m] ?? 0; q < (degree[m + 1] ?? 0); q += 1) {
          if (find(parent, adj[q] ?? 0) === other) count += 1;
        }
      }
      if (count < Math.ceil(minShare * sa * sb)) {
        rejectedByCoherence += 1;
        continue;
      }
    }
    if (sa < sb) [ra, rb] = [rb, ra];
    parent[rb] = ra;
    size[ra] = sa + sb;
    next[tail[ra] ?? ra] = rb;
    tail[ra] = tail[rb] ?? rb;
    links += 1;
  }

  const clusterOf = new Int32Array(n).fill(-1);
  const clusters: { id: string; recordIds: string[]; pairs: ScoredPair[] }[] = [];
  const indexOfRoot = new Map<number, number>();
  for (let i = 0; i < n; i += 1) {
    const r = find(parent, i);
    if ((size[r] ?? 1) < 2) continue;
    let c = indexOfRoot.get(r);
    if (c === undefined) {
      c = clusters.length;
      indexOfRoot.set(r, c);
      clusters.push({ id: records[i]?.id ?? '', recordIds: [], pairs: [] });
    }
    clusterOf[i] = c;
    clusters[c]?.recordIds.push(records[i]?.id ?? '');
  }
  for (let e = 0; e < edges.n; e += 1) {
    const a = edges.a[e] ?? 0;
    const b = edges.b[e] ?? 0;
    const c = clusterOf[a] ?? -1;
    if (c < 0 || c !== clusterOf[b]) continue;
    const w = edges.w[e] ?? 0;
    clusters[c]?.pairs.push({
      a: records[a]?.id ?? '',
      b: records[b]?.id ?? '',
      weight: Math.round(w * 100) / 100,
      probability: probabilityOf(w),
    });
  }
  progress({ phase: 'clustering', done: edges.n, total: edges.n });
  return {
    clusters,
    clusterOf,
    stats: { records: n, ...scoring, links, rejectedBySize, rejectedByCoherence },
  };
}
