// `paso dedupe`: reads a people CSV, finds records of the same person and writes clusters.csv
// (record_id, cluster_id) in a CSV dialect, by default the one Excel in Spanish opens in columns;
// a person's cluster id is the id of their earliest record.
import { readFile, writeFile } from 'node:fs/promises';
import {
  type CompiledModel,
  compileModel,
  dedupe,
  defaultModel,
  type ImportError,
  parseModel,
} from '../../domain/matching';
import type { CsvDialect } from '../../domain/reports';
import { csvFile } from '../../server/reports/csv-file';
import { parsePeopleCsv } from '../../store/matching';
import { InputFileError, withPath } from '../failures';
import { readTextFile } from './text-file';

/** A file the command could not use: names the file, the line and the stable code. */
export class MatchingInputError extends InputFileError {
  constructor(
    readonly file: string,
    readonly problem: ImportError,
  ) {
    super(`${file} line ${problem.line}: ${problem.code}: ${problem.message}`);
    this.name = 'MatchingInputError';
  }
}

export async function loadModel(modelPath: string | undefined): Promise<CompiledModel> {
  if (modelPath === undefined) return defaultModel();
  // A file that cannot be read is said in words (failures.ts), as for the people and list files.
  const text = await readFile(modelPath, 'utf8').catch((error: unknown) => {
    throw withPath(error, modelPath);
  });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new MatchingInputError(modelPath, {
      line: 1,
      code: 'model.json',
      message: e instanceof Error ? e.message : 'not JSON',
    });
  }
  const parsed = parseModel(json);
  if (!parsed.ok) {
    throw new MatchingInputError(modelPath, {
      line: 1,
      code: parsed.error.code,
      message: `${parsed.error.path}: ${parsed.error.message}`,
    });
  }
  return compileModel(parsed.value);
}

export async function dedupeCommand(opts: {
  inPath: string;
  outPath: string;
  modelPath?: string;
  threshold?: number;
  /** Left out: excel-semicolon, the reports page's default in Spanish. */
  dialect?: CsvDialect;
  progress?: (msg: string) => void;
}): Promise<{ records: number; people: number; clusters: number; seconds: number }> {
  const started = performance.now();
  const say = opts.progress ?? (() => undefined);
  const model = await loadModel(opts.modelPath);
  say(`reading ${opts.inPath}`);
  const parsed = parsePeopleCsv(await readTextFile(opts.inPath, say));
  if (!parsed.ok) throw new MatchingInputError(opts.inPath, parsed.error);
  const records = parsed.value;
  say(`read ${records.length} records; matching with model ${model.model.version}`);
  const result = dedupe(records, model, {
    ...(opts.threshold !== undefined ? { threshold: opts.threshold } : {}),
    progress: (p) => say(`${p.phase} ${p.done}/${p.total}`),
  });
  const rows: string[][] = [['record_id', 'cluster_id']];
  const people = new Set<string>();
  for (const [i, r] of records.entries()) {
    const c = result.clusterOf[i] ?? -1;
    const clusterId = c >= 0 ? (result.clusters[c]?.id ?? r.id) : r.id;
    people.add(clusterId);
    rows.push([r.id, clusterId]);
  }
  await writeFile(opts.outPath, csvFile(rows, opts.dialect ?? 'excel-semicolon'));
  const seconds = (performance.now() - started) / 1000;
  // A record that stands alone is a person but no cluster: clusters are of two or more records.
  const clusters = result.clusters.length;
  say(
    `wrote ${opts.outPath}: ${records.length} records of ${people.size} people, ${clusters} clusters of two or more (${seconds.toFixed(1)} s)`,
  );
  return { records: records.length, people: people.size, clusters, seconds };
}
