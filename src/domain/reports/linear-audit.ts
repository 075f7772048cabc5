// Which withheld figures a reader works out exactly by combining published sums: adding and
// subtracting whole lines, several at once, not only one line with one unknown. A withheld figure is
// worked out exactly when some combination of the lines leaves it alone: when its unit vector lies in
// the row space of the lines' coefficients on the withheld figures. Found by Gauss–Jordan elimination,
// per group of withheld figures that share lines, modulo two primes: a figure counts as worked out
// when either field says so, so a rank lost to one prime (it divides a minor) hides nothing.
import { type Equation, equationsOf, groupsOf } from './equations';
import type { Line } from './suppression';

// Below 2^26: the product of two residues stays an exact double.
export const PRIMES = [67_108_859, 67_108_837];

/** `base` to the power `exp`, modulo `p`; to the power p − 2, the inverse of `base`. */
export function power(base: number, exp: number, p: number): number {
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
 * Gauss–Jordan elimination of the rows in the field of integers modulo p, on sparse rows (a line
 * holds a few withheld figures), the unknowns taken as pivots in their order: each pivot's row, with
 * 1 on its pivot and nothing on any other pivot. With `track`, columns from `offset` on stand for
 * the rows combined (offset + the row's place).
 */
export function eliminate(rows: readonly Equation[], unknowns: readonly number[], p: number, track = false) {
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
  return { pivotOf, offset };
}

/**
 * The unknowns the rows fix alone (modulo p), each with the combination of the rows that does (a
 * coefficient by line), when `track`.
 */
function fixedModulo(rows: readonly Equation[], unknowns: readonly number[], p: number, track = false) {
  const { pivotOf, offset } = eliminate(rows, unknowns, p, track);
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
  const system = equationsOf(lines, hidden);
  const u = system.index.get(key);
  if (u === undefined) return undefined;
  const group = groupsOf(system).find((g) => g.unknowns.includes(u));
  if (group === undefined) return undefined;
  for (const modulus of PRIMES) {
    const by = fixedModulo(group.rows, group.unknowns, modulus, true).get(u);
    if (by !== undefined) return { modulus, by };
  }
  return undefined;
}

/** The withheld figures that some combination of the lines gives away exactly. */
export function workedOut(lines: readonly Line[], hidden: ReadonlySet<string>): Set<string> {
  const system = equationsOf(lines, hidden);
  const out = new Set<string>();
  for (const group of groupsOf(system)) {
    for (const p of PRIMES) {
      for (const u of fixedModulo(group.rows, group.unknowns, p).keys()) out.add(system.keys[u] ?? '');
    }
  }
  return out;
}
