// Small-cell suppression of every figure that leaves Paso: counts of 1 to 4 people are withheld
// (primary), and then enough other figures (secondary) that no withheld one can be worked out by
// subtracting published figures from a published total, nor by combining several such sums, nor
// pinned down by the bounds the marks give (a `<5` is 1–4, an `x` 5 or more). Zero is published as 0.

import { type Bounds, boundsAudit, type LinearSolver } from './bounds-audit';
import { combinationFor, workedOut } from './linear-audit';
import { showAgain } from './show-again';

/** A figure as published: the number, `small` (1–4 people, shown "<5") or `withheld` (shown "x"). */
export type Published = number | 'small' | 'withheld';

/** One additive relation a reader can see: the members add up to the total. */
export interface Line {
  readonly total: string;
  readonly members: readonly string[];
}

export const SMALL_CELL_LIMIT = 5;

const isSmall = (n: number) => n > 0 && n < SMALL_CELL_LIMIT;
const NONE: ReadonlyMap<string, number> = new Map();
// How many figures a bounds round tries beside one pinned down before it leaves it (see `suppress`).
const TRIES = 12;

/**
 * Decides what is published of each figure. `values` holds every figure by key (a figure two
 * tables share has one key); `lines` every sum a reader can check. Absent keys count as 0.
 * `keep`: how long a figure is kept, by rank (absent: 0). A line withholds its members of the lowest
 * rank first, the smallest of them first; its total after members of its own rank and before those
 * of a higher one. So a figure of rank 1 goes only when neither its line's other members nor its
 * total can, unless the total ranks higher still.
 */
export function suppress(
  values: ReadonlyMap<string, number>,
  lines: readonly Line[],
  keep: ReadonlyMap<string, number> = NONE,
  /** Where given, the bounds rounds run too (see below): what every published product passes. */
  solver?: LinearSolver,
  /**
   * Figures in the sums that no product prints. Where given (with `solver`), a last round shows
   * again every `x` a reader of the printed figures can do nothing with (show-again.ts).
   */
  unprinted?: ReadonlySet<string>,
): ReadonlyMap<string, Published> {
  const countOf = (key: string) => values.get(key) ?? 0;
  const hidden = new Set<string>();
  for (const [key, n] of values) if (isSmall(n)) hidden.add(key);
  // A line with exactly one hidden figure gives it away by subtraction: hide one more in it, by
  // `keep`'s ranks (a page keeps the figures it leads with and gives up their sum first), one that
  // also covers another line with one hidden figure rather than one that leaves another line with
  // one, and the smallest positive figure (least information lost). A line is looked at
  // again whenever one of its figures is hidden, until none has exactly one; each hiding hides a figure
  // not hidden before, so this ends. Only positive figures are ever hidden: a line whose one hidden
  // figure is its total has a positive member, since the total is the sum of the members.
  const linesOf = new Map<string, number[]>();
  lines.forEach((line, i) => {
    for (const k of [...line.members, line.total]) {
      const of = linesOf.get(k);
      if (of === undefined) linesOf.set(k, [i]);
      else if (of.at(-1) !== i) of.push(i);
    }
  });
  // How many figures of each line are hidden, kept as figures are hidden and given back.
  const counts = lines.map((line) => hiddenIn(line, hidden));
  const hide = (key: string, by: 1 | -1) => {
    if (by === 1) hidden.add(key);
    else hidden.delete(key);
    for (const j of linesOf.get(key) ?? []) {
      const line = lines[j];
      if (line !== undefined) counts[j] = hiddenIn(line, hidden);
    }
  };
  // What hiding a figure does to its other lines: each with one hidden figure is covered by it (+1),
  // each with none would give it away and need one more (-1).
  const coverOf = (key: string, line: number) => {
    let cover = 0;
    for (const j of linesOf.get(key) ?? []) {
      if (j === line) continue;
      const c = counts[j] ?? 0;
      if (c === 1) cover += 1;
      else if (c === 0) cover -= 1;
    }
    return cover;
  };
  // A figure as a candidate to withhold: `lift` raises its rank (a line's total goes after the
  // members of its rank).
  const candidate = (key: string, lift: number): Candidate => {
    const c = coverOf(key, -1);
    return { key, rank: (keep.get(key) ?? 0) + lift, side: Math.sign(c), n: countOf(key), cover: c };
  };
  const settle = (start: readonly number[]) => {
    const queue = [...start];
    const queued = new Set(queue);
    for (let head = 0; head < queue.length; head += 1) {
      const i = queue[head] ?? 0;
      queued.delete(i);
      const line = lines[i];
      if (line === undefined || counts[i] !== 1) continue;
      const next = nextToHide(line, hidden, countOf, keep, (key) => coverOf(key, i))?.key;
      // Lines whose members do not add up to their total could offer only what is hidden already.
      if (next === undefined || hidden.has(next)) continue;
      hide(next, 1);
      for (const j of linesOf.get(next) ?? []) {
        if (queued.has(j)) continue;
        queued.add(j);
        queue.push(j);
      }
    }
  };
  settle(lines.map((_, i) => i));
  // Give back what the choices above no longer need: a figure withheld as a complement is shown again
  // when every line it is in keeps none or two or more withheld without it. Figures a page keeps
  // longest are looked at first, then the largest.
  const giveBack = (stillSafe: () => boolean) => {
    const given = [...hidden]
      .filter((k) => !isSmall(countOf(k)))
      .sort((a, b) => (keep.get(b) ?? 0) - (keep.get(a) ?? 0) || countOf(b) - countOf(a) || (a < b ? -1 : 1));
    for (const key of given) {
      if (!(linesOf.get(key) ?? []).every((i) => (counts[i] ?? 0) - 1 !== 1)) continue;
      hide(key, -1);
      if (!stillSafe()) hide(key, 1);
    }
  };
  giveBack(() => true);
  // No line has one withheld figure now, but a reader who combines several lines at once (adds two
  // and subtracts a third) may still single one out. Where that is a count of 1 to 4, one more figure
  // is withheld, one that the combination holds (a figure its lines do not cancel out), the one a line
  // would give up first; then the lines are settled again. Each round withholds a figure not withheld
  // before, so this ends. (A complement worked out that way is a figure of 5 or more: publishable,
  // and no help in working out a small one, or the small one would be found here.)
  let combined = false;
  for (;;) {
    const [exposed] = [...workedOut(lines, hidden)].filter((k) => isSmall(countOf(k))).sort();
    const combination = exposed === undefined ? undefined : combinationFor(lines, hidden, exposed);
    if (combination === undefined) break;
    const { modulus, by } = combination;
    const held = new Map<string, number>();
    const totals = new Set<string>();
    for (const [i, l] of by) {
      const line = lines[i];
      if (line === undefined) continue;
      for (const m of line.members) held.set(m, ((held.get(m) ?? 0) + l) % modulus);
      held.set(line.total, ((held.get(line.total) ?? 0) + modulus - l) % modulus);
      totals.add(line.total);
    }
    let best: Candidate | undefined;
    for (const [key, coefficient] of held) {
      if (coefficient === 0 || hidden.has(key) || countOf(key) <= 0) continue;
      const next = candidate(key, totals.has(key) ? 0.5 : 0);
      if (best === undefined || before(next, best) < 0) best = next;
    }
    if (best === undefined) break;
    hide(best.key, 1);
    settle(linesOf.get(best.key) ?? []);
    combined = true;
  }
  // What the rounds above withheld may leave an earlier complement unneeded: given back where no
  // line is left with one withheld figure and no combination singles out a small one.
  const noSmallWorkedOut = () => ![...workedOut(lines, hidden)].some((k) => isSmall(countOf(k)));
  if (combined) giveBack(noSmallWorkedOut);
  // A reader also knows that a `<5` is 1 to 4 and an `x` at least 5, and may solve linear programs
  // over every sum at once: a sum whose withheld figures are one `<5` and one `x` adding up to 6
  // gives both away. Where bounds pin a small figure down, one more figure is withheld near it (see
  // `roomsFor`), then the lines are settled again, until none is pinned down. Withholding more only
  // widens what a reader can tell, so the rounds above need not run again. The figures a page leads
  // with (ranked in `keep`: the day's entries, exits, refused and held) are not given up for this:
  // where only they could free a small figure, it stays pinned down (docs/reports.md says when).
  if (solver !== undefined) {
    const free = new Set<string>();
    const boundsOf = (key: string): Bounds =>
      isSmall(countOf(key))
        ? { low: 1, high: SMALL_CELL_LIMIT - 1 }
        : { low: SMALL_CELL_LIMIT, high: Number.POSITIVE_INFINITY };
    const smallKey = (key: string) => isSmall(countOf(key));
    // Figures the marks alone give away (pinned down even with every other figure withheld):
    // withholding more cannot help them, so they are not looked at again (counted as free).
    // docs/reports.md says where this happens. Each figure found pinned is asked this once.
    const positive = new Set([...keysOf(values, lines)].filter((k) => countOf(k) > 0));
    const asked = new Set<string>();
    for (;;) {
      const exposed = boundsAudit(lines, hidden, countOf, smallKey, boundsOf, solver, free);
      const fresh = exposed.filter((k) => !asked.has(k));
      if (fresh.length > 0) {
        for (const k of fresh) asked.add(k);
        const others = new Set([...positive].filter((k) => smallKey(k) && !fresh.includes(k)));
        for (const k of boundsAudit(lines, positive, countOf, smallKey, boundsOf, solver, others))
          free.add(k);
      }
      // One figure more for each figure pinned down, but for one that shares a line with a figure
      // this round already withholds (that one may be enough): fewer rounds of programs. A figure
      // whose withholding would make the lines give up a figure the page leads with is passed over
      // for the next (at most TRIES of them).
      const touched = new Set<number>();
      let withheld = 0;
      for (const k of exposed) {
        if (free.has(k) || (linesOf.get(k) ?? []).some((i) => touched.has(i))) continue;
        let tries = 0;
        for (const room of roomsFor(k, lines, linesOf, hidden, candidate, keep)) {
          if (tries++ >= TRIES) break;
          const snapshot = { hidden: new Set(hidden), counts: [...counts] };
          hide(room.key, 1);
          settle(linesOf.get(room.key) ?? []);
          if ([...keep.keys()].some((h) => hidden.has(h) && !snapshot.hidden.has(h))) {
            hidden.clear();
            for (const h of snapshot.hidden) hidden.add(h);
            counts.splice(0, counts.length, ...snapshot.counts);
            continue;
          }
          withheld += 1;
          for (const i of linesOf.get(room.key) ?? []) touched.add(i);
          break;
        }
      }
      if (withheld === 0) break;
    }
    if (unprinted !== undefined) showAgain(lines, hidden, countOf, keep, unprinted, solver, SMALL_CELL_LIMIT);
  }
  const out = new Map<string, Published>();
  for (const key of keysOf(values, lines)) {
    const n = countOf(key);
    out.set(key, hidden.has(key) ? (isSmall(n) ? 'small' : 'withheld') : n);
  }
  return out;
}

/**
 * What is published of each figure, as `suppress` decides, where a line's total that `values` lacks
 * is first worked out as the sum of its members (lines in order: a total may be a later line's member).
 * Gives the published figure of a key, 0 for a key no figure or line has.
 */
export function publishFigures(
  values: ReadonlyMap<string, number>,
  lines: readonly Line[],
  keep: ReadonlyMap<string, number> = NONE,
  solver?: LinearSolver,
  unprinted?: ReadonlySet<string>,
): (key: string) => Published {
  const published = publishedFigures(values, lines, keep, solver, unprinted);
  return (key) => published.get(key) ?? 0;
}

/** What publishFigures publishes, as a map: every figure of `values` and every line's total. */
export function publishedFigures(
  values: ReadonlyMap<string, number>,
  lines: readonly Line[],
  keep: ReadonlyMap<string, number> = NONE,
  solver?: LinearSolver,
  unprinted?: ReadonlySet<string>,
): ReadonlyMap<string, Published> {
  const all = new Map(values);
  for (const line of lines) {
    if (all.has(line.total)) continue;
    const sum = line.members.reduce((s, m) => s + (all.get(m) ?? 0), 0);
    if (sum !== 0) all.set(line.total, sum);
  }
  return suppress(all, lines, keep, solver, unprinted);
}

function hiddenIn(line: Line, hidden: ReadonlySet<string>): number {
  let n = hidden.has(line.total) ? 1 : 0;
  for (const k of line.members) if (hidden.has(k)) n += 1;
  return n;
}

interface Candidate {
  readonly key: string;
  readonly rank: number;
  readonly side: number;
  readonly n: number;
  readonly cover: number;
}

/**
 * Which of two figures a line gives up first: by `keep`'s ranks (see `suppress`); then one that
 * covers more of its other lines than it opens (`cover` above 0), before one that changes nothing,
 * before one that opens more; then the smallest; then the one that covers most.
 */
const before = (a: Candidate, b: Candidate): number =>
  a.rank - b.rank || b.side - a.side || a.n - b.n || b.cover - a.cover || (a.key < b.key ? -1 : 1);

/** The figure a line with one withheld figure gives up next (see `before`). */
function nextToHide(
  line: Line,
  hidden: ReadonlySet<string>,
  countOf: (key: string) => number,
  keep: ReadonlyMap<string, number>,
  cover: (key: string) => number,
): Candidate | undefined {
  let best: Candidate | undefined;
  for (const key of [...line.members, line.total]) {
    const n = countOf(key);
    if (hidden.has(key) || n <= 0) continue;
    const c = cover(key);
    // Members rank as their rank, the total half a rank above its own: it goes after members of its rank.
    const rank = (keep.get(key) ?? 0) + (key === line.total ? 0.5 : 0);
    const next = { key, rank, side: Math.sign(c), n, cover: c };
    if (best === undefined || before(next, best) < 0) best = next;
  }
  return best;
}

function keysOf(values: ReadonlyMap<string, number>, lines: readonly Line[]): Set<string> {
  const keys = new Set(values.keys());
  for (const line of lines) {
    keys.add(line.total);
    for (const m of line.members) keys.add(m);
  }
  return keys;
}

/** A table's figures by key: its cells, and the totals it publishes (each optional). */
export interface Grid {
  readonly cells: readonly (readonly string[])[];
  readonly rowTotals?: readonly string[] | undefined;
  readonly colTotals?: readonly string[] | undefined;
  readonly grand?: string | undefined;
}

/** The sums a reader can check in a table: each row and column with its total, and the margins. */
export function gridLines(grid: Grid): Line[] {
  const lines: Line[] = [];
  const { cells, rowTotals, colTotals, grand } = grid;
  const width = Math.max(0, ...cells.map((r) => r.length));
  if (rowTotals) {
    cells.forEach((row, i) => {
      lines.push({ members: row, total: rowTotals[i] ?? '' });
    });
  }
  if (colTotals) {
    for (let j = 0; j < width; j += 1) {
      lines.push({
        members: cells.flatMap((r) => {
          const cell = r[j];
          return cell === undefined ? [] : [cell];
        }),
        total: colTotals[j] ?? '',
      });
    }
  }
  if (grand !== undefined) {
    if (rowTotals) lines.push({ members: rowTotals, total: grand });
    if (colTotals) lines.push({ members: colTotals, total: grand });
    if (!rowTotals && !colTotals) lines.push({ members: cells.flat(), total: grand });
  }
  return lines.filter((l) => l.total !== '');
}

/**
 * The figures to withhold beside a small one that bounds pin down, best first: those in a line that
 * holds it, then those in a line that holds a withheld figure of such a line, and so on outwards;
 * within each ring by rank, then one above 5 before one of 5 (an `x` of 5 leaves a reader no room: it
 * is at least 5), then as a line gives figures up (`before`). Not the figures a page leads with.
 */
function* roomsFor(
  exposed: string,
  lines: readonly Line[],
  linesOf: ReadonlyMap<string, readonly number[]>,
  hidden: ReadonlySet<string>,
  candidate: (key: string, lift: number) => Candidate,
  keep: ReadonlyMap<string, number>,
): Generator<Candidate> {
  const tight = (c: Candidate) => (c.n > SMALL_CELL_LIMIT ? 0 : 1);
  const seen = new Set([exposed]);
  const looked = new Set<number>();
  for (let ring = [exposed]; ring.length > 0; ) {
    const found: Candidate[] = [];
    const next: string[] = [];
    for (const figure of ring) {
      for (const i of linesOf.get(figure) ?? []) {
        const line = lines[i];
        if (line === undefined || looked.has(i)) continue;
        looked.add(i);
        for (const key of [...line.members, line.total]) {
          if (seen.has(key)) continue;
          seen.add(key);
          if (hidden.has(key)) next.push(key);
          else if ((keep.get(key) ?? 0) === 0) {
            const it = candidate(key, key === line.total ? 0.5 : 0);
            if (it.n > 0) found.push(it);
          }
        }
      }
    }
    yield* found.sort((a, b) => a.rank - b.rank || tight(a) - tight(b) || before(a, b));
    ring = next;
  }
}
