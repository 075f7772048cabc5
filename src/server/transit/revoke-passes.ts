// A pass must not outlive its seat: when people are taken off a convoy's manifest, the convoy is
// cancelled, someone did not board before it departed or left it on the road, the passes issued to
// them are revoked in the same transaction, each audited as a revocation, and checkpoints learn of it
// from the keyset (online at once, offline at their next sync). So are they when a correction of a
// passenger's crossing no longer admits them in transit, or changes the identity their pass carries.
// So are those the convoy's new times leave short (an earlier departure, a later arrival).
// A revocation is final: someone whose step is later annulled by a correction is issued a new pass.
import type { FastifyRequest } from 'fastify';
import { leftConvoyReason, type RevocationCause } from '../../domain/passes';
import { type ConvoyEvent, type ConvoyPicture, outdatedByNewTimes } from '../../domain/transit';
import { type AuditInput, appendAudit, canonical } from '../../store/audit';
import type { Executor } from '../../store/executor';
import { revokeConvoyPasses, revokePass, unrevokedPassesOf } from '../../store/passes';
import { refreshSeatIdentities, type SeatIdentity, seatsLostBy } from '../../store/transit';
import { type AuditWriter, auditWriterOf } from '../audit/record';
import { actorOf } from '../auth/access';

interface SeatRevocation {
  readonly convoyId: string;
  readonly people: readonly string[] | 'everyone';
  readonly cause: RevocationCause;
  readonly reason: string;
}

export function revokeSeatPasses(
  tx: Executor,
  request: FastifyRequest,
  now: Date,
  revocation: SeatRevocation,
): Promise<void> {
  return revokeAs(
    tx,
    { userId: actorOf(request).user.id, audit: auditWriterOf(request, now) },
    now,
    revocation,
  );
}

/** Who revokes: the user each revocation names, and how their audit entries are written. */
interface Revoker {
  readonly userId: string | null;
  readonly audit: AuditWriter;
}

// The sender of corrections, as whom the revocations they cause are recorded: their entries name the
// sender, without the batch's own detail.
function senderOf(sender: AuditInput): Revoker {
  const { detail: _batch, ...as } = sender;
  return {
    userId: sender.actorId,
    audit: async (tx, event) => {
      await appendAudit(tx, { ...as, ...event });
    },
  };
}

const auditRevocation = (
  tx: Executor,
  by: Revoker,
  passId: string,
  detail: { readonly reason: string; readonly cause: RevocationCause; readonly convoy: string },
) => by.audit(tx, { action: 'pass.revoke', entityType: 'travel_pass', entityId: passId, detail });

async function revokeAs(
  tx: Executor,
  by: Revoker,
  now: Date,
  { convoyId, people, cause, reason }: SeatRevocation,
): Promise<void> {
  const revoked = await revokeConvoyPasses(tx, convoyId, people, {
    reason,
    cause,
    at: now,
    userId: by.userId,
  });
  for (const id of revoked) await auditRevocation(tx, by, id, { reason, cause, convoy: convoyId });
}

/**
 * After corrections of these crossings (a supervisor's refusal, consent withdrawn, another exit point):
 * the passes of each passenger of a convoy still travelling whom the candidates' rule no longer lets
 * ride it are revoked (cause `decision-changed`), audited as the sender of the corrections.
 */
export async function revokeLostSeats(
  tx: Executor,
  sender: AuditInput,
  now: Date,
  corrected: readonly string[],
): Promise<void> {
  for (const { convoy, people } of await seatsLostBy(tx, corrected)) {
    await revokeAs(tx, senderOf(sender), now, {
      convoyId: convoy.id,
      people,
      cause: 'decision-changed',
      reason: `A correction of the crossing no longer admits the holder in transit on convoy ${convoy.code}.`,
    });
  }
}

/** What a pass issued to the rider now says of who they are: the name as printed, birth date, document. */
export const passIdentityOf = (
  rider: Pick<SeatIdentity['rider'], 'givenNames' | 'surname1' | 'surname2' | 'birthDate' | 'document'>,
) => ({
  name: [rider.givenNames, rider.surname1, rider.surname2].filter((p) => p).join(' '),
  birthDate: rider.birthDate,
  document: rider.document ? { kind: rider.document.type, number: rider.document.number } : null,
});

/**
 * After corrections of the person or document of these crossings: the seats of their people on convoys
 * still travelling name them as corrected, and each pass that names someone else (another name, birth
 * date or document) is revoked (cause `details-corrected`), audited as the sender of the corrections.
 * The seat stays theirs: the supervisor issues a new pass that carries the corrected identity.
 */
export async function revokeOutdatedPasses(
  tx: Executor,
  sender: AuditInput,
  now: Date,
  corrected: readonly string[],
): Promise<void> {
  const by = senderOf(sender);
  for (const { convoy, rider } of await refreshSeatIdentities(tx, corrected)) {
    const identity = canonical(passIdentityOf(rider));
    for (const pass of await unrevokedPassesOf(tx, convoy.id, rider.personId)) {
      const { name, birthDate, document } = pass;
      if (canonical({ name, birthDate, document }) === identity) continue;
      const reason = `A correction changed who the holder is: the pass no longer names them (convoy ${convoy.code}).`;
      const cause = 'details-corrected';
      const done = await revokePass(tx, pass.id, { reason, cause, at: now, userId: by.userId });
      if (done === 'revoked') await auditRevocation(tx, by, pass.id, { reason, cause, convoy: convoy.id });
    }
  }
}

/** A convoy's planned times, before or after a change. */
interface Times {
  readonly plannedDeparture: string;
  readonly plannedArrival: string;
}

/**
 * After a change of a convoy's times: each pass of the convoy in force that the old times covered and
 * the new ones do not (outdatedByNewTimes) is revoked (cause `schedule-changed`), audited as the
 * sender of the change; answers how many. The seat stays its holder's: a new pass is issued for it,
 * valid over the new times.
 */
export async function revokePassesOutdatedByNewTimes(
  tx: Executor,
  request: FastifyRequest,
  now: Date,
  change: {
    readonly convoy: { readonly id: string; readonly code: string };
    readonly before: Times;
    readonly after: Times;
  },
): Promise<number> {
  const by: Revoker = { userId: actorOf(request).user.id, audit: auditWriterOf(request, now) };
  const { convoy, before, after } = change;
  const reason = `The times of convoy ${convoy.code} changed: the pass no longer covers them.`;
  const cause = 'schedule-changed';
  let revoked = 0;
  for (const pass of await unrevokedPassesOf(tx, convoy.id, 'everyone')) {
    if (!outdatedByNewTimes(pass, before, after)) continue;
    const done = await revokePass(tx, pass.id, { reason, cause, at: now, userId: by.userId });
    if (done !== 'revoked') continue;
    await auditRevocation(tx, by, pass.id, { reason, cause, convoy: convoy.id });
    revoked += 1;
  }
  return revoked;
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
