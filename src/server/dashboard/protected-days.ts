// The partners' dashboard shows a date and the days before it, each as its one protection publishes
// it (src/domain/reports/date-protection.ts). Reading and protecting a busy day at one checkpoint
// takes a few tens of milliseconds, a sparse day at several up to about half a second (the bounds
// rounds' linear programs), and a dashboard is read again at every change of the figures, so each
// server keeps the days it protected: a day is read and protected again when its totals at any
// checkpoint have changed since, and at the latest a minute after (a correction that moves people
// from one nationality or age to another leaves the totals as they were). A day that ended two days
// or more before the server's date (UTC) is kept up to an hour: the totals since an emergency was
// declared are published from every day since (src/domain/reports/since-declared.ts), and protecting
// two months of days again every minute would keep the protection thread
// (src/server/reports/protection-thread.ts) busy for seconds; corrections of
// such days are rare, and their totals changing still has them protected again at once.
import type { DateCounts, ProtectedDate } from '../../domain/reports';
import { addDays, daysBetween } from '../../domain/shared';
import { readFigures } from '../../store/crossings';
import { readDateCounts } from '../../store/dashboard';
import type { Executor } from '../../store/executor';
import { type ProtectDates, protectDates } from '../reports/protection-thread';

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

/**
 * The days from `from` to `to`, protected, kept between reads on one server (`now` its clock). Days are
 * protected by `protect` (the process's protection thread): a read that finds a day already being
 * protected from the same totals waits for that protection instead of asking for another.
 */
export function keptProtections(now: () => Date, protect: ProtectDates = protectDates): ProtectedDays {
  const kept = new Map<string, ProtectedDay & { readonly until: number; readonly totals: string }>();
  const underWay = new Map<string, { readonly totals: string; readonly done: Promise<void> }>();
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
    const totalsOf = (date: string) => totals.get(date) ?? '';
    const dates = Array.from({ length: daysBetween(from, to) + 1 }, (_, i) => addDays(from, i));
    const stale = dates.filter((date) => kept.get(date)?.totals !== totalsOf(date));
    const joined = stale.flatMap((date) => {
      const going = underWay.get(date);
      return going?.totals === totalsOf(date) ? [going.done] : [];
    });
    const toProtect = stale.filter((date) => underWay.get(date)?.totals !== totalsOf(date));
    if (toProtect.length > 0) {
      const first = toProtect[0] ?? from;
      const done = (async () => {
        const counts = (await readDateCounts(db, first, toProtect.at(-1) ?? first)).filter((c) =>
          toProtect.includes(c.date),
        );
        const days = await protect(counts);
        counts.forEach((c, i) => {
          const day = days[i];
          if (day === undefined) return;
          kept.delete(c.date);
          kept.set(c.date, {
            counts: c,
            day,
            until: t + (c.date >= recentFrom ? DAY_KEPT_MS : OLD_DAY_KEPT_MS),
            totals: totalsOf(c.date),
          });
        });
        // The days kept longest go first (a Map keeps the order things were set in).
        for (const date of kept.keys()) if (kept.size > DAYS_KEPT && !dates.includes(date)) kept.delete(date);
      })();
      for (const date of toProtect) underWay.set(date, { totals: totalsOf(date), done });
      try {
        await done;
      } finally {
        for (const date of toProtect) if (underWay.get(date)?.done === done) underWay.delete(date);
      }
    }
    await Promise.all(joined);
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
