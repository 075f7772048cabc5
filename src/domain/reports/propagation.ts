// A quick proof that a small figure is pinned down, before any linear program: bounds carried along
// the sums. Each sum bounds each of its figures by what the others can be (the figure is the sum less
// the others), and a narrower bound on one figure narrows the others' in turn. Every bound found this
// way holds for every solution, so a `<5` whose bounds leave less than 1 on either side of its true
// value is pinned down; one not found so may still be (the linear programs decide).
import { type Bounds, TOLERANCE } from './bounds-audit';
import { equationsOf } from './equations';
import type { Line } from './suppression';

/** Passes over the sums at the most: each narrows, and narrowing may go on by ever smaller steps. */
const PASSES = 20;

/** Whether carrying bounds along the sums pins down a figure that `among` says matters. */
export function pinnedAlong(
  lines: readonly Line[],
  unknown: ReadonlySet<string>,
  countOf: (key: string) => number,
  bounds: (key: string) => Bounds,
  among: (key: string) => boolean,
): boolean {
  const system = equationsOf(lines, unknown);
  const keys = system.keys;
  const low = keys.map((k) => bounds(k).low);
  const high = keys.map((k) => bounds(k).high);
  const rows = system.equations.map((e) => ({
    terms: [...e],
    sum: [...e].reduce((s, [u, c]) => s + c * countOf(keys[u] ?? ''), 0),
  }));
  for (let pass = 0; pass < PASSES; pass += 1) {
    let narrowed = false;
    for (const { terms, sum } of rows) {
      // The least and most the row's figures add up to, and how many of them have no finite bound.
      let least = 0;
      let most = 0;
      for (const [u, c] of terms) {
        least += c > 0 ? c * (low[u] ?? 0) : c * (high[u] ?? 0);
        most += c > 0 ? c * (high[u] ?? 0) : c * (low[u] ?? 0);
      }
      for (const [u, c] of terms) {
        const own = [c * (low[u] ?? 0), c * (high[u] ?? 0)];
        const ownLeast = Math.min(own[0] ?? 0, own[1] ?? 0);
        const ownMost = Math.max(own[0] ?? 0, own[1] ?? 0);
        // The others add up to between (least − own least) and (most − own most); infinite parts
        // stay infinite, so an unbounded other leaves this side open.
        const othersLeast =
          ownLeast === Number.NEGATIVE_INFINITY ? lessOthers(terms, u, low, high, 'least') : least - ownLeast;
        const othersMost =
          ownMost === Number.POSITIVE_INFINITY ? lessOthers(terms, u, low, high, 'most') : most - ownMost;
        const a = (sum - othersMost) / c;
        const b = (sum - othersLeast) / c;
        const from = Math.min(a, b);
        const to = Math.max(a, b);
        if (from > (low[u] ?? 0) + TOLERANCE) {
          low[u] = from;
          narrowed = true;
        }
        if (to < (high[u] ?? 0) - TOLERANCE) {
          high[u] = to;
          narrowed = true;
        }
      }
    }
    if (!narrowed) break;
  }
  return keys.some((k, u) => {
    if (!among(k)) return false;
    const t = countOf(k);
    return (low[u] ?? 0) > t - 1 + TOLERANCE && (high[u] ?? 0) < t + 1 - TOLERANCE;
  });
}

/** The least or most of a row's figures but `u`, added up one by one (an infinite own bound hides them). */
function lessOthers(
  terms: readonly (readonly [number, number])[],
  u: number,
  low: readonly number[],
  high: readonly number[],
  end: 'least' | 'most',
): number {
  let total = 0;
  for (const [i, c] of terms) {
    if (i === u) continue;
    const lo = c * (low[i] ?? 0);
    const hi = c * (high[i] ?? 0);
    total += end === 'least' ? Math.min(lo, hi) : Math.max(lo, hi);
  }
  return total;
}
