// Reads a matching model file back: every probability, level and term-frequency table checked, so a
// damaged or hand-edited file is refused with the path of what is wrong rather than scoring badly.
import { err, ok, type Result } from '../shared';
import {
  type MatchingModel,
  MODEL_FORMAT,
  type ModelComparison,
  type ModelLevel,
  type TrainingMetadata,
} from './model';
import { COMPARISONS, type ComparisonName, LEVELS } from './types';

export interface ModelError {
  readonly code: 'model.invalid';
  readonly path: string;
  readonly message: string;
}

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;
const isProbability = (x: unknown): x is number => typeof x === 'number' && x > 0 && x <= 1;

function invalid(path: string, message: string): Result<never, ModelError> {
  return err({ code: 'model.invalid', path, message });
}

function frequencyTable(x: unknown, path: string): Result<Record<string, number>, ModelError> {
  if (!isRecord(x)) return invalid(path, 'expected an object of frequencies');
  for (const [k, v] of Object.entries(x)) {
    if (!isProbability(v)) return invalid(`${path}.${k}`, 'expected a frequency in (0, 1]');
  }
  return ok(x as Record<string, number>);
}

// Levels added after models were shipped: an older file reads each as the level it scored it as, so
// files trained elsewhere keep working until retrained. Before 2025.11.2 'identity-mismatch' was the
// document's 'mismatch'; before 2025.11.5 'year-approximate' was the date's 'mismatch'.
function withLaterLevels(name: ComparisonName, levels: readonly unknown[]): readonly unknown[] {
  const last = levels[levels.length - 1];
  if (levels.length !== LEVELS[name].length - 1 || !isRecord(last) || last.label !== 'mismatch')
    return levels;
  if (name === 'document') return [...levels, { ...last, label: 'identity-mismatch' }];
  if (name === 'birthDate') return [...levels.slice(0, -1), { ...last, label: 'year-approximate' }, last];
  return levels;
}

// Training metadata is descriptive and may be absent (a hand-made model); a field that is there has its
// type, so that a model file never turns a misread value into NaN.
const TRAINING_COUNTS = ['records', 'randomSeed', 'randomPairs', 'blockedPairs', 'emIterations'] as const;

function trainingOf(x: unknown): Result<TrainingMetadata, ModelError> {
  const t = x ?? {};
  if (!isRecord(t) || Array.isArray(t)) return invalid('training', 'expected an object');
  const bad = TRAINING_COUNTS.find((k) => t[k] !== undefined && !Number.isFinite(t[k]));
  if (bad) return invalid(`training.${bad}`, 'expected a number');
  if (t.converged !== undefined && typeof t.converged !== 'boolean') {
    return invalid('training.converged', 'expected true or false');
  }
  if (t.data !== undefined && typeof t.data !== 'string') {
    return invalid('training.data', 'expected a string');
  }
  const count = (v: unknown) => (typeof v === 'number' ? v : 0);
  return ok({
    records: count(t.records),
    randomSeed: count(t.randomSeed),
    randomPairs: count(t.randomPairs),
    blockedPairs: count(t.blockedPairs),
    emIterations: count(t.emIterations),
    converged: t.converged === true,
    data: typeof t.data === 'string' ? t.data : '',
  });
}

/** Checks a model read from JSON: format, every comparison and level, probabilities in (0, 1]. */
export function parseModel(json: unknown): Result<MatchingModel, ModelError> {
  if (!isRecord(json)) return invalid('', 'expected an object');
  if (json.format !== MODEL_FORMAT) return invalid('format', `expected "${MODEL_FORMAT}"`);
  if (typeof json.version !== 'string' || json.version === '') return invalid('version', 'expected a string');
  if (!isProbability(json.lambda) || json.lambda >= 1) return invalid('lambda', 'expected a probability');
  if (!Array.isArray(json.comparisons)) return invalid('comparisons', 'expected an array');
  const comparisons: ModelComparison[] = [];
  for (const [ci, name] of COMPARISONS.entries()) {
    const c: unknown = json.comparisons[ci];
    const path = `comparisons[${ci}]`;
    if (!isRecord(c) || c.name !== name) return invalid(path, `expected comparison "${name}"`);
    const given = Array.isArray(c.levels) ? withLaterLevels(name, c.levels) : undefined;
    if (given === undefined || given.length !== LEVELS[name].length) {
      return invalid(`${path}.levels`, `expected ${LEVELS[name].length} levels`);
    }
    const levels: ModelLevel[] = [];
    for (const [li, label] of LEVELS[name].entries()) {
      const l: unknown = given[li];
      const lp = `${path}.levels[${li}]`;
      if (!isRecord(l) || l.label !== label) return invalid(lp, `expected level "${label}"`);
      if (!isProbability(l.m) || !isProbability(l.u)) return invalid(lp, 'm and u must be in (0, 1]');
      levels.push({ label, m: l.m, u: l.u });
    }
    comparisons.push({ name, levels });
  }
  const tf = json.termFrequencies;
  if (!isRecord(tf)) return invalid('termFrequencies', 'expected an object');
  const given = frequencyTable(tf.given, 'termFrequencies.given');
  if (!given.ok) return given;
  const surname = frequencyTable(tf.surname, 'termFrequencies.surname');
  if (!surname.ok) return surname;
  const givenValues = frequencyTable(tf.givenValues ?? {}, 'termFrequencies.givenValues');
  if (!givenValues.ok) return givenValues;
  if (!isProbability(tf.minimum)) return invalid('termFrequencies.minimum', 'expected a frequency');
  const range = tf.adjustmentRange;
  if (
    !Array.isArray(range) ||
    range.length !== 2 ||
    typeof range[0] !== 'number' ||
    typeof range[1] !== 'number'
  ) {
    return invalid('termFrequencies.adjustmentRange', 'expected [min, max]');
  }
  if (range[0] > range[1]) return invalid('termFrequencies.adjustmentRange', 'expected min <= max');
  if (json.description !== undefined && typeof json.description !== 'string') {
    return invalid('description', 'expected a string');
  }
  const training = trainingOf(json.training);
  if (!training.ok) return training;
  return ok({
    format: MODEL_FORMAT,
    version: json.version,
    description: typeof json.description === 'string' ? json.description : '',
    training: training.value,
    lambda: json.lambda,
    comparisons,
    termFrequencies: {
      given: given.value,
      givenValues: givenValues.value,
      surname: surname.value,
      minimum: tf.minimum,
      adjustmentRange: [range[0], range[1]],
    },
  });
}
