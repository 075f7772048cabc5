// `paso evaluate-matching`: measures matching on a generated, labelled population (pair precision,
// recall, F1; screening recall and false hits per 1,000 people). `trainCommand` retrains the model.
import { writeFile } from 'node:fs/promises';
import {
  buildScreeningIndex,
  dedupe,
  evaluatePairs,
  evaluateScreening,
  generatePopulation,
  generateScreeningScenario,
  screenPerson,
  trainModel,
} from '../../domain/matching';
import { loadModel } from './dedupe';

export interface EvaluationFigures {
  readonly records: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly dedupeSeconds: number;
  readonly screeningRecall: number;
  readonly falseHitsPer1000: number;
  readonly people: number;
}

export async function evaluateCommand(opts: {
  size: number;
  seed: number;
  modelPath?: string;
  threshold?: number;
  screeningThreshold?: number;
  watchlistSize?: number;
  queries?: number;
  print?: (line: string) => void;
}): Promise<EvaluationFigures> {
  const print = opts.print ?? ((line: string) => process.stdout.write(`${line}\n`));
  const model = await loadModel(opts.modelPath);
  const records = generatePopulation({ seed: opts.seed, records: opts.size });
  const started = performance.now();
  const result = dedupe(records, model, opts.threshold !== undefined ? { threshold: opts.threshold } : {});
  const dedupeSeconds = (performance.now() - started) / 1000;
  const pairs = evaluatePairs(
    records.map((r) => r.trueId),
    result.clusterOf,
  );
  const queries = opts.queries ?? 1000;
  const scenario = generateScreeningScenario({
    seed: opts.seed + 1,
    watchlistSize: opts.watchlistSize ?? Math.min(opts.size, 100_000),
    listedQueries: queries,
    namesakeQueries: queries,
    otherQueries: queries,
  });
  const index = buildScreeningIndex(scenario.watchlist, model);
  const threshold = opts.screeningThreshold;
  const screening = evaluateScreening(
    scenario.queries.map((q) => ({
      ...(q.watchId !== undefined ? { trueWatchId: q.watchId } : {}),
      hitWatchIds: screenPerson(index, q.person, threshold !== undefined ? { threshold } : {}).map(
        (h) => h.id,
      ),
    })),
  );
  const pct = (x: number) => `${(x * 100).toFixed(2)} %`;
  print(`model ${model.model.version}; ${records.length} records, seed ${opts.seed}`);
  print(
    `dedupe: precision ${pct(pairs.precision)}, recall ${pct(pairs.recall)}, F1 ${pairs.f1.toFixed(4)} (${dedupeSeconds.toFixed(1)} s)`,
  );
  print(
    `screening: recall ${pct(screening.recall)}, false hits ${screening.falseHitsPer1000.toFixed(1)} per 1,000 people`,
  );
  return {
    records: records.length,
    precision: pairs.precision,
    recall: pairs.recall,
    f1: pairs.f1,
    dedupeSeconds,
    screeningRecall: screening.recall,
    falseHitsPer1000: screening.falseHitsPer1000,
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
  const population = generatePopulation({ seed: opts.seed, records: opts.records });
  const trained = trainModel(population, {
    randomSeed: opts.randomSeed,
    version: opts.version,
    description: 'Fellegi–Sunter model for Hispanic names at the Tacna–Arica crossing',
    data: `generatePopulation({ seed: ${opts.seed}, records: ${opts.records} })`,
    randomPairs: 2_000_000,
  });
  if (!trained.ok) throw new Error(`${trained.error.code}: ${trained.error.message}`);
  await writeFile(opts.outPath, `${JSON.stringify(trained.value, null, 1)}\n`);
  print(`wrote ${opts.outPath}: model ${opts.version} from ${opts.records} records`);
  return { version: opts.version, records: opts.records, converged: trained.value.training.converged };
}
