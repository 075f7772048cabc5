// The states of the review queues and of protection referrals in words, for their pages and for the
// audit log (which records the state a user listed). Each key written out for the catalogue test.
import type { TFunction } from 'i18next';
import type { HitStatus, LinkStatus } from '../api/types';
import type { ReferralStatus } from '../api/views-endpoints';

export function hitStatusName(status: HitStatus, t: TFunction): string {
  switch (status) {
    case 'open':
      return t('review.screening.status.open');
    case 'confirmed':
      return t('review.screening.status.confirmed');
    case 'dismissed':
      return t('review.screening.status.dismissed');
    default: {
      const unknown: never = status;
      return unknown;
    }
  }
}

export function linkStatusName(status: LinkStatus, t: TFunction): string {
  switch (status) {
    case 'candidate':
      return t('review.duplicates.status.candidate');
    case 'confirmed':
      return t('review.duplicates.status.confirmed');
    case 'rejected':
      return t('review.duplicates.status.rejected');
    case 'merged':
      return t('review.duplicates.status.merged');
    case 'unmerged':
      return t('review.duplicates.status.unmerged');
    default: {
      const unknown: never = status;
      return unknown;
    }
  }
}

export function referralStatusName(status: ReferralStatus, t: TFunction): string {
  return status === 'open' ? t('referrals.status.open') : t('referrals.status.closed');
}
