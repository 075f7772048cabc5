// Supply requests: a place asks for an item; each change of status is an append-only event saying who
// and when. Receiving a request delivers its quantity to the place in the same transaction.
import {
  type CareError,
  decideTransition,
  REQUEST_STATUSES,
  type RequestStatus,
  type SupplyItem,
} from '../../domain/care';
import { err, ok, type Result } from '../../domain/shared';
import type { Executor } from '../executor';
import { applyChanges, listPlaces, type MovementContext } from './stock';

export interface NewRequest {
  readonly id: string;
  readonly placeId: string;
  readonly item: SupplyItem;
  readonly quantity: number;
  readonly note?: string | undefined;
}

const rank = (status: string) => REQUEST_STATUSES.indexOf(status as RequestStatus);
const isStatus = (v: string): v is RequestStatus => (REQUEST_STATUSES as readonly string[]).includes(v);

const findRequest = (tx: Executor, id: string) =>
  tx.selectFrom('supply_request').selectAll().where('id', '=', id).executeTakeFirst();

// Every change of a request's status is an event, its making (from no status) included.
async function recordTransition(
  tx: Executor,
  event: {
    readonly id: string;
    readonly requestId: string;
    readonly from: string | null;
    readonly to: RequestStatus;
    readonly note?: string | undefined;
  },
  ctx: MovementContext,
): Promise<void> {
  await tx
    .insertInto('supply_request_event')
    .values({
      id: event.id,
      request_id: event.requestId,
      from_status: event.from,
      to_status: event.to,
      at: ctx.now,
      by_user: ctx.recordedBy,
      note: event.note ?? null,
    })
    .execute();
}

export async function createRequest(
  tx: Executor,
  input: NewRequest,
  ctx: MovementContext,
): Promise<Result<{ status: 'applied' | 'duplicate' }, CareError>> {
  const prior = await findRequest(tx, input.id);
  if (prior) {
    const same =
      prior.place_id === input.placeId && prior.item === input.item && prior.quantity === input.quantity;
    return same
      ? ok({ status: 'duplicate' })
      : err({ code: 'care.conflict', detail: `The request ${input.id} was already made otherwise.` });
  }
  if (!(await listPlaces(tx)).some((p) => p.id === input.placeId)) {
    return err({
      code: 'care.unknown-place',
      detail: 'No shelter or checkpoint has this id.',
      ids: [input.placeId],
    });
  }
  await tx
    .insertInto('supply_request')
    .values({
      id: input.id,
      place_id: input.placeId,
      item: input.item,
      quantity: input.quantity,
      status: 'requested',
      note: input.note ?? null,
      created_at: ctx.now,
      created_by: ctx.recordedBy,
      updated_at: ctx.now,
      demo: ctx.demo ? 1 : 0,
    })
    .execute();
  await recordTransition(
    tx,
    { id: input.id, requestId: input.id, from: null, to: 'requested', note: input.note },
    ctx,
  );
  return ok({ status: 'applied' });
}

export interface TransitionInput {
  /** The transition's own id: a resend is applied once. */
  readonly id: string;
  readonly requestId: string;
  readonly to: RequestStatus;
  readonly note?: string | undefined;
}

export async function transitionRequest(
  tx: Executor,
  input: TransitionInput,
  ctx: MovementContext,
): Promise<Result<{ status: 'applied' | 'duplicate'; request: RequestStatus }, CareError>> {
  const prior = await tx
    .selectFrom('supply_request_event')
    .selectAll()
    .where('id', '=', input.id)
    .executeTakeFirst();
  if (prior) {
    return prior.request_id === input.requestId && prior.to_status === input.to
      ? ok({ status: 'duplicate', request: input.to })
      : err({ code: 'care.conflict', detail: `The transition ${input.id} was already recorded otherwise.` });
  }
  const request = await findRequest(tx, input.requestId);
  if (!request || !isStatus(request.status))
    return err({ code: 'care.unknown-request', detail: 'No supply request has this id.' });
  const decided = decideTransition(request.status, input.to);
  if (!decided.ok) return decided;
  if (input.to === 'received') {
    const item = request.item as SupplyItem;
    const change = {
      placeId: request.place_id,
      item,
      delta: request.quantity,
      leg: 'request-received' as const,
    };
    const moved = await applyChanges(
      tx,
      input.id,
      [change],
      { requestId: request.id, note: input.note },
      ctx,
    );
    if (!moved.ok) return moved;
  }
  await tx
    .updateTable('supply_request')
    .set({ status: input.to, updated_at: ctx.now })
    .where('id', '=', request.id)
    .execute();
  await recordTransition(
    tx,
    { id: input.id, requestId: request.id, from: request.status, to: input.to, note: input.note },
    ctx,
  );
  return ok({ status: 'applied', request: input.to });
}

export interface RequestView {
  readonly id: string;
  readonly placeId: string;
  readonly item: string;
  readonly quantity: number;
  readonly status: RequestStatus;
  readonly note: string | null;
  readonly createdAt: string;
  readonly history: readonly {
    from: string | null;
    to: string;
    at: string;
    by: string | null;
    note: string | null;
  }[];
}

/** Every request with its transitions, who made each (display name) and when; newest first. */
export async function listRequests(tx: Executor, limit = 100): Promise<RequestView[]> {
  const requests = await tx
    .selectFrom('supply_request')
    .selectAll()
    .orderBy('created_at', 'desc')
    .limit(limit)
    .execute();
  if (requests.length === 0) return [];
  const events = await tx
    .selectFrom('supply_request_event as e')
    .leftJoin('app_user as u', 'u.id', 'e.by_user')
    .select(['e.request_id', 'e.from_status', 'e.to_status', 'e.at', 'e.note', 'u.display_name'])
    .where(
      'e.request_id',
      'in',
      requests.map((r) => r.id),
    )
    .orderBy('e.at')
    .execute();
  return requests.map((r) => ({
    id: r.id,
    placeId: r.place_id,
    item: r.item,
    quantity: r.quantity,
    status: isStatus(r.status) ? r.status : 'requested',
    note: r.note,
    createdAt: r.created_at,
    history: events
      .filter((e) => e.request_id === r.id)
      // Statuses only move forward, so at one instant their order is the list's.
      .sort((a, b) => a.at.localeCompare(b.at) || rank(a.to_status) - rank(b.to_status))
      .map((e) => ({ from: e.from_status, to: e.to_status, at: e.at, by: e.display_name, note: e.note })),
  }));
}
