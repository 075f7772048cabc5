// The sums a reader has on withheld figures: each published line read as an equation on the figures
// it withholds, and the groups of figures that share equations. Both audits read them: the linear one
// (linear-audit.ts: which figures a combination of sums leaves alone) and the bounds one
// (bounds-audit.ts: which small figures the sums and the marks' bounds pin down).
import type { Line } from './suppression';

/** A line's coefficients on the withheld figures, by the figure's number, and the line it comes from. */
export type Equation = Map<number, number> & { line: number };

export interface EquationSystem {
  /** The withheld figures the lines hold, numbered in the order the lines first name them. */
  readonly keys: readonly string[];
  readonly index: ReadonlyMap<string, number>;
  readonly equations: readonly Equation[];
}

/**
 * Each line's coefficients on the withheld figures (members +1, total −1), once each: without empty
 * lines, and without a line whose coefficients another line has already (the same sum shown by two
 * products, or by a checkpoint and all of them) — it adds nothing to what a reader can work out.
 */
export function equationsOf(lines: readonly Line[], hidden: ReadonlySet<string>): EquationSystem {
  const index = new Map<string, number>();
  const keys: string[] = [];
  const equations: Equation[] = [];
  const seen = new Set<string>();
  const indexOf = (key: string) => {
    let i = index.get(key);
    if (i === undefined) {
      i = keys.length;
      index.set(key, i);
      keys.push(key);
    }
    return i;
  };
  lines.forEach((line, at) => {
    const row: Equation = new Map<number, number>() as Equation;
    row.line = at;
    const add = (key: string, by: number) => {
      if (!hidden.has(key)) return;
      const i = indexOf(key);
      row.set(i, (row.get(i) ?? 0) + by);
    };
    for (const m of line.members) add(m, 1);
    add(line.total, -1);
    for (const [i, c] of row) if (c === 0) row.delete(i);
    if (row.size === 0) return;
    const shape = [...row].sort((a, b) => a[0] - b[0]).join(';');
    if (seen.has(shape)) return;
    seen.add(shape);
    equations.push(row);
  });
  return { keys, index, equations };
}

/** Groups of figures that share an equation, each with its figures (by number) and its equations. */
export function groupsOf(system: EquationSystem): { unknowns: number[]; rows: Equation[] }[] {
  const size = system.keys.length;
  const parent = Array.from({ length: size }, (_, i) => i);
  const find = (i: number): number => {
    let r = i;
    while (parent[r] !== r) r = parent[r] ?? r;
    let j = i;
    while (parent[j] !== r) {
      const next = parent[j] ?? r;
      parent[j] = r;
      j = next;
    }
    return r;
  };
  for (const row of system.equations) {
    const [first, ...rest] = [...row.keys()];
    if (first === undefined) continue;
    for (const i of rest) parent[find(i)] = find(first);
  }
  const groups = new Map<number, { unknowns: number[]; rows: Equation[] }>();
  const groupOf = (root: number) => {
    let g = groups.get(root);
    if (g === undefined) {
      g = { unknowns: [], rows: [] };
      groups.set(root, g);
    }
    return g;
  };
  for (let i = 0; i < size; i += 1) groupOf(find(i)).unknowns.push(i);
  for (const row of system.equations) {
    const first = row.keys().next().value;
    if (first !== undefined) groupOf(find(first)).rows.push(row);
  }
  return [...groups.values()];
}
