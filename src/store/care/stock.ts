// Stock as movements: each movement is one or two rows (a transfer leaves one place and reaches
// another in the same transaction), the maintained levels move with them, and nothing goes below zero.
import {
  type CareError,
  changesOf,
  decideChanges,
  type MovementRequest,
  recountStock,
  type StockChange,
  SUPPLY_ITEMS,
  type SupplyItem,
} from '../../domain/care';
import { err, ok, type Result } from '../../domain/shared';
import type { Executor } from '../executor';
import { type Cell, listedFigures, recountedCells } from './figures';

export interface Place {
  readonly id: string;
  readonly kind: 'shelter' | 'checkpoint';
  readonly name: string;
}

export async function listPlaces(tx: Executor): Promise<Place[]> {
  const [shelters, checkpoints] = await Promise.all([
    tx.selectFrom('shelter').select(['id', 'name']).orderBy('name').execute(),
    tx.selectFrom('checkpoint').select(['id', 'name']).orderBy('name').execute(),
  ]);
  return [
    ...shelters.map((s) => ({ id: s.id, kind: 'shelter' as const, name: s.name })),
    ...checkpoints.map((c) => ({ id: c.id, kind: 'checkpoint' as const, name: c.name })),
  ];
}

export const isSupplyItem = (v: string): v is SupplyItem => (SUPPLY_ITEMS as readonly string[]).includes(v);

export interface MovementContext {
  readonly now: string;
  readonly recordedBy: string | null;
  readonly demo?: boolean;
}

export interface MovementInput extends MovementRequest {
  readonly id: string;
  readonly note?: string | undefined;
  readonly requestId?: string | undefined;
}

async function levelsOf(tx: Executor, changes: readonly StockChange[]): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  for (const c of changes) {
    const row = await tx
      .selectFrom('stock_level')
      .select('quantity')
      .where('place_id', '=', c.placeId)
      .where('item', '=', c.item)
      .executeTakeFirst();
    out.set(`${c.placeId}|${c.item}`, row?.quantity ?? 0);
  }
  return out;
}

/** Applies the changes of one movement: its rows and the levels, or a refusal that changes nothing. */
export async function applyChanges(
  tx: Executor,
  id: string,
  changes: readonly StockChange[],
  extra: { note?: string | undefined; requestId?: string | undefined },
  ctx: MovementContext,
): Promise<Result<readonly StockChange[], CareError>> {
  const places = new Set((await listPlaces(tx)).map((p) => p.id));
  const unknown = changes.filter((c) => !places.has(c.placeId)).map((c) => c.placeId);
  if (unknown.length > 0)
    return err({ code: 'care.unknown-place', detail: 'No shelter or checkpoint has this id.', ids: unknown });
  const levels = await levelsOf(tx, changes);
  const decided = decideChanges(changes, (place, item) => levels.get(`${place}|${item}`) ?? 0);
  if (!decided.ok) return decided;
  const last = await tx
    .selectFrom('stock_movement')
    .select((eb) => eb.fn.max('seq').as('seq'))
    .executeTakeFirst();
  let seq = Number(last?.seq ?? 0) + 1;
  for (const c of changes) {
    await tx
      .insertInto('stock_movement')
      .values({
        id,
        place_id: c.placeId,
        leg: c.leg,
        item: c.item,
        delta: c.delta,
        request_id: extra.requestId ?? null,
        note: extra.note ?? null,
        at: ctx.now,
        seq: seq++,
        recorded_by: ctx.recordedBy,
        demo: ctx.demo ? 1 : 0,
      })
      .execute();
    const key = `${c.placeId}|${c.item}`;
    const before = levels.get(key) ?? 0;
    await tx
      .insertInto('stock_level')
      .values({ place_id: c.placeId, item: c.item, quantity: before + c.delta })
      .onConflict((oc) => oc.columns(['place_id', 'item']).doUpdateSet({ quantity: before + c.delta }))
      .execute();
    levels.set(key, before + c.delta);
  }
  return ok(changes);
}

export type MovementOutcome = { readonly status: 'applied' | 'duplicate' };

export async function recordMovement(
  tx: Executor,
  input: MovementInput,
  ctx: MovementContext,
): Promise<Result<MovementOutcome, CareError>> {
  const changes = changesOf(input);
  const prior = await tx
    .selectFrom('stock_movement')
    .select(['place_id', 'item', 'delta', 'leg'])
    .where('id', '=', input.id)
    .execute();
  if (prior.length > 0) {
    const same =
      prior.length === changes.length &&
      changes.every((c) =>
        prior.some(
          (p) => p.place_id === c.placeId && p.item === c.item && p.delta === c.delta && p.leg === c.leg,
        ),
      );
    return same
      ? ok({ status: 'duplicate' })
      : err({ code: 'care.conflict', detail: `The movement ${input.id} was already recorded otherwise.` });
  }
  const applied = await applyChanges(tx, input.id, changes, { note: input.note }, ctx);
  return applied.ok ? ok({ status: 'applied' }) : applied;
}

export interface StockFigure {
  readonly placeId: string;
  readonly item: SupplyItem;
  readonly quantity: number;
}

const stockOf = (c: Cell): StockFigure => ({
  placeId: c.place,
  item: c.kind as SupplyItem,
  quantity: c.value,
});

export async function readStock(tx: Executor): Promise<StockFigure[]> {
  const rows = await tx.selectFrom('stock_level').selectAll().execute();
  const cells = rows
    .filter((r) => isSupplyItem(r.item))
    .map((r) => ({ place: r.place_id, kind: r.item, value: r.quantity }));
  return listedFigures(cells, stockOf);
}

/** Stock recounted from the movements alone; always equal to readStock. */
export async function recountStockFigures(tx: Executor): Promise<StockFigure[]> {
  const rows = await tx.selectFrom('stock_movement').select(['place_id', 'item', 'delta']).execute();
  const counted = recountStock(rows.map((r) => ({ placeId: r.place_id, item: r.item, delta: r.delta })));
  return listedFigures(recountedCells(counted), stockOf);
}

export interface MovementRecord {
  readonly id: string;
  readonly placeId: string;
  readonly leg: string;
  readonly item: string;
  readonly delta: number;
  readonly requestId: string | null;
  readonly note: string | null;
  readonly at: string;
}

export async function recentMovements(tx: Executor, limit = 50): Promise<MovementRecord[]> {
  const rows = await tx
    .selectFrom('stock_movement')
    .selectAll()
    .orderBy('seq', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    placeId: r.place_id,
    leg: r.leg,
    item: r.item,
    delta: r.delta,
    requestId: r.request_id,
    note: r.note,
    at: r.at,
  }));
}

export interface Threshold {
  readonly placeId: string;
  readonly item: SupplyItem;
  readonly minimum: number;
}

export async function setThreshold(
  tx: Executor,
  t: Threshold,
  ctx: MovementContext,
): Promise<Result<Threshold, CareError>> {
  if (!(await listPlaces(tx)).some((p) => p.id === t.placeId)) {
    return err({
      code: 'care.unknown-place',
      detail: 'No shelter or checkpoint has this id.',
      ids: [t.placeId],
    });
  }
  const values = {
    place_id: t.placeId,
    item: t.item,
    minimum: t.minimum,
    updated_at: ctx.now,
    updated_by: ctx.recordedBy,
  };
  await tx
    .insertInto('stock_threshold')
    .values(values)
    .onConflict((oc) =>
      oc
        .columns(['place_id', 'item'])
        .doUpdateSet({ minimum: t.minimum, updated_at: ctx.now, updated_by: ctx.recordedBy }),
    )
    .execute();
  return ok(t);
}

export interface LowStock extends Threshold {
  readonly quantity: number;
}

/** Every place and item whose stock is under its threshold (an item never delivered counts as 0). */
export async function lowStock(tx: Executor): Promise<{ thresholds: Threshold[]; alerts: LowStock[] }> {
  const [thresholds, levels] = await Promise.all([
    tx.selectFrom('stock_threshold').selectAll().orderBy('place_id').orderBy('item').execute(),
    tx.selectFrom('stock_level').selectAll().execute(),
  ]);
  const level = new Map(levels.map((l) => [`${l.place_id}|${l.item}`, l.quantity]));
  const all = thresholds
    .filter((t) => isSupplyItem(t.item))
    .map((t) => ({ placeId: t.place_id, item: t.item as SupplyItem, minimum: t.minimum }));
  const alerts = all
    .map((t) => ({ ...t, quantity: level.get(`${t.placeId}|${t.item}`) ?? 0 }))
    .filter((t) => t.quantity < t.minimum);
  return { thresholds: all, alerts };
}
