// How high can duplicate detection's pair F1 go with the comparisons Paso makes? For each population,
// takes the pairs the blocking rules put together, as dedupe does, and scores each. It then sorts them
// three ways and reports the best pair F1 over all cut-offs:
// - by the model's weight, which is what dedupe can reach with a threshold of its own;
// - by the share of true pairs among pairs with the same comparison vector, read off the answers
//   (an oracle that knows the labels);
// - the same, with the vector split by the model's weight in whole bits, so term frequencies count.
// No scorer of these comparison vectors does better than the oracles on these candidates, and no
// pair outside the candidates is ever linked. Then the same question for screening
// (bench/screening-ceiling.ts). Writes bench/results/matching-ceiling.md.
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  defaultModel,
  generatePopulation,
  generatePopulationB,
  generateScreeningScenario,
  generateScreeningScenarioB,
  type LabelledPerson,
  withoutDocuments,
} from '../src/domain/matching';
import { dedupeTable } from '../src/domain/matching/dedupe';
import { BLOCKING_RULES, blockingKeys, forEachCandidatePair } from '../src/domain/matching/dedupe-blocking';
import { createPairScratch, scoreRowsAbove } from '../src/domain/matching/model';
import { ALERTS_ALLOWED, type Cut, RECALL_WANTED, screenAll, screeningCeiling } from './screening-ceiling';

const here = dirname(fileURLToPath(import.meta.url));
// PASO_BENCH_SMALL=1 divides the size by 20: a quick check that the bench runs, not figures.
const RECORDS = process.env.PASO_BENCH_SMALL === '1' ? 17_000 : 340_000;
const SEED = 2; // the seed of the bench's dedupe table (matching.bench.ts)
const model = defaultModel();

interface Cell {
  same: number;
  other: number;
}

interface Ceiling {
  readonly population: string;
  readonly truePairs: number;
  readonly candidates: number;
  readonly trueCandidates: number;
  readonly byWeight: Best;
  readonly byVector: Best;
  readonly byVectorAndWeight: Best;
}

interface Best {
  readonly f1: number;
  readonly precision: number;
  readonly recall: number;
  readonly at: string;
}

/** The best pair F1 over the cut-offs of cells taken in the order given. */
function bestF1(cells: readonly (Cell & { label: string })[], truePairs: number): Best {
  let tp = 0;
  let fp = 0;
  let best: Best = { f1: 0, precision: 1, recall: 0, at: '' };
  for (const c of cells) {
    tp += c.same;
    fp += c.other;
    const precision = tp / Math.max(1, tp + fp);
    const recall = tp / truePairs;
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    if (f1 > best.f1) best = { f1, precision, recall, at: c.label };
  }
  return best;
}

function tally(map: Map<string, Cell>, key: string, same: boolean): void {
  const cell = map.get(key) ?? { same: 0, other: 0 };
  if (same) cell.same += 1;
  else cell.other += 1;
  map.set(key, cell);
}

const byShare = (a: Cell, b: Cell) => b.same / (b.same + b.other) - a.same / (a.same + a.other);

function ceiling(population: string, people: readonly LabelledPerson[]): Ceiling {
  const n = people.length;
  const t = dedupeTable(people, model, undefined);
  const s = createPairScratch();
  const byWeight = new Map<string, Cell>();
  const byVector = new Map<string, Cell>();
  const byVectorAndWeight = new Map<string, Cell>();
  let candidates = 0;
  let trueCandidates = 0;
  forEachCandidatePair(blockingKeys(t), n, { maxBlock: 300, window: 30 }, (_rule, a, b) => {
    const weight = scoreRowsAbove(model, t, a, t, b, s, Number.NEGATIVE_INFINITY);
    const same = people[a]?.trueId === people[b]?.trueId;
    candidates += 1;
    if (same) trueCandidates += 1;
    const vector = s.levels.join(',');
    const bits = Math.round(weight);
    tally(byWeight, String(Math.round(weight * 10) / 10), same);
    tally(byVector, vector, same);
    tally(byVectorAndWeight, `${vector}|${bits}`, same);
  });
  const sizes = new Map<string, number>();
  for (const p of people) sizes.set(p.trueId, (sizes.get(p.trueId) ?? 0) + 1);
  let truePairs = 0;
  for (const k of sizes.values()) truePairs += (k * (k - 1)) / 2;
  const cells = (m: Map<string, Cell>) => [...m].map(([label, c]) => ({ label, ...c }));
  const weightOrder = cells(byWeight).sort((a, b) => Number(b.label) - Number(a.label));
  return {
    population,
    truePairs,
    candidates,
    trueCandidates,
    byWeight: bestF1(weightOrder, truePairs),
    byVector: bestF1(cells(byVector).sort(byShare), truePairs),
    byVectorAndWeight: bestF1(cells(byVectorAndWeight).sort(byShare), truePairs),
  };
}

const started = new Date();
const rows: Ceiling[] = [];
for (const [population, generate] of [
  ['A', generatePopulation],
  ['B', generatePopulationB],
] as const) {
  console.log(`population ${population}: ${RECORDS} registrations, seed ${SEED}`);
  rows.push(ceiling(population, generate({ seed: SEED, records: RECORDS })));
}

// Screening: the scenarios of the bench's table (c) (seed 42, 100,000 entries), and a larger one of
// population A on the validation seed to learn the classes' shares on.
const SCREEN_ENTRIES = process.env.PASO_BENCH_SMALL === '1' ? 5_000 : 100_000;
const SCREEN_PEOPLE = process.env.PASO_BENCH_SMALL === '1' ? 100 : 1000;
const TRAIN_PEOPLE = 4 * SCREEN_PEOPLE;
console.log(
  `screening: learning on population A, seed 1000, ${TRAIN_PEOPLE} listed and ${TRAIN_PEOPLE} others`,
);
const training = generateScreeningScenario({
  seed: 1000,
  watchlistSize: SCREEN_ENTRIES,
  listedQueries: TRAIN_PEOPLE,
  namesakeQueries: 0,
  otherQueries: TRAIN_PEOPLE,
});
const learned = screenAll(training, training.watchlist, model).people;
const screening: { label: string; ceiling: ReturnType<typeof screeningCeiling> }[] = [];
for (const [population, make] of [
  ['A', generateScreeningScenario],
  ['B', generateScreeningScenarioB],
] as const) {
  const s = make({
    seed: 42,
    watchlistSize: SCREEN_ENTRIES,
    listedQueries: SCREEN_PEOPLE,
    namesakeQueries: 0,
    otherQueries: SCREEN_PEOPLE,
  });
  for (const [docs, list] of [
    ['with documents', s.watchlist],
    ['without documents', withoutDocuments(s.watchlist)],
  ] as const) {
    console.log(`screening: population ${population}, ${docs}`);
    screening.push({
      label: `${population}, ${docs}`,
      ceiling: screeningCeiling(screenAll(s, list, model), learned),
    });
  }
}

const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
const cut = (c: Cut) => `${pct(c.othersAt98)} / ${pct(c.recallAt5)}`;
const f = (b: Best) => `${b.f1.toFixed(4)} (P ${b.precision.toFixed(4)}, R ${b.recall.toFixed(4)})`;
const out = [
  '### (d) How high pair F1 can go with these comparisons',
  '',
  `Made by \`node --import tsx bench/matching-ceiling.bench.ts\` (or \`npm run bench -- matching-ceiling\`),`,
  `${started.toISOString()}, Node ${process.version}, ${os.cpus().length} cores. ${RECORDS.toLocaleString('en-US')} registrations`,
  `of each population, seed ${SEED}, the pairs the ${BLOCKING_RULES.length} blocking rules put together (blocks over 300 in a window of 30), as dedupe does.`,
  'Best pair F1 over all cut-offs (pairs, before clustering) when the pairs are taken in the order of:',
  "the model's weight (what dedupe reaches with the best threshold); the share of true pairs among",
  'pairs with the same comparison vector, read off the labels (an oracle); and the same with the vector split',
  "by the model's weight in whole bits, so that term frequencies count. No scorer of these comparison",
  'vectors does better than the oracles on these candidates, and a pair the rules never put together is never linked.',
  '',
  '| population | true pairs | candidates | true pairs among them | by the weight | oracle by vector | oracle by vector and weight |',
  '| --- | --- | --- | --- | --- | --- | --- |',
  ...rows.map(
    (r) =>
      `| ${r.population} | ${r.truePairs.toLocaleString('en-US')} | ${r.candidates.toLocaleString('en-US')} | ${pct(r.trueCandidates / r.truePairs)} | ${f(r.byWeight)} | ${f(r.byVector)} | ${f(r.byVectorAndWeight)} |`,
  ),
  '',
  '### (e) How few others screening can stop with these comparisons',
  '',
  `Made by the same command. Each scenario: ${SCREEN_ENTRIES.toLocaleString('en-US')} entries, ${SCREEN_PEOPLE} listed people as a booth writes them and`,
  `${SCREEN_PEOPLE} others from the population, seed 42 of each generator (the scenarios of table (c)). Everyone is screened`,
  'against every entry that shares a key with them. A listed person is found when their own entry is alerted on;',
  'anyone else is stopped when any entry is. Each cell gives the share of others stopped at the first cut that',
  `finds ${pct(RECALL_WANTED)} of listed people, then the recall when at most ${pct(ALERTS_ALLOWED)} of others are stopped (the budget is`,
  `at most ${pct(ALERTS_ALLOWED)} stopped at ${pct(RECALL_WANTED)} recall). Alerts are taken in the order of: the model's probability (a threshold);`,
  'the share of listed people among those reached by each class of comparison vector and weight in whole bits,',
  `learned on another scenario (population A, seed 1000, ${TRAIN_PEOPLE} listed and ${TRAIN_PEOPLE} others), a scorer that could be built;`,
  'and two oracles that read that share off the answers of the scenario itself, by vector and by vector and',
  'weight. The oracles flatter: a class met by one listed person and nobody else counts as sure. A person whose',
  "information is a listed person's gives the same vector against the same entry, and no scorer of these",
  'comparisons tells the two apart.',
  '',
  '| scenario | listed people never retrieved | by probability | learned by vector and weight | oracle by vector | oracle by vector and weight |',
  '| --- | --- | --- | --- | --- | --- |',
  ...screening.map(
    ({ label, ceiling: c }) =>
      `| ${label} | ${c.notRetrieved} of ${c.listed} | ${cut(c.byProbability)} | ${cut(c.learnedByVectorAndWeight)} | ${cut(c.byVector)} | ${cut(c.byVectorAndWeight)} |`,
  ),
  '',
];
writeFileSync(join(here, 'results', 'matching-ceiling.md'), out.join('\n'));
console.log(out.join('\n'));
