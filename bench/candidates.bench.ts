// The booth's candidate search (findCandidates: "registered yesterday at booth 3") on a million
// registrations, as the server's worker runs it, beside the index as it was before its postings were
// packed and its expansions kept: both indexes hold the same registrations and answer the same
// queries, in turns, in this process. Writes bench/results/candidates.md.
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  addRegistration,
  createPersonIndex,
  defaultModel,
  findCandidates,
  generatePopulation,
  indexStats,
  type MatchHit,
  type PersonIndex,
  packPostings,
} from '../src/domain/matching';

const here = dirname(fileURLToPath(import.meta.url));
// PASO_BENCH_SMALL=1: a quick check that the bench runs, not figures.
const REGISTERED = process.env.PASO_BENCH_SMALL === '1' ? 50_000 : 1_000_000;
const QUERIES = 5000;
const ROUNDS = 3;
const model = defaultModel();
const startedAt = new Date().toISOString();

const people = generatePopulation({ seed: 7, records: REGISTERED + QUERIES * (ROUNDS + 1) });
const registered = people.slice(0, REGISTERED);
// Later records of the same population: many are people already registered, written again.
const queries = people.slice(REGISTERED);

function build(packing: boolean): { ix: PersonIndex; seconds: number } {
  const started = performance.now();
  const ix = createPersonIndex(model, REGISTERED);
  ix.packing = packing;
  ix.keepExpansions = packing;
  for (const p of registered) addRegistration(ix, p);
  if (packing) packPostings(ix);
  return { ix, seconds: (performance.now() - started) / 1000 };
}

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;

interface Run {
  times: number[];
  answers: MatchHit[][];
}

// Each query, then its person registered, as the worker does for a crossing: new words arrive too.
function run(ix: PersonIndex, batch: typeof queries, into: Run): void {
  for (const q of batch) {
    const started = performance.now();
    into.answers.push(findCandidates(ix, q));
    into.times.push(performance.now() - started);
    addRegistration(ix, q);
  }
}

const before = build(false);
const now = build(true);
const runs = { before: { times: [], answers: [] } as Run, now: { times: [], answers: [] } as Run };
// A warm-up batch for each, then rounds in turns, so that both meet the machine in the same state.
run(before.ix, queries.slice(0, QUERIES), { times: [], answers: [] });
run(now.ix, queries.slice(0, QUERIES), { times: [], answers: [] });
for (let round = 1; round <= ROUNDS; round += 1) {
  const batch = queries.slice(round * QUERIES, (round + 1) * QUERIES);
  run(before.ix, batch, runs.before);
  run(now.ix, batch, runs.now);
}

const same = JSON.stringify(runs.before.answers) === JSON.stringify(runs.now.answers);
const row = (name: string, built: { ix: PersonIndex; seconds: number }, r: Run, ratio: string) => {
  const sorted = [...r.times].sort((a, b) => a - b);
  const mean = sorted.reduce((a, b) => a + b, 0) / sorted.length;
  const bytes = indexStats(built.ix).typedArrayBytes;
  return `| ${name} | ${built.seconds.toFixed(1)} s | ${(bytes / 1e6).toFixed(0)} MB | ${mean.toFixed(3)} ms | ${quantile(sorted, 0.5).toFixed(3)} ms | ${quantile(sorted, 0.99).toFixed(3)} ms | ${ratio} |`;
};
const meanOf = (r: Run) => r.times.reduce((a, b) => a + b, 0) / r.times.length;
const out = [
  '## Candidate search',
  '',
  `Made by \`node --import tsx bench/candidates.bench.ts\` (or \`npm run bench -- candidates\`), started ${startedAt},`,
  `${os.cpus().length} cores, Node ${process.version}, 1-minute load at the end ${os.loadavg()[0]?.toFixed(2)}.`,
  `${REGISTERED.toLocaleString('en')} registrations of population A (seed 7) in each of two indexes; then ${ROUNDS} rounds of`,
  `${QUERIES.toLocaleString('en')} later records, each searched (\`findCandidates\`, as the server's worker does for a crossing) and`,
  'then registered, in turns between the two indexes, after a warm-up round. The baseline is the index as it was',
  "before: every key's postings a linked list, and each query word's spellings looked up anew.",
  '',
  '| index | build | typed arrays | mean | p50 | p99 | mean, ratio to the baseline |',
  '| --- | --- | --- | --- | --- | --- | --- |',
  row('linked postings, spellings looked up each time (baseline)', before, runs.before, '1'),
  row(
    'packed postings, spellings kept until a word they may stand for is indexed (now)',
    now,
    runs.now,
    (meanOf(runs.now) / meanOf(runs.before)).toFixed(2),
  ),
  '',
  `Same candidates, with the same weights, for all ${(ROUNDS * QUERIES).toLocaleString('en')} queries: ${same ? 'yes' : 'NO'}.`,
  '',
];
console.log(out.join('\n'));
writeFileSync(join(here, 'results', 'candidates.md'), out.join('\n'));
if (!same) process.exitCode = 1;
