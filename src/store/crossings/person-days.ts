// Distinct people by day, maintained: person_day holds the crossings each person made that count as
// crossed, by checkpoint, local date and direction, under the person's merge root (the record a
// confirmed duplicate was merged into). It moves with the events, in their transaction, like
// crossing_count; a merge or an unmerge rebuilds the rows of the records it moves. The dashboard
// counts a day's rows instead of joining the day's events to their people.
import { type Dims, dimsOfKey } from '../../domain/crossings';
import type { Executor } from '../executor';
import { insertMany } from '../insert-many';
import { lockChainAndFigures } from '../transaction-lock';
import { chunks } from './state';

interface PersonDay {
  readonly checkpoint: string;
  readonly date: string;
  readonly direction: string;
  readonly person: string;
  crossings: number;
}

/** Person-day changes of one batch, keyed by checkpoint, date, direction and person. */
export type PersonDayDeltas = Map<string, PersonDay>;

export function addPersonDay(deltas: PersonDayDeltas, dims: Dims, person: string, crossings: number): void {
  if (crossings === 0) return;
  const key = `${dims.checkpoint}|${dims.date}|${dims.direction}|${person}`;
  const d = deltas.get(key);
  if (d) d.crossings += crossings;
  else
    deltas.set(key, {
      checkpoint: dims.checkpoint,
      date: dims.date,
      direction: dims.direction,
      person,
      crossings,
    });
}

/** The merge root of the person each of these crossing events registered, by event id. */
export async function rootsOfEvents(tx: Executor, eventIds: readonly string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const part of chunks(eventIds, 500)) {
    const rows = await tx
      .selectFrom('crossing_event as e')
      .innerJoin('person as p', 'p.id', 'e.person_id')
      .select((eb) => ['e.id as id', eb.fn.coalesce('p.merged_into', 'p.id').as('root')])
      .where('e.id', 'in', part)
      .execute();
    for (const r of rows) out.set(r.id, r.root);
  }
  return out;
}

export async function applyPersonDayDeltas(tx: Executor, deltas: PersonDayDeltas): Promise<void> {
  const rows = [...deltas.values()].filter((d) => d.crossings !== 0);
  await insertMany(
    tx,
    'person_day',
    rows.map((d) => ({ ...d })),
    { key: ['checkpoint', 'date', 'direction', 'person'], add: ['crossings'] },
  );
}

/**
 * Rebuilds the person-day rows of these merge roots from the events' state, after a merge or an
 * unmerge changed which records they hold: every root a moved record had before and has now.
 */
export async function rebuildPersonDays(tx: Executor, roots: readonly string[]): Promise<void> {
  const wanted = [...new Set(roots)];
  await lockChainAndFigures(tx);
  for (const part of chunks(wanted, 500)) {
    await tx.deleteFrom('person_day').where('person', 'in', part).execute();
  }
  const deltas: PersonDayDeltas = new Map();
  for (const part of chunks(wanted, 500)) {
    const rows = await personDayStates(tx)
      .where((eb) => eb.or([eb('p.id', 'in', part), eb('p.merged_into', 'in', part)]))
      .where('es.crossed', '!=', 0)
      .where('es.cell', 'is not', null)
      .execute();
    for (const r of rows) addPersonDay(deltas, dimsOfKey(r.cell ?? ''), r.root, r.crossed);
  }
  await applyPersonDayDeltas(tx, deltas);
}

/**
 * The state of each event that registered a person, with the merge root of that person (`root`):
 * what a person-day row counts, and whom a transit decision is about. Callers select the rest.
 */
export function statesWithRoots(db: Executor) {
  return db
    .selectFrom('event_state as es')
    .innerJoin('crossing_event as ce', 'ce.id', 'es.event_id')
    .innerJoin('person as p', 'p.id', 'ce.person_id')
    .select((eb) => eb.fn.coalesce('p.merged_into', 'p.id').as('root'));
}

// What a person-day row counts of each event's state.
const personDayStates = (tx: Executor) =>
  statesWithRoots(tx).select(['es.event_id as id', 'es.cell as cell', 'es.crossed as crossed']);
