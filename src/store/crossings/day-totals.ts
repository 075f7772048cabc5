// Daily totals (crossing_day): the crossing counts summed over every dimension but checkpoint,
// local date and direction, moved by the same differences in the same transaction as crossing_count.
// A figure by date and direction (the dashboard's days compared) reads a few rows a day from it
// instead of every cell of every day.
import type { Dimension, Dims } from '../../domain/crossings';
import type { Executor } from '../executor';
import { insertMany } from '../insert-many';
import { FIGURES } from './state';

export const DAY_DIMENSIONS: readonly Dimension[] = ['checkpoint', 'date', 'direction'];

/** Whether a figure by these dimensions can be read from the daily totals. */
export const readsDayTotals = (by: readonly Dimension[]): boolean =>
  by.every((d) => DAY_DIMENSIONS.includes(d));

interface Change {
  readonly dims: Dims;
  readonly crossed: number;
  readonly refused: number;
  readonly held: number;
}

export async function applyDayDeltas(tx: Executor, changes: readonly Change[]): Promise<void> {
  // One row per key and statement: PostgreSQL's upsert cannot touch a row twice in one statement.
  const days = new Map<
    string,
    { checkpoint: string; date: string; direction: string; crossed: number; refused: number; held: number }
  >();
  for (const c of changes) {
    const key = `${c.dims.checkpoint}|${c.dims.date}|${c.dims.direction}`;
    const d = days.get(key) ?? {
      checkpoint: c.dims.checkpoint,
      date: c.dims.date,
      direction: c.dims.direction,
      crossed: 0,
      refused: 0,
      held: 0,
    };
    d.crossed += c.crossed;
    d.refused += c.refused;
    d.held += c.held;
    days.set(key, d);
  }
  const rows = [...days.values()].filter((d) => d.crossed !== 0 || d.refused !== 0 || d.held !== 0);
  await insertMany(tx, 'crossing_day', rows, { key: DAY_DIMENSIONS, add: FIGURES });
}
