// The last round of small-cell suppression (suppression.ts): the figures withheld as `x` shown again
// where a partner, who reads only what the products print, can do nothing with them. The rounds
// before read every figure in the sums as printed unless withheld (the export's column totals and its
// figures of all checkpoints too, which nothing prints), protect each complement as they protect a
// small figure, so that a figure printed under several keys (a day's 11 exits as its exits, its hour,
// its nationality, its men…) is withheld under all of them, and never look back after the bounds
// rounds. Showing an `x` again only adds to what a reader knows, so each is checked against that
// reader: no figure of 1 to 4 worked out by combining sums, no `<5` pinned down that was not already.
//
// Each figure tried is checked without auditing the date again. Worked out: the sums' normal forms
// (normal-forms.ts) answer at once. Pinned down: every point the linear programs found is kept (the
// true figures are one); a `<5` stays free once `k` is shown when a kept point has `k` at its true
// value and the `<5` at least 1 from its own. For the `<5` no kept point frees, bounds carried along
// the sums (propagation.ts) may prove one pinned down at once; else programs decide, with `k` known,
// stopping at the first `<5` pinned, and their points are kept in turn.
import { type Bounds, boundsAudit, type LinearSolver, TOLERANCE } from './bounds-audit';
import { normalForms } from './normal-forms';
import { pinnedAlong } from './propagation';
import type { Line } from './suppression';

/** A point the programs found: the values of a group's figures (any other at its true value). */
type Point = ReadonlyMap<string, number>;

/**
 * Shows again (takes out of `hidden`) each withheld figure of 5 or more but `unprinted` ones, the
 * figures a page leads with first (`keep`), then the largest, where a reader of the printed figures
 * (`unprinted` unknown to them, at least 0) then works out no figure of 1 to 4 by combining sums and
 * pins no `<5` down that was not pinned already; again while a pass shows any, so that no `x` is left
 * that a reader works out.
 */
export function showAgain(
  lines: readonly Line[],
  hidden: Set<string>,
  countOf: (key: string) => number,
  keep: ReadonlyMap<string, number>,
  unprinted: ReadonlySet<string>,
  solver: LinearSolver,
  /** The least figure shown as a number: below it, a figure above 0 is `<5`. */
  limit: number,
): void {
  const small = (key: string) => countOf(key) > 0 && countOf(key) < limit;
  const unknown = new Set([...hidden, ...unprinted]);
  const boundsOf = (key: string): Bounds => {
    if (unprinted.has(key)) return { low: 0, high: Number.POSITIVE_INFINITY };
    return small(key) ? { low: 1, high: limit - 1 } : { low: limit, high: Number.POSITIVE_INFINITY };
  };
  const linesOf = new Map<string, Line[]>();
  for (const line of lines) {
    for (const k of [line.total, ...line.members]) {
      const those = linesOf.get(k);
      if (those === undefined) linesOf.set(k, [line]);
      else those.push(line);
    }
  }
  // The kept points, by each figure they hold.
  const holding = new Map<string, Point[]>();
  const seen = (keys: readonly string[], values: ArrayLike<number>) => {
    const point: Point = new Map(keys.map((k, i) => [k, values[i] ?? 0]));
    for (const k of keys) {
      const those = holding.get(k);
      if (those === undefined) holding.set(k, [point]);
      else those.push(point);
    }
  };
  const away = (point: Point, key: string) => (point.get(key) ?? countOf(key)) - countOf(key);
  const atTruth = (point: Point, key: string) => Math.abs(away(point, key)) < TOLERANCE;
  // Whether a kept point has `key` at its true value and `s` at least 1 from its own.
  const freeWith = (s: string, key: string) =>
    (holding.get(s) ?? []).some((point) => atTruth(point, key) && Math.abs(away(point, s)) >= 1 - TOLERANCE);
  const before = new Set(boundsAudit(lines, unknown, countOf, small, boundsOf, solver, new Set(), { seen }));
  const forms = normalForms(lines, unknown);

  const safe = (key: string) => {
    if (forms.givesAway(key, small)) return false;
    // The `<5` around `key` not pinned already, and those of them no kept point leaves free.
    const free = new Set(forms.around(key).filter((k) => small(k) && !before.has(k)));
    const open = [...free].filter((k) => !freeWith(k, key));
    if (open.length === 0) return true;
    for (const k of open) free.delete(k);
    for (const k of before) free.add(k);
    unknown.delete(key);
    try {
      const within = linesAround(key, linesOf, unknown);
      if (pinnedAlong(within, unknown, countOf, boundsOf, (k) => small(k) && !before.has(k))) return false;
      return (
        boundsAudit(within, unknown, countOf, small, boundsOf, solver, free, { seen, first: true }).length ===
        0
      );
    } finally {
      unknown.add(key);
    }
  };
  const withheld = [...hidden]
    .filter((k) => !small(k) && !unprinted.has(k))
    .sort((a, b) => (keep.get(b) ?? 0) - (keep.get(a) ?? 0) || countOf(b) - countOf(a) || (a < b ? -1 : 1));
  for (let again = true; again; ) {
    again = false;
    for (const key of withheld) {
      if (!hidden.has(key) || !safe(key)) continue;
      hidden.delete(key);
      unknown.delete(key);
      forms.show(key);
      // A point stays one only where `key` is at its true value.
      for (const [k, points] of holding)
        holding.set(
          k,
          points.filter((point) => atTruth(point, key)),
        );
      again = true;
    }
  }
}

/** The sums that hold `key`, and those that hold a figure of `unknown` one of them holds, and so on. */
export function linesAround(
  key: string,
  linesOf: ReadonlyMap<string, readonly Line[]>,
  unknown: ReadonlySet<string>,
) {
  const around = new Set<Line>();
  const reached = new Set([key]);
  const next = [key];
  for (let k = next.pop(); k !== undefined; k = next.pop()) {
    for (const line of linesOf.get(k) ?? []) {
      if (around.has(line)) continue;
      around.add(line);
      for (const m of [line.total, ...line.members]) {
        if (unknown.has(m) && !reached.has(m)) {
          reached.add(m);
          next.push(m);
        }
      }
    }
  }
  return [...around];
}
