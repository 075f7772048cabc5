// What the forecasts read of a checkpoint's figures: the arrivals of each local hour of the last two
// weeks, and who among the last week's arrivals were children. Arrivals are registered crossings
// whatever the decision (admitted, in transit, referred, refused, held) and tallied people.
import type { DayCounts } from '../../domain/forecast';
import { addDays } from '../../domain/shared';
import { readFigures } from '../../store/crossings';
import type { Executor } from '../../store/executor';

const HISTORY_DAYS = 14;
const CHILDREN_DAYS = 7;

type Direction = 'entry' | 'exit' | 'both';
const arrived = (r: { crossed: number; refused: number; held: number }) => r.crossed + r.refused + r.held;

/** The arrivals of each local hour from 14 days before `today` to today, oldest first. */
export async function arrivalDays(
  db: Executor,
  checkpoint: string,
  direction: Direction,
  today: string,
): Promise<DayCounts[]> {
  const rows = await readFigures(db, {
    from: addDays(today, -HISTORY_DAYS),
    to: today,
    checkpoint,
    by: ['date', 'hour', 'direction'],
  });
  const days: DayCounts[] = Array.from({ length: HISTORY_DAYS + 1 }, (_, i) => ({
    date: addDays(today, i - HISTORY_DAYS),
    hours: new Array<number>(24).fill(0),
  }));
  const byDate = new Map(days.map((d) => [d.date, d.hours as number[]]));
  for (const row of rows) {
    if (direction !== 'both' && row.dims.direction !== direction) continue;
    const hours = byDate.get(row.dims.date ?? '');
    const hour = Number(row.dims.hour);
    if (hours && hour >= 0 && hour < 24) hours[hour] = (hours[hour] ?? 0) + arrived(row);
  }
  return days;
}

/** The children and the others among the arrivals of the 7 complete days before `today`. */
export async function childrenArrived(
  db: Executor,
  checkpoint: string,
  direction: Direction,
  today: string,
): Promise<{ readonly children: number; readonly others: number }> {
  const rows = await readFigures(db, {
    from: addDays(today, -CHILDREN_DAYS),
    to: addDays(today, -1),
    checkpoint,
    by: ['age_group', 'direction'],
  });
  let children = 0;
  let others = 0;
  for (const row of rows) {
    if (direction !== 'both' && row.dims.direction !== direction) continue;
    if (row.dims.age_group === 'child') children += arrived(row);
    else others += arrived(row);
  }
  return { children, others };
}
