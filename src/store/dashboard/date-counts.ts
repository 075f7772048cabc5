// The counts each date's one protection of what is published (src/domain/reports/date-protection.ts)
// is made from: the date's figures by every dimension a product shows, at every checkpoint, and its
// registered crossings by protection need. One read for a range of dates.
import type { FigureRow } from '../../domain/crossings';
import { DATE_DIMENSIONS, type DateCounts } from '../../domain/reports';
import { addDays, daysBetween } from '../../domain/shared';
import type { Executor } from '../executor';

/** The counts of every local date from `from` to `to` (both included), in date order. */
export async function readDateCounts(db: Executor, from: string, to: string): Promise<DateCounts[]> {
  const [rows, needs] = await Promise.all([
    // A cell of crossing_count is one value of every dimension: its rows are the figures, as they are.
    db
      .selectFrom('crossing_count')
      .select(['date', ...DATE_DIMENSIONS, 'crossed', 'refused', 'held'])
      .where('date', '>=', from)
      .where('date', '<=', to)
      .where('checkpoint', 'in', (eb) => eb.selectFrom('checkpoint').select('code'))
      .where((eb) => eb.or([eb('crossed', '!=', 0), eb('refused', '!=', 0), eb('held', '!=', 0)]))
      .execute(),
    db
      .selectFrom('vulnerability_count')
      .select((eb) => [
        'date',
        'checkpoint',
        'vulnerability',
        'direction',
        eb.fn.sum<number>('crossed').as('crossed'),
        eb.fn.sum<number>('refused').as('refused'),
        eb.fn.sum<number>('held').as('held'),
      ])
      .where('date', '>=', from)
      .where('date', '<=', to)
      .where('checkpoint', 'in', (eb) => eb.selectFrom('checkpoint').select('code'))
      .groupBy(['date', 'checkpoint', 'vulnerability', 'direction'])
      .execute(),
  ]);
  const byDate = new Map<string, { rows: FigureRow[]; needs: DateCounts['needs'][number][] }>();
  const of = (date: string) => {
    const day = byDate.get(date) ?? { rows: [], needs: [] };
    byDate.set(date, day);
    return day;
  };
  for (const { date, crossed, refused, held, ...dims } of rows) {
    of(date).rows.push({ dims, crossed: Number(crossed), refused: Number(refused), held: Number(held) });
  }
  for (const r of needs) {
    of(r.date).needs.push({
      checkpoint: r.checkpoint,
      vulnerability: r.vulnerability,
      direction: r.direction,
      crossed: Number(r.crossed),
      refused: Number(r.refused),
      held: Number(r.held),
    });
  }
  const dates = Array.from({ length: daysBetween(from, to) + 1 }, (_, i) => addDays(from, i));
  return dates.map((date) => ({
    date,
    rows: byDate.get(date)?.rows ?? [],
    needs: byDate.get(date)?.needs ?? [],
  }));
}
