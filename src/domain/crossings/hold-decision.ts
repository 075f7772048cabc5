// Deciding a held crossing: a correction that gives it another decision, or voids it, resolves the
// hold, and must say why. The supervisor's note is the record of the legal or operational reason the
// person was let through, refused or taken off the count (docs/counting.md).
import type { CorrectionInput } from './types';

type Correction = Pick<CorrectionInput, 'void' | 'set' | 'note'>;

/** True when the correction decides a held crossing: another decision than `held`, or a void. */
export function decidesHold(correction: Correction): boolean {
  if (correction.void === true) return true;
  const decision = correction.set?.decision;
  return decision !== undefined && decision !== 'held';
}

/**
 * The reason a correction gives, trimmed: the note it sets on the crossing (the held-case form sends
 * the resolution there) or else its own note; '' when it gives none, or only spaces.
 */
function correctionReason(correction: Correction): string {
  const set = correction.set?.note;
  const own = typeof set === 'string' ? set.trim() : '';
  return own !== '' ? own : (correction.note?.trim() ?? '');
}

/** True when the correction decides a held crossing without saying why: it is refused. */
export const lacksHoldReason = (correction: Correction): boolean =>
  decidesHold(correction) && correctionReason(correction) === '';
