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
import { equationsOf, groupsOf } from './equations';
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

/** How far from a whole number a solver's value may lie and still count as it. */
export const TOLERANCE = 1e-6;

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
  options: {
    /** Told every point a program answers: the group's figures, and their values there. */
    readonly seen?: (keys: readonly string[], point: ArrayLike<number>) => void;
    /** Stop at the first figure pinned down: whether any is, not which. */
    readonly first?: boolean;
  } = {},
): string[] {
  const pinned: string[] = [];
  const system = equationsOf(lines, hidden);
  const keyOf = (u: number) => system.keys[u] ?? '';
  for (const group of groupsOf(system)) {
    const keys = group.unknowns.map(keyOf);
    const open = keys.filter((k) => isSmall(k) && !free.has(k));
    if (open.length === 0) continue;
    // The program's variables are the group's figures, numbered anew from 0.
    const index = new Map(keys.map((k, i) => [k, i]));
    const program = solver({
      lower: keys.map((k) => bounds(k).low),
      upper: keys.map((k) => bounds(k).high),
      rows: group.rows.map((e) => ({
        terms: [...e].map(([u, c]) => [index.get(keyOf(u)) ?? 0, c] as const),
        sum: [...e].reduce((sum, [u, c]) => sum + c * countOf(keyOf(u)), 0),
      })),
    });
    try {
      const left = new Set(open);
      const freeBy = (point: ArrayLike<number> | undefined) => {
        let freed = 0;
        if (point === undefined) return freed;
        options.seen?.(keys, point);
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
        const costs = new Array<number>(keys.length).fill(0);
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
        const costs = new Array<number>(keys.length).fill(0);
        costs[index.get(k) ?? 0] = 1;
        for (const sense of ['maximize', 'minimize'] as const) {
          if (left.has(k)) freeBy(program.optimum(costs, sense));
        }
        if (left.has(k)) pinned.push(k);
        if (options.first && pinned.length > 0) break;
      }
    } finally {
      program.dispose();
    }
    if (options.first && pinned.length > 0) break;
  }
  return pinned.sort();
}
