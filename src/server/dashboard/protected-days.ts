// The partners' dashboard shows a date and the days before it, each as its one protection publishes
// it (src/domain/reports/date-protection.ts). Reading and protecting a busy day at one checkpoint
// takes a few tens of milliseconds, a sparse day at several up to about half a second (the bounds
// rounds' linear programs), and a dashboard is read again at every change of the figures, so each
// server keeps the days it protected: a day is read and protected again when its totals at any
// checkpoint have changed since, and at the latest a minute after (a correction that moves people
// from one nationality or age to another leaves the totals as they were). A day that ended two days
// or more before the server's date (UTC) is kept up to an hour: the totals since an emergency was
// declared are published from every day since (src/domain/reports/since-declared.ts), and protecting
// two months of days again every minute would hold the serving thread for seconds; corrections of
// such days are rare, and their totals changing still has them protected again at once.
import type { DateCounts, ProtectedDate } from '../../domain/reports';
import { protectDate } from '../../domain/reports';
import { addDays, daysBetween } from '../../domain/shared';
import { readFigures } from '../../store/crossings';
import { readDateCounts } from '../../store/dashboard';
import type { Executor } from '../../store/executor';
import { linearSolver } from '../reports/linear-solver';

/** How long a day's protection is kept at most, whatever its totals. */
export const DAY_KEPT_MS = 60_000;
/** The same for a day that ended two days or more before the server's date. */
export const OLD_DAY_KEPT_MS = 3_600_000;
/** How many days are kept at most: two months of a dashboard's comparisons. */
const DAYS_KEPT = 62;

export interface ProtectedDay {
  readonly counts: DateCounts;
  readonly day: ProtectedDate;
}

export type ProtectedDays = (db: Executor, from: string, to: string) => Promise<ProtectedDay[]>;

/** The days from `from` to `to`, protected, kept between reads on one server (`now` its clock). */
export function keptProtections(now: () => Date): ProtectedDays {
  const kept = new Map<string, ProtectedDay & { readonly until: number; readonly totals: string }>();
  return async (db, from, to) => {
    const t = now().getTime();
    const recentFrom = addDays(now().toISOString().slice(0, 10), -1);
    for (const [date, k] of kept) if (k.until <= t) kept.delete(date);
    // The day totals are kept per checkpoint, date and direction: one short read.
    const totals = new Map<string, string>();
    for (const r of await readFigures(db, { from, to, by: ['date', 'checkpoint', 'direction'] })) {
      const date = r.dims.date ?? '';
      const line = `${r.dims.checkpoint} ${r.dims.direction} ${r.crossed} ${r.refused} ${r.held};`;
      totals.set(date, (totals.get(date) ?? '') + line);
    }
    const dates = Array.from({ length: daysBetween(from, to) + 1 }, (_, i) => addDays(from, i));
    const stale = dates.filter((date) => kept.get(date)?.totals !== (totals.get(date) ?? ''));
    if (stale.length > 0) {
      const solver = await linearSolver();
      const first = stale[0] ?? from;
      for (const counts of await readDateCounts(db, first, stale.at(-1) ?? first)) {
        if (!stale.includes(counts.date)) continue;
        const totalsNow = totals.get(counts.date) ?? '';
        kept.delete(counts.date);
        kept.set(counts.date, {
          counts,
          day: protectDate(counts, solver),
          until: t + (counts.date >= recentFrom ? DAY_KEPT_MS : OLD_DAY_KEPT_MS),
          totals: totalsNow,
        });
      }
      // The days kept longest go first (a Map keeps the order things were set in).
      for (const date of kept.keys()) if (kept.size > DAYS_KEPT && !dates.includes(date)) kept.delete(date);
    }
    return dates.flatMap((date) => {
      const k = kept.get(date);
      return k === undefined ? [] : [{ counts: k.counts, day: k.day }];
    });
  };
}

// One server's days kept, shared by the dashboard and the reports' totals since an emergency, so that
// both publish a day kept by one protection.
const byServer = new WeakMap<object, ProtectedDays>();

/** The days kept protected by the server of `ctx` (one set per server). */
export function serverProtections(ctx: { readonly now: () => Date }): ProtectedDays {
  const found = byServer.get(ctx);
  if (found !== undefined) return found;
  const made = keptProtections(ctx.now);
  byServer.set(ctx, made);
  return made;
}
