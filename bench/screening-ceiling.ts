// How few people who are not on a list must be stopped for 98 % of listed people to be found, with the
// comparisons Paso makes? Each person of a scenario is screened against every entry that shares a key
// with them; a listed person counts as found when their own entry is alerted on, anyone else as
// stopped when any entry is. The alerts are then cut three ways:
// - by the model's probability (what a threshold reaches: the bench's table (c));
// - by classes of the comparison vector, best first by the share of listed people among them, read
//   off the answers (an oracle that knows the labels);
// - the same, with the vector split by the model's weight in whole bits, so term frequencies count.
// A person whose information is the same as a listed person's gives the same vector against the
// same entry, and no scorer of these vectors can tell the two apart.
import {
  buildScreeningIndex,
  type CompiledModel,
  type ScreeningScenario,
  screenPerson,
  type WatchlistEntry,
} from '../src/domain/matching';

export const RECALL_WANTED = 0.98;
export const ALERTS_ALLOWED = 0.05;

export interface Cut {
  /** Share of others stopped at the first cut that finds RECALL_WANTED of listed people (1 if none does). */
  readonly othersAt98: number;
  /** The highest recall with at most ALERTS_ALLOWED of others stopped. */
  readonly recallAt5: number;
}

export interface ScreeningCeiling {
  readonly listed: number;
  readonly others: number;
  /** Listed people whose own entry shares no key with them (never found by any cut). */
  readonly notRetrieved: number;
  readonly byProbability: Cut;
  /** The share of listed people of each vector-and-weight class, learned on another scenario. */
  readonly learnedByVectorAndWeight: Cut;
  readonly byVector: Cut;
  readonly byVectorAndWeight: Cut;
}

// Every entry that shares a key, down to the least probability.
const EVERYTHING = { threshold: 1e-12, maxCandidates: 1e6, maxPostings: 1e9, maxHits: 1e6 };

type Score = { readonly probability: number; readonly vector: string; readonly weightBits: number };

export interface Person {
  readonly listed: boolean;
  /** Listed: the scores of their own entry; others: the scores of every entry hit. */
  readonly scores: readonly Score[];
}

/**
 * Sweeps cut-offs over a score where higher alerts first: each person is reached at the best score
 * among theirs. Returns the others stopped at 98 % recall and the recall at 5 % stopped.
 */
function sweep(people: readonly Person[], scoreOf: (s: Score) => number): Cut {
  const reached = people.map((p) => ({
    listed: p.listed,
    score: p.scores.reduce((best, s) => Math.max(best, scoreOf(s)), Number.NEGATIVE_INFINITY),
  }));
  const listed = reached.filter((r) => r.listed).length;
  const others = reached.length - listed;
  reached.sort((a, b) => b.score - a.score);
  let found = 0;
  let stopped = 0;
  let othersAt98 = 1;
  let recallAt5 = 0;
  for (let i = 0; i < reached.length; ) {
    const score = reached[i]?.score;
    if (score === undefined || score === Number.NEGATIVE_INFINITY) break;
    // Everyone with the same score is alerted together.
    while (i < reached.length && reached[i]?.score === score) {
      if (reached[i]?.listed) found += 1;
      else stopped += 1;
      i += 1;
    }
    if (stopped <= ALERTS_ALLOWED * others) recallAt5 = found / listed;
    if (found >= RECALL_WANTED * listed && othersAt98 === 1) othersAt98 = stopped / others;
  }
  return { othersAt98, recallAt5 };
}

/** Ranks classes by the share of listed people among the people they reach (an oracle). */
function oracleRank(people: readonly Person[], classOf: (s: Score) => string) {
  const cells = countClasses(people, classOf);
  const order = [...cells].sort(
    ([, a], [, b]) =>
      b.listed / (b.listed + b.others) - a.listed / (a.listed + a.others) || b.listed - a.listed,
  );
  const rank = new Map(order.map(([key], i) => [key, order.length - i]));
  return (s: Score) => rank.get(classOf(s)) ?? Number.NEGATIVE_INFINITY;
}

/**
 * The same share learned on another scenario (smoothed towards the model's probability), so that
 * it is a scorer that could be built, not an oracle: a class never seen there scores its probability.
 */
function learnedShare(training: readonly Person[], classOf: (s: Score) => string) {
  const cells = countClasses(training, classOf);
  return (s: Score) => {
    const c = cells.get(classOf(s));
    return c === undefined ? s.probability : (c.listed + s.probability) / (c.listed + c.others + 1);
  };
}

function countClasses(people: readonly Person[], classOf: (s: Score) => string) {
  const cells = new Map<string, { listed: number; others: number }>();
  for (const p of people) {
    for (const key of new Set(p.scores.map(classOf))) {
      const c = cells.get(key) ?? { listed: 0, others: 0 };
      if (p.listed) c.listed += 1;
      else c.others += 1;
      cells.set(key, c);
    }
  }
  return cells;
}

/** Screens everyone of a scenario (namesakes left out) against every entry that shares a key. */
export function screenAll(
  s: ScreeningScenario,
  watchlist: readonly WatchlistEntry[],
  model: CompiledModel,
): { people: Person[]; notRetrieved: number } {
  const index = buildScreeningIndex(watchlist, model);
  const people: Person[] = [];
  let notRetrieved = 0;
  for (const q of s.queries) {
    if (q.kind === 'namesake') continue;
    const hits = screenPerson(index, q.person, EVERYTHING).filter(
      (h) => q.watchId === undefined || h.id === q.watchId,
    );
    if (q.watchId !== undefined && hits.length === 0) notRetrieved += 1;
    people.push({
      listed: q.watchId !== undefined,
      scores: hits.map((h) => ({
        probability: h.probability,
        vector: h.explanation.comparisons.map((c) => `${c.comparison}:${c.level}`).join(' '),
        weightBits: Math.round(h.explanation.totalWeight),
      })),
    });
  }
  return { people, notRetrieved };
}

const vector = (x: Score) => x.vector;
const vectorAndWeight = (x: Score) => `${x.vector}|${x.weightBits}`;

/** The cuts on one scenario; `training` is another scenario's people, for the learned share. */
export function screeningCeiling(
  screened: { readonly people: readonly Person[]; readonly notRetrieved: number },
  training: readonly Person[],
): ScreeningCeiling {
  const { people, notRetrieved } = screened;
  const listed = people.filter((p) => p.listed).length;
  return {
    listed,
    others: people.length - listed,
    notRetrieved,
    byProbability: sweep(people, (x) => x.probability),
    learnedByVectorAndWeight: sweep(people, learnedShare(training, vectorAndWeight)),
    byVector: sweep(people, oracleRank(people, vector)),
    byVectorAndWeight: sweep(people, oracleRank(people, vectorAndWeight)),
  };
}
