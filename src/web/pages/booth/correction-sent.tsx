// What the booth says of a correction once sent, whichever it corrected (the decision, the person's
// details): refused by a later sync, holding the person for the supervisor, in conflict with another
// device's correction, applied, or still waiting on this device.
import type { RefObject } from 'react';
import type { EventOutcome } from '../../../api/events';

/** What became of the last correction sent, as its answer (or the outbox) said at the time. */
export type SentCorrection = {
  readonly id: string;
  readonly applied: boolean;
  /** Another correction of the crossing, made without seeing this one, says otherwise. */
  readonly conflict: boolean;
  /** The person, screened again as corrected, is held for the supervisor (a possible watchlist hit). */
  readonly held: boolean;
};

export type CorrectionState = 'refused' | 'held' | 'conflict' | 'applied' | 'queued';

export function correctionState(
  done: Omit<SentCorrection, 'id'>,
  later: EventOutcome | undefined,
): CorrectionState {
  if (later?.status === 'problem') return 'refused';
  // A hold outweighs a conflict: the person waits for the supervisor whichever correction counts.
  if (done.held || later?.screening === 'hold') return 'held';
  if (done.conflict || later?.conflict === true) return 'conflict';
  return done.applied || later !== undefined ? 'applied' : 'queued';
}

const NOTICE_CLASS: Record<CorrectionState, string> = {
  refused: 'notice notice-error',
  held: 'notice notice-warning',
  conflict: 'notice notice-warning',
  applied: 'notice notice-ok',
  queued: 'notice notice-ok',
};

type Props = {
  readonly noticeRef: RefObject<HTMLParagraphElement | null>;
  readonly state: CorrectionState;
  /** The sentence for each state, in the words of what was corrected. */
  readonly words: Readonly<Record<CorrectionState, string>>;
};

export function SentNotice({ noticeRef, state, words }: Props) {
  return (
    <p
      ref={noticeRef}
      tabIndex={-1}
      className={NOTICE_CLASS[state]}
      role="status"
      data-testid="correction-sent"
      data-status={state}
    >
      {words[state]}
    </p>
  );
}
