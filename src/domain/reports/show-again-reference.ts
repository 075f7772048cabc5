// For tests: show-again.ts as first written, auditing the date again for each figure tried (an exact
// audit by elimination and a bounds audit by linear programs, over the sums around it). Slow, and
// plainly what the rule says: show-again.test.ts checks that the quick one decides every figure alike.
//
// The last round of small-cell suppression (suppression.ts): the figures withheld as `x` shown again
// where a partner, who reads only what the products print, can do nothing with them. The rounds
// before read every figure in the sums as printed unless withheld (the export's column totals and its
// figures of all checkpoints too, which nothing prints), protect each complement as they protect a
// small figure, so that a figure printed under several keys (a day's 11 exits as its exits, its hour,
// its nationality, its men…) is withheld under all of them, and never look back after the bounds
// rounds. Showing an `x` again only adds to what a reader knows, so each is checked against that
// reader: no figure of 1 to 4 worked out by combining sums, no `<5` pinned down that was not already.
import { type Bounds, boundsAudit, type LinearSolver } from './bounds-audit';
import { workedOut } from './linear-audit';
import { linesAround } from './show-again';
import type { Line } from './suppression';

/**
 * Shows again (takes out of `hidden`) each withheld figure of 5 or more but `unprinted` ones, the
 * figures a page leads with first (`keep`), then the largest, where a reader of the printed figures
 * (`unprinted` unknown to them, at least 0) then works out no figure of 1 to 4 by combining sums and
 * pins no `<5` down that was not pinned already; again while a pass shows any, so that no `x` is left
 * that a reader works out.
 */
export function showAgainReference(
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
  const unknown = () => new Set([...hidden, ...unprinted]);
  const boundsOf = (key: string): Bounds => {
    if (unprinted.has(key)) return { low: 0, high: Number.POSITIVE_INFINITY };
    return small(key) ? { low: 1, high: limit - 1 } : { low: limit, high: Number.POSITIVE_INFINITY };
  };
  const linesOf = new Map<string, Line[]>();
  for (const line of lines) {
    for (const k of [line.total, ...line.members]) linesOf.set(k, [...(linesOf.get(k) ?? []), line]);
  }
  const pinned = (within: readonly Line[]) =>
    boundsAudit(within, unknown(), countOf, small, boundsOf, solver, new Set());
  const before = new Set(pinned(lines));
  // Showing `key` tells a reader nothing of a figure that shares no sum with it, directly or through
  // other unknown figures: only the sums around it are read again.
  const safe = (key: string) => {
    const around = linesAround(key, linesOf, unknown());
    return ![...workedOut(around, unknown())].some(small) && pinned(around).every((k) => before.has(k));
  };
  const withheld = [...hidden]
    .filter((k) => !small(k) && !unprinted.has(k))
    .sort((a, b) => (keep.get(b) ?? 0) - (keep.get(a) ?? 0) || countOf(b) - countOf(a) || (a < b ? -1 : 1));
  for (let again = true; again; ) {
    again = false;
    for (const key of withheld) {
      if (!hidden.has(key)) continue;
      hidden.delete(key);
      if (safe(key)) again = true;
      else hidden.add(key);
    }
  }
}
