// Records what a request did in the audit log, inside the transaction that did it.
import type { FastifyRequest } from 'fastify';
import { appendAudit } from '../../store/audit/audit-log';
import type { Executor } from '../../store/executor';

export interface AuditEvent {
  readonly action: string;
  readonly entityType?: string;
  readonly entityId?: string;
  readonly detail?: Readonly<Record<string, unknown>>;
}

export async function recordAudit(
  tx: Executor,
  request: FastifyRequest,
  now: Date,
  event: AuditEvent,
  actorOverride?: { readonly id: string | null; readonly username: string | null },
): Promise<void> {
  const actor = actorOverride ?? {
    id: request.actor?.user.id ?? null,
    username: request.actor?.user.username ?? null,
  };
  await appendAudit(tx, {
    at: now.toISOString(),
    actorId: actor.id,
    actorUsername: actor.username,
    action: event.action,
    entityType: event.entityType ?? null,
    entityId: event.entityId ?? null,
    ip: request.ip,
    detail: event.detail ?? {},
  });
}
