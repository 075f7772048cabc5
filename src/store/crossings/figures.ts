// The figures: read from the maintained cells, or recounted from the raw events through the same
// counting rules; the two must always agree. Also the places events name, and the export stream.
import {
  type Contribution,
  type CorrectionOf,
  type CountableEvent,
  DIMENSIONS,
  type Dimension,
  type Dims,
  type FigureRow,
  recount,
  sumBy,
} from '../../domain/crossings';
import type { Executor } from '../executor';
import { listCheckpoints } from '../reference';
import type { Place, Places } from './apply';
import { readsDayTotals } from './day-totals';
import { type StoredEventRow, toCorrection, toCountable } from './state';

export async function loadPlaces(db: Executor): Promise<Places> {
  const checkpoints = await listCheckpoints(db);
  const places: Place[] = checkpoints.map((c) => ({
    id: c.id,
    code: c.code,
    timeZone: c.timeZone,
    booths: new Map(c.booths.map((b) => [b.code, b.id])),
  }));
  return { byCode: new Map(places.map((p) => [p.code, p])), byId: new Map(places.map((p) => [p.id, p])) };
}

export interface FigureQuery {
  /** Local dates, YYYY-MM-DD, both ends included. */
  readonly from: string;
  readonly to: string;
  readonly checkpoint?: string | undefined;
  readonly by: readonly Dimension[];
}

/** The maintained figures, summed by the dimensions asked for. */
export async function readFigures(db: Executor, q: FigureQuery): Promise<FigureRow[]> {
  const by = [...new Set(q.by)];
  let query = db
    .selectFrom(readsDayTotals(by) ? 'crossing_day' : 'crossing_count')
    .select((eb) => [
      ...by.map((d) => eb.ref(d as 'checkpoint').as(d)),
      eb.fn.sum<number>('crossed').as('crossed'),
      eb.fn.sum<number>('refused').as('refused'),
      eb.fn.sum<number>('held').as('held'),
    ])
    .where('date', '>=', q.from)
    .where('date', '<=', q.to);
  // Every checkpoint by name: the rows are kept in (checkpoint, date) order, read as a few runs.
  query =
    q.checkpoint !== undefined
      ? query.where('checkpoint', '=', q.checkpoint)
      : query.where('checkpoint', 'in', (eb) => eb.selectFrom('checkpoint').select('code'));
  if (by.length > 0) query = query.groupBy(by as 'checkpoint'[]);
  const rows = (await query.execute()) as Record<string, unknown>[];
  const cells: Contribution[] = rows.map((r) => ({
    dims: Object.fromEntries(DIMENSIONS.map((d) => [d, String(r[d] ?? '')])) as Dims,
    crossed: Number(r.crossed ?? 0),
    refused: Number(r.refused ?? 0),
    held: Number(r.held ?? 0),
  }));
  return sumBy(cells, by);
}

const DAY_MS = 86_400_000;

/** The same figures recounted from every raw event and correction, ignoring the maintained ones. */
export async function recountFigures(db: Executor, q: FigureQuery): Promise<FigureRow[]> {
  const places = await loadPlaces(db);
  // Local dates are within a day of UTC dates: a margin of two days catches every candidate event.
  const fromUtc = new Date(Date.parse(`${q.from}T00:00:00Z`) - 2 * DAY_MS).toISOString();
  const toUtc = new Date(Date.parse(`${q.to}T00:00:00Z`) + 3 * DAY_MS).toISOString();
  const events: CountableEvent[] = [];
  const corrections: CorrectionOf[] = [];
  for await (const rows of streamEvents(db)) {
    for (const row of rows) {
      const code = places.byId.get(row.checkpoint_id)?.code ?? row.checkpoint_id;
      if (row.kind === 'correction') corrections.push(toCorrection(row, code));
      else if (row.at >= fromUtc && row.at < toUtc && (q.checkpoint === undefined || q.checkpoint === code)) {
        events.push(toCountable(row, code));
      }
    }
  }
  const zones = new Map([...places.byCode.values()].map((p) => [p.code, p.timeZone]));
  const cells = recount(events, corrections, (code) => zones.get(code) ?? 'UTC').filter(
    (c) => c.dims.date >= q.from && c.dims.date <= q.to,
  );
  return sumBy(cells, [...new Set(q.by)]);
}

/** Every stored event in order of time (then id), page by page; the export and the recount read this. */
export async function* streamEvents(
  db: Executor,
  range?: { readonly from: string; readonly to: string },
  pageSize = 5000,
): AsyncGenerator<(StoredEventRow & { received_at: string })[]> {
  let last: { at: string; id: string } | null = null;
  for (;;) {
    let query = db
      .selectFrom('crossing_event')
      .select(['id', 'kind', 'checkpoint_id', 'at', 'corrects', 'body', 'received_at']);
    if (range) query = query.where('at', '>=', range.from).where('at', '<', range.to);
    if (last !== null) {
      const { at, id } = last;
      query = query.where((eb) => eb.or([eb('at', '>', at), eb.and([eb('at', '=', at), eb('id', '>', id)])]));
    }
    const rows = await query.orderBy('at').orderBy('id').limit(pageSize).execute();
    if (rows.length === 0) return;
    yield rows;
    const tail = rows[rows.length - 1];
    if (tail === undefined || rows.length < pageSize) return;
    last = { at: tail.at, id: tail.id };
  }
}

/** Corrections kept for an event that has not arrived yet. */
export async function countWaitingCorrections(db: Executor): Promise<number> {
  const row = await db
    .selectFrom('crossing_event as c')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('c.kind', '=', 'correction')
    // Every correction names its target: the condition lets the (partial) index of targets find them.
    .where('c.corrects', 'is not', null)
    .where(({ not, exists, selectFrom }) =>
      not(exists(selectFrom('crossing_event as t').select('t.id').whereRef('t.id', '=', 'c.corrects'))),
    )
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
