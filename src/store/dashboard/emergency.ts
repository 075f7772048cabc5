// Crossings since each emergency in force was declared: the question the reference case could not
// answer ("how many have crossed?"), read from the maintained day totals over the checkpoints the
// emergency covers, from the declaration's first day to the date shown.
import type { FigureRow } from '../../domain/crossings';
import { emergenciesInForce } from '../../domain/decrees';
import { loadPlaces, readFigures } from '../crossings';
import { listDecrees } from '../decrees';
import type { Executor } from '../executor';

export interface EmergencyTotals {
  /** The decree in force (the latest extension where there is one). */
  readonly decree: { readonly id: string; readonly number: string; readonly title: string };
  /** The declaration the emergency began with. */
  readonly declaration: { readonly id: string; readonly number: string };
  /** Its first day; the totals run from it to the date shown. */
  readonly since: string;
  /** The checkpoints counted: those of the ones asked about where the emergency is in force. */
  readonly checkpoints: string[];
  /** Crossings by direction over those checkpoints and days. */
  readonly totals: FigureRow[];
}

export interface EmergencyQuery {
  /** The local date shown (YYYY-MM-DD): the last day counted. */
  readonly date: string;
  readonly checkpoint?: string | undefined;
  /** The instant (ISO 8601) at which the emergency must be in force. */
  readonly at: string;
}

/** The emergencies in force at the checkpoint (or at any), each with its crossings since declared. */
export async function readEmergencies(db: Executor, q: EmergencyQuery): Promise<EmergencyTotals[]> {
  const places = await loadPlaces(db);
  const codes = [...places.byCode.keys()].filter((c) => q.checkpoint === undefined || c === q.checkpoint);
  const found = emergenciesInForce(await listDecrees(db), codes, Date.parse(q.at));
  return Promise.all(
    found.map(async (e) => {
      const rows =
        e.since > q.date
          ? []
          : await readFigures(db, { from: e.since, to: q.date, by: ['checkpoint', 'direction'] });
      const byDirection = new Map<string, FigureRow>();
      for (const r of rows) {
        if (!e.checkpoints.includes(r.dims.checkpoint ?? '')) continue;
        const direction = r.dims.direction ?? '';
        const sum = byDirection.get(direction) ?? { dims: { direction }, crossed: 0, refused: 0, held: 0 };
        byDirection.set(direction, {
          dims: sum.dims,
          crossed: sum.crossed + r.crossed,
          refused: sum.refused + r.refused,
          held: sum.held + r.held,
        });
      }
      return {
        decree: { id: e.decree.id, number: e.decree.number, title: e.decree.title },
        declaration: { id: e.declaration.id, number: e.declaration.number },
        since: e.since,
        checkpoints: [...e.checkpoints],
        totals: [...byDirection.values()].sort((a, b) =>
          (a.dims.direction ?? '').localeCompare(b.dims.direction ?? ''),
        ),
      };
    }),
  );
}
