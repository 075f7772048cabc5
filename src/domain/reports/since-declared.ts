// The crossings since an emergency was declared are a sum over days: each day's entries (exits,
// refused, held) at the checkpoints the decree covers, from the declaration's first day to the date
// shown. Those days are published too, each by its own date's protection (the dashboard's days
// chart and the report's previous days show the last seven; each earlier date's page and report show
// the others, and yesterday's totals since the declaration). Published on their own, the totals gave
// a withheld day away by difference: 697 entries since the declaration beside 0 + 0 + 248 + 229 + 219
// on the days before said that today's "<5" was 1. So a total since the declaration is published as
// a function of what the days' protections publish: the exact sum where every day's figure is a
// number, else a mark that the days' own marks already imply. It then tells a reader nothing the
// days do not, whatever other pages or dates they hold beside it.
import { addDays, daysBetween } from '../shared';
import { figureKey } from './date-figures';
import type { ProtectedDate } from './date-protection';
import { type Published, SMALL_CELL_LIMIT } from './suppression';

/** The figures since a declaration, by the key each day's protection gives them. */
export const SINCE_KEYS = {
  entries: figureKey('crossed', { direction: 'entry' }),
  exits: figureKey('crossed', { direction: 'exit' }),
  total: figureKey('crossed'),
  refused: figureKey('refused'),
  held: figureKey('held'),
} as const;
export type SinceFigure = keyof typeof SINCE_KEYS;

/**
 * A sum published from its parts as published: their sum where every part is a number; otherwise
 * `withheld` where the parts' marks already say it is 5 or more (a `<5` is at least 1, an `x` at
 * least 5), and `small` where it is the one part withheld (a `<5`). Only where 2 to 4 parts are `<5`
 * and nothing else is withheld or above 0 does the mark depend on `n`, the true sum: `small` (1 to 4)
 * or `withheld` (5 or more); docs/reports.md says what that tells.
 */
export function publishedSum(parts: readonly Published[], n: number): Published {
  let exact = 0;
  let small = 0;
  let least = 0;
  for (const p of parts) {
    if (typeof p === 'number') {
      exact += p;
      least += p;
    } else if (p === 'small') {
      small += 1;
      least += 1;
    } else least += SMALL_CELL_LIMIT;
  }
  if (least === exact) return exact;
  if (least >= SMALL_CELL_LIMIT) return 'withheld';
  if (small === 1) return 'small';
  return n < SMALL_CELL_LIMIT ? 'small' : 'withheld';
}

/**
 * Each figure since `since` to `date` at `checkpoints`, from the days' protections (`days` by date,
 * every one of them: a date it lacks leaves each figure only its own mark) and the true totals (`totals`, only where the marks do
 * not decide: see publishedSum). A day whose every checkpoint with anything counted is covered is
 * read as all checkpoints publish it; otherwise checkpoint by checkpoint.
 */
export function sinceDeclaredFigures(
  days: ReadonlyMap<string, ProtectedDate>,
  since: string,
  date: string,
  checkpoints: readonly string[],
  totals: Readonly<Record<SinceFigure, number>>,
): Record<SinceFigure, Published> {
  const dates = Array.from({ length: Math.max(0, daysBetween(since, date) + 1) }, (_, i) =>
    addDays(since, i),
  );
  const out = {} as Record<SinceFigure, Published>;
  for (const figure of Object.keys(SINCE_KEYS) as SinceFigure[]) {
    const key = SINCE_KEYS[figure];
    const parts: Published[] = [];
    for (const d of dates) {
      const day = days.get(d);
      if (day === undefined) continue;
      if (day.checkpoints.every((c) => checkpoints.includes(c))) parts.push(day.figure(null, key));
      else for (const c of checkpoints) if (day.checkpoints.includes(c)) parts.push(day.figure(c, key));
    }
    // A day not protected (callers pass them all) leaves only the figure's own mark, never a number.
    const missing = dates.some((d) => !days.has(d));
    out[figure] = missing ? orMark(totals[figure]) : publishedSum(parts, totals[figure]);
  }
  return out;
}

const orMark = (n: number): Published => (n === 0 ? 0 : n < SMALL_CELL_LIMIT ? 'small' : 'withheld');
