// Why listed people are missed: screens the validation scenario of population A (seed 1000 unless
// given; never a seed the bench reports, never population B) and prints the 20 commonest patterns of
// levels between each missed person and their own entry, "not retrieved" when the index never found it.
// node --import tsx bench/matching-misses.ts [threshold=0.6] [seed=1000] [entries=100000]
import {
  buildScreeningIndex,
  defaultModel,
  generateScreeningScenario,
  screenPerson,
  withoutDocuments,
} from '../src/domain/matching';

const threshold = Number(process.argv[2] ?? 0.6);
const seed = Number(process.argv[3] ?? 1000);
const entries = Number(process.argv[4] ?? 100_000);
const scenario = generateScreeningScenario({
  seed,
  watchlistSize: entries,
  listedQueries: 1000,
  namesakeQueries: 0,
  otherQueries: 0,
});
const index = buildScreeningIndex(withoutDocuments(scenario.watchlist), defaultModel());
// Looks at every candidate, so that "not retrieved" means the index has no key for the pair.
const everything = { threshold: 1e-12, maxCandidates: 1e6, maxPostings: 1e9, maxHits: 1e6 };
const patterns = new Map<string, number>();
let missed = 0;
for (const q of scenario.queries) {
  if (q.watchId === undefined) continue;
  const own = screenPerson(index, q.person, everything).find((h) => h.id === q.watchId);
  if (own && own.probability >= threshold) continue;
  missed += 1;
  const pattern = own
    ? own.explanation.comparisons
        .filter((c) => c.comparison !== 'document' && c.comparison !== 'sex')
        .map((c) => `${c.comparison}:${c.level}`)
        .join(' ')
    : 'not retrieved';
  patterns.set(pattern, (patterns.get(pattern) ?? 0) + 1);
}
console.log(
  `population A, seed ${seed}, ${entries} entries without documents: ${missed} of 1000 listed people missed at ${threshold}`,
);
for (const [pattern, n] of [...patterns].sort((a, b) => b[1] - a[1]).slice(0, 20)) {
  console.log(`${String(n).padStart(4)}  ${pattern}`);
}
