// Records what a request did in the audit log, inside the transaction that did it.
import type { FastifyRequest } from 'fastify';
import { type AuditInput, appendAudit } from '../../store/audit';
import type { Executor } from '../../store/executor';
import type { ServerContext } from '../context';

export interface AuditEvent {
  readonly action: string;
  readonly entityType?: string;
  readonly entityId?: string;
  readonly detail?: Readonly<Record<string, unknown>>;
}

/**
 * How a service that the API and the command line share records what it did, in its transaction:
 * for the signed-in user of a request, or for the command line.
 */
export type AuditWriter = (tx: Executor, event: AuditEvent) => Promise<void>;

export async function recordAudit(
  tx: Executor,
  request: FastifyRequest,
  now: Date,
  event: AuditEvent,
  actorOverride?: { readonly id: string | null; readonly username: string | null },
): Promise<void> {
  await appendAudit(tx, auditInput(request, now, event, actorOverride));
}

/** The audit writer of a request: each entry is its signed-in user's, made at `now`. */
export const auditWriterOf =
  (request: FastifyRequest, now: Date): AuditWriter =>
  (tx, event) =>
    recordAudit(tx, request, now, event);

/**
 * A read of personal data and the audit entry that records it, in one transaction: the entry is made
 * from what was read (who was listed), so a read that fails records nothing.
 */
export function auditedRead<T>(
  ctx: ServerContext,
  request: FastifyRequest,
  read: (tx: Executor) => Promise<T>,
  audit: (found: T) => AuditEvent,
): Promise<T> {
  return ctx.db.kysely.transaction().execute(async (tx) => {
    const found = await read(tx);
    await recordAudit(tx, request, ctx.now(), audit(found));
    return found;
  });
}

/** The audit entry of what a request did, to append later (several requests' entries at once). */
export function auditInput(
  request: FastifyRequest,
  now: Date,
  event: AuditEvent,
  actorOverride?: { readonly id: string | null; readonly username: string | null },
): AuditInput {
  const actor = actorOverride ?? {
    id: request.actor?.user.id ?? null,
    username: request.actor?.user.username ?? null,
  };
  // What the event leaves out (its entity, its detail) the audit log fills in as it appends the entry.
  return {
    ...event,
    at: now.toISOString(),
    actorId: actor.id,
    actorUsername: actor.username,
    ip: request.ip,
  };
}
