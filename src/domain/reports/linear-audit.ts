// Which withheld figures a reader works out exactly by combining published sums: adding and
// subtracting whole lines, several at once, not only one line with one unknown. A withheld figure is
// worked out exactly when some combination of the lines leaves it alone: when its unit vector lies in
// the row space of the lines' coefficients on the withheld figures. Found by Gauss–Jordan elimination,
// per group of withheld figures that share lines, modulo two primes: a figure counts as worked out
// when either field says so, so a rank lost to one prime (it divides a minor) hides nothing.
import type { Line } from './suppression';

// Below 2^26: the product of two residues stays an exact double.
const PRIMES = [67_108_859, 67_108_837];

function power(base: number, exp: number, p: number): number {
  let result = 1;
  let b = base % p;
  let e = exp;
  while (e > 0) {
    if (e % 2 === 1) result = (result * b) % p;
    b = (b * b) % p;
    e = Math.floor(e / 2);
  }
  return result;
}

/**
 * Each line's coefficients on the withheld figures (members +1, total −1), once each: without empty
 * lines, and without a line whose coefficients another line has already (the same sum shown by two
 * products, or by a checkpoint and all of them) — it adds nothing to what can be worked out.
 */
function equationsOf(lines: readonly Line[], hidden: ReadonlySet<string>, index: Map<string, number>) {
  const equations: Equation[] = [];
  const seen = new Set<string>();
  const indexOf = (key: string) => {
    let i = index.get(key);
    if (i === undefined) {
      i = index.size;
      index.set(key, i);
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
  return equations;
}

type Equation = Map<number, number> & { line: number };

/** Groups of figures that share an equation, each with its equations. */
function components(equations: readonly Equation[], size: number) {
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
  for (const row of equations) {
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
  for (const row of equations) {
    const first = row.keys().next().value;
    if (first !== undefined) groupOf(find(first)).rows.push(row);
  }
  return [...groups.values()];
}

/**
 * Gauss–Jordan elimination of the rows in the field of integers modulo p, on sparse rows (a line
 * holds a few withheld figures). Answers the unknowns the rows fix alone, each with the combination
 * of the rows that does (a coefficient by line), when `track`.
 */
function fixedModulo(rows: readonly Equation[], unknowns: readonly number[], p: number, track = false) {
  // Columns past the unknowns' own (each unknown's id) stand for the rows combined: id + row.
  const offset = unknowns.reduce((m, u) => Math.max(m, u), 0) + 1;
  const matrix = rows.map((row, r) => {
    const sparse = new Map<number, number>();
    for (const [u, c] of row) sparse.set(u, ((c % p) + p) % p);
    if (track) sparse.set(offset + r, 1);
    return sparse;
  });
  const pivotOf = new Map<number, Map<number, number>>();
  const free = new Set(matrix);
  for (const u of unknowns) {
    let pivot: Map<number, number> | undefined;
    for (const row of free) {
      if (row.has(u)) {
        pivot = row;
        break;
      }
    }
    if (pivot === undefined) continue;
    free.delete(pivot);
    const inverse = power(pivot.get(u) ?? 1, p - 2, p);
    for (const [c, v] of pivot) pivot.set(c, (v * inverse) % p);
    for (const row of matrix) {
      const factor = row === pivot ? 0 : (row.get(u) ?? 0);
      if (factor === 0) continue;
      for (const [c, v] of pivot) {
        const next = ((row.get(c) ?? 0) - ((factor * v) % p) + p) % p;
        if (next === 0) row.delete(c);
        else row.set(c, next);
      }
    }
    pivotOf.set(u, pivot);
  }
  const fixed = new Map<number, Map<number, number>>();
  for (const [u, pivot] of pivotOf) {
    let alone = true;
    for (const c of pivot.keys()) if (c !== u && c < offset) alone = false;
    if (!alone) continue;
    const combination = new Map<number, number>();
    for (const [c, v] of pivot) {
      if (c < offset) continue;
      const line = rows[c - offset]?.line ?? -1;
      combination.set(line, ((combination.get(line) ?? 0) + v) % p);
    }
    fixed.set(u, combination);
  }
  return fixed;
}

/**
 * A combination of the lines that leaves `key` alone: a coefficient by line, in the integers modulo
 * `modulus`; undefined when none does.
 */
export function combinationFor(
  lines: readonly Line[],
  hidden: ReadonlySet<string>,
  key: string,
): { readonly modulus: number; readonly by: ReadonlyMap<number, number> } | undefined {
  const index = new Map<string, number>();
  const equations = equationsOf(lines, hidden, index);
  const u = index.get(key);
  if (u === undefined) return undefined;
  const group = components(equations, index.size).find((g) => g.unknowns.includes(u));
  if (group === undefined) return undefined;
  for (const modulus of PRIMES) {
    const by = fixedModulo(group.rows, group.unknowns, modulus, true).get(u);
    if (by !== undefined) return { modulus, by };
  }
  return undefined;
}

/** The withheld figures that some combination of the lines gives away exactly. */
export function workedOut(lines: readonly Line[], hidden: ReadonlySet<string>): Set<string> {
  const index = new Map<string, number>();
  const equations = equationsOf(lines, hidden, index);
  const keys = [...index.keys()];
  const out = new Set<string>();
  for (const group of components(equations, index.size)) {
    for (const p of PRIMES) {
      for (const u of fixedModulo(group.rows, group.unknowns, p).keys()) out.add(keys[u] ?? '');
    }
  }
  return out;
}
