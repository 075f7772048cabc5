// The rules of supplies: stock moves only by movements and never below zero; requests move from
// requested to committed, sent and received (or cancelled before they are sent).
import { err, ok, type Result } from '../shared';
import type { CareError, MovementKind, RequestStatus, SupplyItem } from './types';

export interface MovementRequest {
  readonly kind: MovementKind;
  readonly item: SupplyItem;
  readonly quantity: number;
  /** Delivery and distribution: the place; transfer: where it leaves. */
  readonly placeId: string;
  /** Transfer only: where it arrives. */
  readonly toPlaceId?: string | undefined;
}

/** One place's change of one item. A transfer is two of them, recorded in one transaction. */
export interface StockChange {
  readonly placeId: string;
  readonly item: SupplyItem;
  readonly delta: number;
  readonly leg: 'delivery' | 'distribution' | 'transfer-out' | 'transfer-in' | 'request-received';
}

export function changesOf(m: MovementRequest): StockChange[] {
  switch (m.kind) {
    case 'delivery':
      return [{ placeId: m.placeId, item: m.item, delta: m.quantity, leg: 'delivery' }];
    case 'distribution':
      return [{ placeId: m.placeId, item: m.item, delta: -m.quantity, leg: 'distribution' }];
    case 'transfer':
      return [
        { placeId: m.placeId, item: m.item, delta: -m.quantity, leg: 'transfer-out' },
        { placeId: m.toPlaceId ?? '', item: m.item, delta: m.quantity, leg: 'transfer-in' },
      ];
    default: {
      const unknown: never = m.kind;
      return unknown;
    }
  }
}

/** Refused when any place would hold less than nothing of an item. */
export function decideChanges(
  changes: readonly StockChange[],
  levelOf: (placeId: string, item: SupplyItem) => number,
): Result<readonly StockChange[], CareError> {
  for (const c of changes) {
    const after = levelOf(c.placeId, c.item) + c.delta;
    if (after < 0) {
      return err({
        code: 'care.stock-negative',
        detail: `Only ${levelOf(c.placeId, c.item)} of ${c.item} there; ${-c.delta} asked for.`,
        ids: [c.placeId],
      });
    }
  }
  return ok(changes);
}

// From each status, where a request may go next. Received and cancelled are final.
const NEXT: Readonly<Record<RequestStatus, readonly RequestStatus[]>> = {
  requested: ['committed', 'cancelled'],
  committed: ['sent', 'cancelled'],
  sent: ['received'],
  received: [],
  cancelled: [],
};

/** Where a request that is `from` may go next: what the requests board offers. */
export const nextRequestStatuses = (from: RequestStatus): readonly RequestStatus[] => NEXT[from];

export function decideTransition(from: RequestStatus, to: RequestStatus): Result<RequestStatus, CareError> {
  if (nextRequestStatuses(from).includes(to)) return ok(to);
  return err({ code: 'care.request-transition', detail: `A request that is ${from} cannot become ${to}.` });
}

/** Stock recounted from movements: the sum of each place's changes of each item. */
export function recountStock(
  changes: Iterable<{ readonly placeId: string; readonly item: string; readonly delta: number }>,
) {
  const out = new Map<string, number>();
  for (const c of changes) {
    const key = `${c.placeId}|${c.item}`;
    out.set(key, (out.get(key) ?? 0) + c.delta);
  }
  return out;
}
