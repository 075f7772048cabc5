// The duplicate-link state machine: a link between two records that may be one person starts as a
// candidate; a review confirms, rejects or merges it, and a merge can be undone. Every state but
// merged can take any review that changes it. A review that changes who is counted as whom says why.

import { err, ok, type Result } from '../shared';

export const LINK_STATUSES = ['candidate', 'confirmed', 'rejected', 'merged', 'unmerged'] as const;
export type LinkStatus = (typeof LINK_STATUSES)[number];

export const LINK_DECISIONS = ['confirm', 'reject', 'merge', 'unmerge'] as const;
export type LinkDecision = (typeof LINK_DECISIONS)[number];

export interface LinkTransitionError {
  readonly code: 'duplicate.invalid-transition';
  readonly from: LinkStatus;
  readonly decision: LinkDecision;
}

// In the order a reviewer is offered them.
const DECISIONS: Readonly<Record<LinkStatus, readonly LinkDecision[]>> = {
  candidate: ['confirm', 'reject', 'merge'],
  unmerged: ['confirm', 'reject', 'merge'],
  confirmed: ['merge', 'reject'],
  rejected: ['confirm', 'merge'],
  merged: ['unmerge'],
};

const OUTCOME: Readonly<Record<LinkDecision, LinkStatus>> = {
  confirm: 'confirmed',
  reject: 'rejected',
  merge: 'merged',
  unmerge: 'unmerged',
};

// A merge, a rejection (two records are two people) and an undone merge decide who is counted as
// whom: the supervisor leaves a reason, which the audit keeps. A confirmation only agrees with the
// suggestion and may leave one.
const NEEDS_REASON: readonly LinkDecision[] = ['reject', 'merge', 'unmerge'];

/** A review that must say why. */
export type ReasonedDecision = Exclude<LinkDecision, 'confirm'>;

/** Whether a review must say why. */
export const decisionNeedsReason = (decision: LinkDecision): decision is ReasonedDecision =>
  NEEDS_REASON.includes(decision);

/** The reviews a link in this state may be given. */
export const decisionsFor = (status: LinkStatus): readonly LinkDecision[] => DECISIONS[status];

/** The state a review leads to, or why the link in its state cannot take it. */
export function reviewLink(
  from: LinkStatus,
  decision: LinkDecision,
): Result<LinkStatus, LinkTransitionError> {
  if (!DECISIONS[from].includes(decision))
    return err({ code: 'duplicate.invalid-transition', from, decision });
  return ok(OUTCOME[decision]);
}
