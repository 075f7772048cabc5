// `paso evaluate-matching`: measures matching on a generated, labelled population (pair precision,
// recall, F1; screening recall, false hits per 1,000 people and the share of non-listed people
// alerted), on population A (the model's) or B (independent), with or without listed documents.
// `trainCommand` retrains the model.
import { writeFile } from 'node:fs/promises';
import {
  buildScreeningIndex,
  dedupe,
  evaluatePairs,
  evaluateScreening,
  generatePopulation,
  generatePopulationB,
  generateScreeningScenario,
  generateScreeningScenarioB,
  generateTrainingPopulation,
  type ScreeningScenario,
  screenPerson,
  trainModel,
  withoutDocuments,
} from '../../domain/matching';
import { loadModel } from './dedupe';

export type Population = 'A' | 'B';

export interface EvaluationFigures {
  readonly population: Population;
  readonly records: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly dedupeSeconds: number;
  readonly screeningRecall: number;
  readonly falseHitsPer1000: number;
  /** Share of non-listed people drawn from the population who were alerted. */
  readonly othersAlerted: number;
  /** Share of namesakes of listed people who were alerted. */
  readonly namesakesAlerted: number;
  readonly people: number;
}

const GENERATORS = {
  A: { population: generatePopulation, scenario: generateScreeningScenario },
  B: { population: generatePopulationB, scenario: generateScreeningScenarioB },
} as const;

function screeningOf(s: ScreeningScenario, hits: readonly (readonly string[])[], kind?: string) {
  return evaluateScreening(
    s.queries.flatMap((q, i) =>
      kind === undefined || q.kind === kind
        ? [{ ...(q.watchId !== undefined ? { trueWatchId: q.watchId } : {}), hitWatchIds: hits[i] ?? [] }]
        : [],
    ),
  );
}

export async function evaluateCommand(opts: {
  size: number;
  seed: number;
  modelPath?: string;
  threshold?: number;
  screeningThreshold?: number;
  watchlistSize?: number;
  queries?: number;
  /** A: the generator the model is trained on (default); B: the independent variation model. */
  population?: Population;
  /** Keep the listed documents (default) or screen against names, dates and nationalities only. */
  watchlistDocuments?: boolean;
  print?: (line: string) => void;
}): Promise<EvaluationFigures> {
  const print = opts.print ?? ((line: string) => process.stdout.write(`${line}\n`));
  const model = await loadModel(opts.modelPath);
  const population = opts.population ?? 'A';
  const generate = GENERATORS[population];
  const records = generate.population({ seed: opts.seed, records: opts.size });
  const started = performance.now();
  const result = dedupe(records, model, opts.threshold !== undefined ? { threshold: opts.threshold } : {});
  const dedupeSeconds = (performance.now() - started) / 1000;
  const pairs = evaluatePairs(
    records.map((r) => r.trueId),
    result.clusterOf,
  );
  const queries = opts.queries ?? 1000;
  const scenario = generate.scenario({
    seed: opts.seed + 1,
    watchlistSize: opts.watchlistSize ?? Math.min(opts.size, 100_000),
    listedQueries: queries,
    namesakeQueries: queries,
    otherQueries: queries,
  });
  const list = opts.watchlistDocuments === false ? withoutDocuments(scenario.watchlist) : scenario.watchlist;
  const index = buildScreeningIndex(list, model);
  const threshold = opts.screeningThreshold;
  const hits = scenario.queries.map((q) =>
    screenPerson(index, q.person, threshold !== undefined ? { threshold } : {}).map((h) => h.id),
  );
  const screening = screeningOf(scenario, hits);
  const others = screeningOf(scenario, hits, 'other');
  const namesakes = screeningOf(scenario, hits, 'namesake');
  const pct = (x: number) => `${(x * 100).toFixed(2)} %`;
  const docs = opts.watchlistDocuments === false ? 'without' : 'with';
  print(
    `model ${model.model.version}; population ${population}, ${records.length} records, seed ${opts.seed}`,
  );
  print(
    `dedupe: precision ${pct(pairs.precision)}, recall ${pct(pairs.recall)}, F1 ${pairs.f1.toFixed(4)} (${dedupeSeconds.toFixed(1)} s)`,
  );
  print(
    `screening (${docs} documents on the list): recall ${pct(screening.recall)}, false hits ${screening.falseHitsPer1000.toFixed(1)} per 1,000 people, others alerted ${pct(others.nonListedAlertRate)}, namesakes alerted ${pct(namesakes.nonListedAlertRate)}`,
  );
  return {
    population,
    records: records.length,
    precision: pairs.precision,
    recall: pairs.recall,
    f1: pairs.f1,
    dedupeSeconds,
    screeningRecall: screening.recall,
    falseHitsPer1000: screening.falseHitsPer1000,
    othersAlerted: others.nonListedAlertRate,
    namesakesAlerted: namesakes.nonListedAlertRate,
    people: screening.people,
  };
}

/** Retrains the model on a generated population and writes it as JSON (see docs/matching.md). */
export async function trainCommand(opts: {
  outPath: string;
  records: number;
  seed: number;
  randomSeed: number;
  version: string;
  print?: (line: string) => void;
}): Promise<{ version: string; records: number; converged: boolean }> {
  const print = opts.print ?? ((line: string) => process.stdout.write(`${line}\n`));
  const population = generateTrainingPopulation({ seed: opts.seed, records: opts.records });
  const trained = trainModel(
    population.records,
    {
      randomSeed: opts.randomSeed,
      version: opts.version,
      description: 'Fellegi–Sunter model for Hispanic names at the Tacna–Arica crossing',
      data: `generateTrainingPopulation({ seed: ${opts.seed}, records: ${opts.records} }): ${population.records.length} registrations and ${population.entries.length} list entries`,
      randomPairs: 2_000_000,
    },
    population.entries,
  );
  if (!trained.ok) throw new Error(`${trained.error.code}: ${trained.error.message}`);
  await writeFile(opts.outPath, `${JSON.stringify(trained.value, null, 1)}\n`);
  print(`wrote ${opts.outPath}: model ${opts.version} from ${opts.records} records`);
  return { version: opts.version, records: opts.records, converged: trained.value.training.converged };
}
