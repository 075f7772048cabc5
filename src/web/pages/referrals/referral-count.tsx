// How many referrals the queue holds, or how many match the checkpoint and the name chosen, and,
// when they take more than one page, which of them the page shows.
import { useTranslation } from 'react-i18next';
import type { ReferralStatus } from '../../api/views-endpoints';
import { formatNumber } from '../../format/format';
import { useLocale } from '../../hooks/use-locale';

type Props = {
  /** The position in the queue of the first one listed, from 1. */
  readonly first: number;
  readonly listed: number;
  readonly total: number;
  readonly status: ReferralStatus;
  /** A checkpoint or a name narrows the queue: the figure is then of those that match. */
  readonly filtered: boolean;
};

export function ReferralCount({ first, listed, total, status, filtered }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  // The count chooses the plural; the figure is written with its groups ("1,250").
  const n = { count: total, formatted: formatNumber(total, locale) };
  const count =
    status === 'open'
      ? filtered
        ? t('referrals.foundOpen', n)
        : t('referrals.totalOpen', n)
      : filtered
        ? t('referrals.foundClosed', n)
        : t('referrals.totalClosed', n);
  const shown = { from: formatNumber(first, locale), to: formatNumber(first + listed - 1, locale) };
  return (
    <>
      <p className="referral-count" data-testid="referrals-total">
        {count}
      </p>
      {listed > 0 && listed < total ? (
        <p className="hint" data-testid="referrals-shown">
          {status === 'open' ? t('referrals.shownOpen', shown) : t('referrals.shownClosed', shown)}
        </p>
      ) : null}
      {listed === 0 && total > 0 ? (
        <p className="hint" data-testid="referrals-shown">
          {t('referrals.pastLast')}
        </p>
      ) : null}
    </>
  );
}
