// Explanations for the review tests, as the matching model writes them: one row a comparison, with
// the values each side of the pair held.

/** A comparison row of weight 1 without a term-frequency adjustment. */
export const comparisonRow = (comparison: string, level: string, left: string, right: string) => ({
  comparison,
  level,
  weight: 1,
  tfAdjustment: 0,
  left,
  right,
});

/** An explanation of these rows from the model's prior (−9.5), names not swapped. */
export const explanationOf = (
  comparisons: readonly ReturnType<typeof comparisonRow>[],
  totalWeight: number,
  probability: number,
) => ({ prior: -9.5, comparisons, namesSwapped: false, totalWeight, probability });
