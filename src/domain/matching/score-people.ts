// Scores and explains one pair of people: the comparison the other parts of Paso call when a
// supervisor opens a duplicate link or a screening hit.

import { explainScratch, type MatchExplanation } from './explain';
import {
  addPerson,
  createFeatureTable,
  createNameCache,
  createStringPool,
  createVocabulary,
} from './features';
import { type CompiledModel, createPairScratch, probabilityOf, scoreRows } from './model';
import type { MatchablePerson } from './types';

export interface PairResult {
  readonly weight: number;
  readonly probability: number;
  readonly explanation: MatchExplanation;
}

/** Compares two people with the model (term frequencies from the model) and explains the score. */
export function comparePeople(cm: CompiledModel, a: MatchablePerson, b: MatchablePerson): PairResult {
  const table = createFeatureTable(createVocabulary(cm.termFrequencies), createStringPool(), 2);
  const names = createNameCache();
  const i = addPerson(table, a, names);
  const j = addPerson(table, b, names);
  const scratch = createPairScratch();
  const weight = scoreRows(cm, table, i, table, j, scratch);
  return {
    weight,
    probability: probabilityOf(weight),
    explanation: explainScratch(cm, table, i, table, j, scratch, weight),
  };
}
