// Which small withheld figures a reader pins down with bounds. A published `<5` is known to be 1 to
// 4, an `x` (a figure withheld beside it) at least 5, since a smaller one would say `<5`, and no
// figure is below 0. A sum whose withheld figures add up to 6, one `<5` and one `x`, gives both
// away (1 and 5), though no sum has one withheld figure and no combination of sums leaves one
// alone. A reader who solves linear programs finds the least and the most each figure can be over
// every sum at once; a `<5` whose least and most leave one whole number is known exactly.
//
// The audit asks a solver (the server's is HiGHS, src/server/reports/linear-solver.ts): per group
// of withheld figures that share sums, the true figures are one solution; a small figure is free
// once some solution puts it at least 1 away from its true value. A few programs that push many
// small figures at once free most of them; each one left gets its own two (its least and most).
import type { Line } from './suppression';

/** What a reader knows of a withheld figure before reading any sum. */
export interface Bounds {
  readonly low: number;
  readonly high: number;
}

/** A linear program's constraints: bounds on each variable, and equations between them. */
export interface LinearModel {
  readonly lower: readonly number[];
  /** Infinity where a variable has no upper bound. */
  readonly upper: readonly number[];
  /** Each equation: its variables by index with their coefficients, and what they add up to. */
  readonly rows: readonly { readonly terms: readonly (readonly [number, number])[]; readonly sum: number }[];
}

/**
 * A model loaded into a solver: each call sets the objective and answers an optimal point, or
 * undefined where the solver could not finish (the audit then frees nothing by it: the figures it
 * would have freed count as pinned down, and more is withheld rather than less).
 */
export interface LinearProgram {
  optimum(costs: readonly number[], sense: 'minimize' | 'maximize'): ArrayLike<number> | undefined;
  dispose(): void;
}

export type LinearSolver = (model: LinearModel) => LinearProgram;

const TOLERANCE = 1e-6;

interface Equation {
  readonly keys: readonly string[];
  readonly coefficients: readonly number[];
  readonly sum: number;
}

function equationsOf(
  lines: readonly Line[],
  hidden: ReadonlySet<string>,
  countOf: (key: string) => number,
): Equation[] {
  const out: Equation[] = [];
  const seen = new Set<string>();
  for (const line of lines) {
    const by = new Map<string, number>();
    const add = (key: string, c: number) => {
      if (hidden.has(key)) by.set(key, (by.get(key) ?? 0) + c);
    };
    for (const m of line.members) add(m, 1);
    add(line.total, -1);
    const terms = [...by].filter(([, c]) => c !== 0).sort((a, b) => (a[0] < b[0] ? -1 : 1));
    if (terms.length === 0) continue;
    const shape = terms.map(([k, c]) => `${c} ${k}`).join('\n');
    if (seen.has(shape)) continue;
    seen.add(shape);
    out.push({
      keys: terms.map(([k]) => k),
      coefficients: terms.map(([, c]) => c),
      sum: terms.reduce((s, [k, c]) => s + c * countOf(k), 0),
    });
  }
  return out;
}

/** Groups of withheld figures that share equations, each with its equations. */
function groupsOf(equations: readonly Equation[]) {
  const parent = new Map<string, string>();
  const find = (k: string): string => {
    let r = k;
    for (let p = parent.get(r); p !== undefined && p !== r; p = parent.get(r)) r = p;
    parent.set(k, r);
    return r;
  };
  for (const e of equations) {
    for (const k of e.keys) if (!parent.has(k)) parent.set(k, k);
    const [first, ...rest] = e.keys;
    if (first !== undefined) for (const k of rest) parent.set(find(k), find(first));
  }
  const groups = new Map<string, { keys: string[]; equations: Equation[] }>();
  for (const k of parent.keys()) {
    const root = find(k);
    const g = groups.get(root) ?? { keys: [], equations: [] };
    g.keys.push(k);
    groups.set(root, g);
  }
  for (const e of equations) groups.get(find(e.keys[0] ?? ''))?.equations.push(e);
  return [...groups.values()];
}

/**
 * The small withheld figures (`isSmall`) a reader pins down: whose least and most over every sum,
 * with `bounds`, leave only their true value. `free` holds figures known not to be pinned; it grows
 * here, and stays true while more figures are withheld (a solution stays one), so a caller that only
 * withholds more between calls passes the same set.
 */
export function boundsAudit(
  lines: readonly Line[],
  hidden: ReadonlySet<string>,
  countOf: (key: string) => number,
  isSmall: (key: string) => boolean,
  bounds: (key: string) => Bounds,
  solver: LinearSolver,
  free: Set<string>,
): string[] {
  const pinned: string[] = [];
  for (const group of groupsOf(equationsOf(lines, hidden, countOf))) {
    const open = group.keys.filter((k) => isSmall(k) && !free.has(k));
    if (open.length === 0) continue;
    const index = new Map(group.keys.map((k, i) => [k, i]));
    const program = solver({
      lower: group.keys.map((k) => bounds(k).low),
      upper: group.keys.map((k) => bounds(k).high),
      rows: group.equations.map((e) => ({
        terms: e.keys.map((k, j) => [index.get(k) ?? 0, e.coefficients[j] ?? 0] as const),
        sum: e.sum,
      })),
    });
    try {
      const left = new Set(open);
      const freeBy = (point: ArrayLike<number> | undefined) => {
        let freed = 0;
        if (point === undefined) return freed;
        for (const k of left) {
          if (Math.abs((point[index.get(k) ?? 0] ?? 0) - countOf(k)) < 1 - TOLERANCE) continue;
          left.delete(k);
          free.add(k);
          freed += 1;
        }
        return freed;
      };
      // Push every open small figure away from its true value at once, up where it can go up
      // (below its bound's top), else down; then the other way round; again while that frees any.
      for (let round = 0; left.size > 0; round += 1) {
        const costs = new Array<number>(group.keys.length).fill(0);
        for (const k of left) {
          const v = countOf(k);
          const up = round % 2 === 0 ? v < bounds(k).high : v <= bounds(k).low;
          costs[index.get(k) ?? 0] = up ? 1 : -1;
        }
        const freed = freeBy(program.optimum(costs, 'maximize'));
        if (freed === 0 && round % 2 === 1) break;
      }
      // Each figure left on its own: the most it can be, then the least.
      for (const k of [...left].sort()) {
        if (!left.has(k)) continue;
        const costs = new Array<number>(group.keys.length).fill(0);
        costs[index.get(k) ?? 0] = 1;
        for (const sense of ['maximize', 'minimize'] as const) {
          if (left.has(k)) freeBy(program.optimum(costs, sense));
        }
        if (left.has(k)) pinned.push(k);
      }
    } finally {
      program.dispose();
    }
  }
  return pinned.sort();
}
