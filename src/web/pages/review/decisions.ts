// Which reviews a duplicate link offers in each state, as the server allows them: a merged link can
// only be undone; any other can be confirmed, rejected or merged unless it already is that.
import type { DuplicateDecision, LinkStatus } from '../../api/types';

export const LINK_STATUSES: readonly [LinkStatus, ...LinkStatus[]] = [
  'candidate',
  'confirmed',
  'rejected',
  'merged',
  'unmerged',
];

export function decisionsFor(status: LinkStatus): readonly DuplicateDecision[] {
  switch (status) {
    case 'candidate':
    case 'unmerged':
      return ['confirm', 'reject', 'merge'];
    case 'confirmed':
      return ['merge', 'reject'];
    case 'rejected':
      return ['confirm', 'merge'];
    case 'merged':
      return ['unmerge'];
    default: {
      const unknown: never = status;
      return unknown;
    }
  }
}
