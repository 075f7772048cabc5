// Scores and explains one pair of people: the comparison the other parts of Paso call when a
// supervisor opens a duplicate link or a screening hit.

import { explainScratch, type MatchExplanation } from './explain';
import { featureTableOf } from './features';
import { type CompiledModel, createPairScratch, probabilityOf, scoreRowsAbove } from './model';
import type { MatchablePerson } from './types';

export interface PairResult {
  readonly weight: number;
  readonly probability: number;
  readonly explanation: MatchExplanation;
}

/** Compares two people with the model (term frequencies from the model) and explains the score. */
export function comparePeople(cm: CompiledModel, a: MatchablePerson, b: MatchablePerson): PairResult {
  const table = featureTableOf([a, b], cm.termFrequencies); // a is row 0, b row 1
  const scratch = createPairScratch();
  // No cutoff: the pair is scored whole, with every comparison kept in the scratch for explaining.
  const weight = scoreRowsAbove(cm, table, 0, table, 1, scratch, Number.NEGATIVE_INFINITY);
  return {
    weight,
    probability: probabilityOf(weight),
    explanation: explainScratch(cm, table, 0, table, 1, scratch, weight),
  };
}
