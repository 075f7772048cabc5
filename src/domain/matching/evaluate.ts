// Accuracy of matching against known truth: pair precision, recall and F1 of a clustering, and the
// recall, false hits and alert rate of screening.
import type { WatchlistEntry } from './watchlist';

export interface PairAccuracy {
  readonly truePairs: number;
  readonly predictedPairs: number;
  readonly correctPairs: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

const pairsIn = (k: number) => (k * (k - 1)) / 2;

/**
 * Pair-level accuracy: a pair of records is predicted when they share a cluster, true when they
 * share a true id. clusterOf[i] < 0 means record i stands alone.
 */
export function evaluatePairs(trueIds: readonly string[], clusterOf: ArrayLike<number>): PairAccuracy {
  const truth = new Map<string, number>();
  const predicted = new Map<number, number>();
  const both = new Map<string, number>();
  for (let i = 0; i < trueIds.length; i += 1) {
    const t = trueIds[i] ?? '';
    truth.set(t, (truth.get(t) ?? 0) + 1);
    const c = clusterOf[i] ?? -1;
    if (c < 0) continue;
    predicted.set(c, (predicted.get(c) ?? 0) + 1);
    const k = `${c}\u0000${t}`;
    both.set(k, (both.get(k) ?? 0) + 1);
  }
  let truePairs = 0;
  for (const k of truth.values()) truePairs += pairsIn(k);
  let predictedPairs = 0;
  for (const k of predicted.values()) predictedPairs += pairsIn(k);
  let correctPairs = 0;
  for (const k of both.values()) correctPairs += pairsIn(k);
  const precision = predictedPairs === 0 ? 1 : correctPairs / predictedPairs;
  const recall = truePairs === 0 ? 1 : correctPairs / truePairs;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { truePairs, predictedPairs, correctPairs, precision, recall, f1 };
}

export interface ScreeningOutcome {
  /** The watchlist entry the person truly is, if any. */
  readonly trueWatchId?: string;
  /** Watch ids of the hits screening returned for the person. */
  readonly hitWatchIds: readonly string[];
}

export interface ScreeningAccuracy {
  readonly people: number;
  readonly listedPeople: number;
  readonly found: number;
  /** Share of listed people whose entry was among their hits. */
  readonly recall: number;
  readonly falseHits: number;
  /** Hits on the wrong entry, per 1,000 people screened. */
  readonly falseHitsPer1000: number;
  readonly nonListedPeople: number;
  /** People not on the list who were stopped by at least one hit. */
  readonly nonListedAlerted: number;
  readonly nonListedAlertRate: number;
}

export function evaluateScreening(outcomes: readonly ScreeningOutcome[]): ScreeningAccuracy {
  let listed = 0;
  let found = 0;
  let falseHits = 0;
  let alerted = 0;
  for (const o of outcomes) {
    if (o.trueWatchId !== undefined) {
      listed += 1;
      if (o.hitWatchIds.includes(o.trueWatchId)) found += 1;
    } else if (o.hitWatchIds.length > 0) alerted += 1;
    for (const h of o.hitWatchIds) if (h !== o.trueWatchId) falseHits += 1;
  }
  return {
    people: outcomes.length,
    listedPeople: listed,
    found,
    recall: listed === 0 ? 1 : found / listed,
    falseHits,
    falseHitsPer1000: outcomes.length === 0 ? 0 : (falseHits * 1000) / outcomes.length,
    nonListedPeople: outcomes.length - listed,
    nonListedAlerted: alerted,
    nonListedAlertRate: outcomes.length === listed ? 0 : alerted / (outcomes.length - listed),
  };
}

/** The same entries with their documents taken off: lists that hold names and dates only. */
export function withoutDocuments(watchlist: readonly WatchlistEntry[]): WatchlistEntry[] {
  return watchlist.map((e) => ({ ...e, documents: [] }));
}
