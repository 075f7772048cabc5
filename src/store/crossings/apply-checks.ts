// The checks applying an event makes before it changes anything: its place and the actor's right to
// it, and what a correction may do to the event it corrects. Each refusal is an outcome, not a throw.
import {
  type CorrectionInput as CorrectionEvent,
  isFieldOf,
  lacksHoldReason,
  type EventInput as PasoEvent,
} from '../../domain/crossings';
import type { ApplyOutcome, EventActor, EventProblemCode, Pending, Place } from './apply';

export const problem = (code: EventProblemCode, detail: string): ApplyOutcome => ({
  status: 'problem',
  code,
  detail,
});

export function checkPlace(event: PasoEvent, place: Place | undefined, ctx: EventActor): ApplyOutcome | null {
  if (!place) return problem('event.unknown-checkpoint', `No checkpoint has the code ${event.checkpoint}.`);
  if (ctx.allowedCheckpoints && !ctx.allowedCheckpoints.includes(place.id)) {
    return problem('event.checkpoint-not-assigned', `You are not assigned to ${event.checkpoint}.`);
  }
  if (event.booth !== undefined && !place.booths.has(event.booth)) {
    return problem('event.unknown-booth', `${event.checkpoint} has no booth ${event.booth}.`);
  }
  return null;
}

export function checkCorrection(
  event: CorrectionEvent,
  target: Pending | undefined,
  place: Place,
  targetDecision: string | null | undefined,
  ctx: EventActor,
): ApplyOutcome | null {
  if (!target) return null;
  if (target.kind === 'correction') {
    return problem(
      'correction.target-kind',
      'A correction corrects a crossing or a tally, not a correction.',
    );
  }
  const foreign = Object.keys(event.set ?? {}).filter(
    (key) => (target.kind === 'crossing' || target.kind === 'tally') && !isFieldOf(target.kind, key),
  );
  if (foreign.length > 0) {
    return problem(
      'correction.field-kind',
      `A ${target.kind} has no ${foreign.join(', ')}${target.kind === 'crossing' ? " (a crossing's nationality is in person)" : ''}.`,
    );
  }
  if (target.checkpointId !== place.id) {
    return problem(
      'correction.checkpoint',
      'A correction is made at the checkpoint of the event it corrects.',
    );
  }
  if (
    !ctx.mayResolveHolds &&
    targetDecision === 'held' &&
    (event.void || event.set?.decision !== undefined)
  ) {
    return problem('correction.held', 'Only a supervisor decides on a held crossing.');
  }
  return null;
}

/**
 * A decision on a held crossing dated before the correction that held it (a supervisor's device whose
 * clock runs behind, or a decision made offline before a watchlist hit) would be stored and change
 * nothing: the later hold stands. It is refused, so that whoever sent it learns of the hold.
 */
function checkAfterHold(event: CorrectionEvent, since: string | undefined): ApplyOutcome | null {
  if (since === undefined || !(event.void || event.set?.decision !== undefined)) return null;
  if (event.set?.decision === 'held' || Date.parse(event.at) > Date.parse(since)) return null;
  return problem(
    'correction.before-hold',
    `This crossing was held at ${since}, after this decision's time (${event.at}): decide again, and check this device's clock.`,
  );
}

/**
 * A decision on a held crossing (another decision, or a void) says why: the supervisor's note is the
 * legal or operational reason for it, in the record and the audit log. Refused without one; a record
 * another system made (`paso events import`) is taken as it was recorded.
 */
function checkHoldReason(event: CorrectionEvent, asRecorded: boolean): ApplyOutcome | null {
  if (asRecorded || !lacksHoldReason(event)) return null;
  return problem(
    'correction.note-required',
    'A decision on a held crossing needs a note: the legal or operational reason for it.',
  );
}

/** The checks of a correction of a crossing held now: made after the hold, and with its reason. */
export const checkHeldDecision = (
  event: CorrectionEvent,
  since: string | undefined,
  asRecorded: boolean,
): ApplyOutcome | null => checkAfterHold(event, since) ?? checkHoldReason(event, asRecorded);

// A person held on a watchlist hit is let through only once the hit has been reviewed (the screening
// review releases the hold itself when every hit is dismissed); a refusal or a void stays possible.
const LETS_THROUGH: ReadonlySet<string> = new Set(['admitted', 'admitted-transit', 'referred-protection']);

export function checkRelease(event: CorrectionEvent, unreviewedHit: boolean): ApplyOutcome | null {
  const decision = event.set?.decision;
  if (!unreviewedHit || typeof decision !== 'string' || !LETS_THROUGH.has(decision)) return null;
  return problem(
    'correction.unreviewed-hit',
    'This person has a watchlist hit that nobody has reviewed yet: review it before letting them through.',
  );
}
