// Screening accuracy by the size of the list: how many others are alerted depends on how many entries
// they can be mistaken for, so each size gets its own validation scenario, threshold and figures.
import {
  type CompiledModel,
  generateScreeningScenario,
  generateScreeningScenarioB,
  type ScreeningScenarioOptions,
} from '../src/domain/matching';
import {
  type AtThreshold,
  type ScreeningRun,
  screeningRun,
  THRESHOLDS,
  thresholdWithin,
} from './matching-accuracy';

/** The budget's recall: the last column asks what finding this many listed people costs. */
const RECALL_TARGET = 0.98;

interface ListSizeOptions {
  /** Watchlist sizes, smallest first. */
  readonly sizes: readonly number[];
  /** Queries of each kind in every scenario; each size brings its own watchlist. */
  readonly queries: Omit<ScreeningScenarioOptions, 'seed' | 'watchlistSize'>;
  /** Share of others the threshold may alert on validation. */
  readonly budget: number;
  readonly model: CompiledModel;
  readonly log: (s: string) => void;
}

interface SizeRow {
  readonly size: number;
  readonly threshold: number;
  readonly A: ScreeningRun;
  readonly B: ScreeningRun;
}

const pct = (x: number) => `${(x * 100).toFixed(2)} %`;
const en = (n: number) => n.toLocaleString('en');
const atT = (r: ScreeningRun, t: number) => r.at.find((a) => a.threshold === t) as AtThreshold;

function runSize(size: number, o: ListSizeOptions): SizeRow {
  o.log(`accuracy by list size: ${en(size)} entries`);
  const scenario = { ...o.queries, watchlistSize: size };
  const run = (make: typeof generateScreeningScenario, seed: number) => {
    const s = make({ seed, ...scenario });
    return screeningRun(s, s.watchlist, o.model);
  };
  // As for table (c): the threshold is chosen on a validation scenario of A (seed 1000), here of the
  // same size, never on the scenarios reported.
  const threshold = thresholdWithin(run(generateScreeningScenario, 1000), o.budget);
  return { size, threshold, A: run(generateScreeningScenario, 42), B: run(generateScreeningScenarioB, 42) };
}

/** The threshold that alerts the fewest others while finding the target share of listed people. */
function fewestAtTarget(r: ScreeningRun): AtThreshold | undefined {
  const reaching = r.at.filter((a) => a.recall >= RECALL_TARGET);
  return reaching.reduce<AtThreshold | undefined>(
    (best, a) => (best === undefined || a.othersAlerted < best.othersAlerted ? a : best),
    undefined,
  );
}

function tableRow(row: SizeRow, population: 'A' | 'B'): string {
  const r = row[population];
  const a = atT(r, row.threshold);
  const best = fewestAtTarget(r);
  const cost =
    best === undefined
      ? `none reaches ${pct(RECALL_TARGET)}`
      : `${pct(best.othersAlerted)} (at ${best.threshold})`;
  return `| ${en(row.size)} | ${population} | ${row.threshold} | ${pct(a.recall)} (${a.found}/${a.listed}) | ${pct(a.othersAlerted)} | ${cost} |`;
}

/** "1,000, 10,000 and 100,000". */
function joinWithAnd(items: readonly string[]): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** One sentence on the smallest and the largest list, from the figures of the table. */
function summary(rows: readonly SizeRow[]): string {
  const first = rows[0];
  const last = rows[rows.length - 1];
  if (first === undefined || last === undefined) return '';
  const recall = (row: SizeRow) =>
    `${pct(atT(row.A, row.threshold).recall)} of listed people on A and ${pct(atT(row.B, row.threshold).recall)} on B`;
  const cost = (r: ScreeningRun, population: 'A' | 'B') => {
    const best = fewestAtTarget(r);
    return best === undefined
      ? `is not reached on ${population}`
      : `alerts at best ${pct(best.othersAlerted)} of others on ${population}`;
  };
  const target = (row: SizeRow) =>
    `finding ${pct(RECALL_TARGET)} ${cost(row.A, 'A')} and ${cost(row.B, 'B')}`;
  return [
    `With ${en(first.size)} entries the threshold chosen on validation (${first.threshold}) finds ${recall(first)},`,
    `and ${target(first)};`,
    `with ${en(last.size)} entries (threshold ${last.threshold}) it finds ${recall(last)},`,
    `and ${target(last)}.`,
  ].join('\n');
}

/** Table (c2): screening accuracy on A and B, documents on the list, for each list size. */
export function screeningByListSize(o: ListSizeOptions): string[] {
  const rows = o.sizes.map((size) => runSize(size, o));
  // A threshold at the bottom of the grid says the budget did not bind there, not that it was met just so.
  const lowest = Math.min(...THRESHOLDS);
  const atFloor = rows.filter((r) => r.threshold === lowest).map((r) => en(r.size));
  const floorNote =
    atFloor.length === 0
      ? []
      : [
          `At ${joinWithAnd(atFloor)} entries even the lowest threshold tried, ${lowest}, alerted at most ${pct(o.budget)} of others on validation.`,
        ];
  return [
    '### (c2) Screening accuracy by the size of the list',
    '',
    `Scenarios as in table (c), with documents on the list, at ${joinWithAnd(o.sizes.map(en))} entries. For each`,
    `size the threshold is the lowest that alerted at most ${pct(o.budget)} of others on a validation scenario`,
    'of population A (seed 1000) of that size. The last column is the fewest others alerted at any of the',
    `thresholds listed under table (c) that finds at least ${pct(RECALL_TARGET)} of listed people.`,
    ...floorNote,
    '',
    `| entries | population | threshold | recall | others alerted | fewest others alerted at ≥ ${pct(RECALL_TARGET)} recall |`,
    '| --- | --- | --- | --- | --- | --- |',
    ...rows.flatMap((row) => [tableRow(row, 'A'), tableRow(row, 'B')]),
    '',
    summary(rows),
    '',
  ];
}
