// A pass must not outlive its seat: when people are taken off a convoy's manifest, or the convoy is
// cancelled, the passes issued to them are revoked in the same transaction, each audited as a
// revocation, and checkpoints learn of it from the keyset (online at once, offline at their next sync).
import type { FastifyRequest } from 'fastify';
import type { RevocationCause } from '../../domain/passes';
import type { Executor } from '../../store/executor';
import { revokeConvoyPasses } from '../../store/passes';
import { recordAudit } from '../audit/record';
import { actorOf } from '../auth/access';

export async function revokeSeatPasses(
  tx: Executor,
  request: FastifyRequest,
  now: Date,
  revocation: {
    readonly convoyId: string;
    readonly people: readonly string[] | 'everyone';
    readonly cause: RevocationCause;
    readonly reason: string;
  },
): Promise<void> {
  const { convoyId, people, cause, reason } = revocation;
  const revoked = await revokeConvoyPasses(tx, convoyId, people, {
    reason,
    cause,
    at: now,
    userId: actorOf(request).user.id,
  });
  for (const id of revoked) {
    await recordAudit(tx, request, now, {
      action: 'pass.revoke',
      entityType: 'travel_pass',
      entityId: id,
      detail: { reason, cause, convoy: convoyId },
    });
  }
}
