// A care write and its audit entry in one transaction: the rule's refusal becomes the API's problem,
// and a write already applied (a resend under the same id) is not audited again.
import type { FastifyRequest } from 'fastify';
import type { CareError } from '../../domain/care';
import { ok, type Result } from '../../domain/shared';
import type { Executor } from '../../store/executor';
import { writeTransaction } from '../../store/transaction-lock';
import { type AuditEvent, recordAudit } from '../audit/record';
import { actorOf } from '../auth/access';
import type { ServerContext } from '../context';
import { orProblem } from './problems';

/** What the write is told: the transaction, and when and by whom it is recorded. */
export type CareWriteScope = {
  readonly tx: Executor;
  readonly at: string;
  readonly recorded: { readonly now: string; readonly recordedBy: string };
};

export async function auditedCareWrite<T extends { readonly status: string }>(
  ctx: ServerContext,
  request: FastifyRequest,
  write: (scope: CareWriteScope) => Promise<Result<T, CareError>>,
  audit: (done: T) => AuditEvent,
): Promise<T> {
  const { user } = actorOf(request);
  const now = ctx.now();
  return writeTransaction(ctx.db.kysely, async (tx) => {
    const at = now.toISOString();
    const done = orProblem(await write({ tx, at, recorded: { now: at, recordedBy: user.id } }));
    if (done.status === 'applied') await recordAudit(tx, request, now, audit(done));
    return done;
  });
}

/** A write that has no outcome of its own but its refusals (setting beds, a threshold): applied once it passes. */
export const appliedUnlessRefused = <E>(
  done: Result<unknown, E>,
): Result<{ readonly status: 'applied' }, E> => (done.ok ? ok({ status: 'applied' }) : done);
