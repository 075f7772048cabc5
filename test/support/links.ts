// Duplicate links as matching stores them, for the store and API tests of reviews: link n between
// person a and person b (ids 00000000-…-a, as registrationOf makes them).
const NOW = '2025-11-27T15:00:00.000Z';

export const personOf = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

export const LINK_EXPLANATION = {
  modelVersion: 'test',
  prior: -10,
  comparisons: [],
  namesSwapped: false,
  totalWeight: 12,
  probability: 0.97,
};

export const duplicateLink = (n: number, a: number, b: number) => ({
  id: `20000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  personId: personOf(a),
  otherPersonId: personOf(b),
  score: 0.97,
  explanation: LINK_EXPLANATION,
  modelVersion: 'test',
  source: 'batch' as const,
  createdAt: NOW,
});
