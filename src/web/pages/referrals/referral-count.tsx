// How many referrals the queue holds, or how many match the checkpoint and the name chosen, and
// whether the list shows them all: one answer lists at most REFERRAL_LIST_LIMIT.
import { useTranslation } from 'react-i18next';
import type { ReferralStatus } from '../../api/views-endpoints';

type Props = {
  readonly listed: number;
  readonly total: number;
  readonly status: ReferralStatus;
  /** A checkpoint or a name narrows the queue: the figure is then of those that match. */
  readonly filtered: boolean;
};

export function ReferralCount({ listed, total, status, filtered }: Props) {
  const { t } = useTranslation();
  const count =
    status === 'open'
      ? filtered
        ? t('referrals.foundOpen', { count: total })
        : t('referrals.totalOpen', { count: total })
      : filtered
        ? t('referrals.foundClosed', { count: total })
        : t('referrals.totalClosed', { count: total });
  return (
    <>
      <p className="referral-count" data-testid="referrals-total">
        {count}
      </p>
      {listed < total ? (
        <p className="hint" data-testid="referrals-more">
          {status === 'open'
            ? t('referrals.moreOpen', { shown: listed })
            : t('referrals.moreClosed', { shown: listed })}
        </p>
      ) : null}
    </>
  );
}
