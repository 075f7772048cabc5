// Screening accuracy on a labelled scenario at several thresholds: each person is screened once at
// the lowest threshold and the hits are cut at each higher one. Recall of listed people, the share
// of people drawn from the population (others) and of namesakes of listed people who were alerted.
import {
  buildScreeningIndex,
  type CompiledModel,
  evaluateScreening,
  type ScreeningScenario,
  screenPerson,
  type WatchlistEntry,
} from '../src/domain/matching';

export const THRESHOLDS = [0.6, 0.5, 0.4, 0.3, 0.2, 0.1, 0.05, 0.02, 0.01, 0.005, 0.002, 0.001] as const;

export interface AtThreshold {
  readonly threshold: number;
  readonly recall: number;
  readonly found: number;
  readonly listed: number;
  readonly othersAlerted: number;
  readonly namesakesAlerted: number;
  readonly falseHitsPer1000: number;
  /** Recall among listed people whose entry holds a date of birth, and among those whose does not. */
  readonly recallDated: number;
  readonly recallUndated: number;
}

export interface ScreeningRun {
  readonly at: readonly AtThreshold[];
  /** Share of listed people whose entry holds no date of birth. */
  readonly undatedShare: number;
}

export function screeningRun(
  s: ScreeningScenario,
  watchlist: readonly WatchlistEntry[],
  model: CompiledModel,
): ScreeningRun {
  const index = buildScreeningIndex(watchlist, model);
  const lowest = Math.min(...THRESHOLDS);
  const hits = s.queries.map((q) => screenPerson(index, q.person, { threshold: lowest }));
  const dated = new Set(watchlist.filter((e) => e.birthDates.length > 0).map((e) => e.watchId));
  const listedQueries = s.queries.flatMap((q, i) =>
    q.watchId !== undefined ? [{ watchId: q.watchId, i }] : [],
  );
  const recallWhere = (t: number, wanted: boolean) => {
    const qs = listedQueries.filter((x) => dated.has(x.watchId) === wanted);
    const hit = qs.filter((x) => (hits[x.i] ?? []).some((h) => h.id === x.watchId && h.probability >= t));
    return qs.length === 0 ? 1 : hit.length / qs.length;
  };
  const at = THRESHOLDS.map((t) => {
    const outcome = (kind: string) =>
      evaluateScreening(
        s.queries.flatMap((q, i) =>
          q.kind === kind || kind === 'all'
            ? [
                {
                  ...(q.watchId !== undefined ? { trueWatchId: q.watchId } : {}),
                  hitWatchIds: (hits[i] ?? []).filter((h) => h.probability >= t).map((h) => h.id),
                },
              ]
            : [],
        ),
      );
    const listed = outcome('listed');
    return {
      threshold: t,
      recall: listed.recall,
      found: listed.found,
      listed: listed.listedPeople,
      othersAlerted: outcome('other').nonListedAlertRate,
      namesakesAlerted: outcome('namesake').nonListedAlertRate,
      falseHitsPer1000: outcome('all').falseHitsPer1000,
      recallDated: recallWhere(t, true),
      recallUndated: recallWhere(t, false),
    };
  });
  const undated = listedQueries.filter((x) => !dated.has(x.watchId)).length;
  return { at, undatedShare: undated / Math.max(1, listedQueries.length) };
}

/** The lowest threshold at which at most `budget` of the others were alerted (the most recall within it). */
export function thresholdWithin(run: ScreeningRun, budget: number): number {
  const ok = run.at.filter((a) => a.othersAlerted <= budget).map((a) => a.threshold);
  return ok.length === 0 ? Math.max(...THRESHOLDS) : Math.min(...ok);
}
