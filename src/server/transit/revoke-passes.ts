// A pass must not outlive its seat: when people are taken off a convoy's manifest, the convoy is
// cancelled, someone did not board before it departed or left it on the road, the passes issued to
// them are revoked in the same transaction, each audited as a revocation, and checkpoints learn of it
// from the keyset (online at once, offline at their next sync). A revocation is final: someone whose
// step is later annulled by a correction is issued a new pass.
import type { FastifyRequest } from 'fastify';
import { leftConvoyReason, type RevocationCause } from '../../domain/passes';
import type { ConvoyEvent, ConvoyPicture } from '../../domain/transit';
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

/** Whose seat a step of the convoy's log gives up, and why; null when it gives up none. */
export function seatsGivenUp(
  event: ConvoyEvent,
  after: ConvoyPicture,
): {
  readonly people: readonly string[] | 'everyone';
  readonly cause: RevocationCause;
  readonly reason: string;
} | null {
  switch (event.kind) {
    case 'cancelled':
      return { people: 'everyone', cause: 'convoy-cancelled', reason: event.reason };
    case 'departed': {
      // Everyone has a boarding check by now: those marked absent did not travel.
      const absent = [...after.passengers].filter(([, state]) => state === 'no-show').map(([id]) => id);
      return absent.length === 0
        ? null
        : { people: absent, cause: 'no-show', reason: 'Did not board before the convoy departed.' };
    }
    case 'left':
      return {
        people: [event.personId],
        cause: 'left-convoy',
        // The stop's code and the officer's words, as written: the keyset carries only the stop.
        reason: leftConvoyReason(event.stop, event.reason),
      };
    default:
      return null;
  }
}
