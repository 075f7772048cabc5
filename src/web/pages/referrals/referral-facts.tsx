// A protection referral as both its readers see it: the child (name, age, sex, nationality), where
// and when they crossed on the checkpoint's clock, and why they were referred. Nothing of screening.
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { EventPerson, Referral } from '../../api/views-endpoints';
import { formatDateTime } from '../../format/format';
import { useCountryName } from '../../hooks/use-country-name';
import { useLocale } from '../../hooks/use-locale';
import { Fact, sexName } from '../review/review-parts';

export function reasonName(reason: string, t: TFunction): string {
  switch (reason) {
    case 'unaccompanied-minor':
      return t('referrals.reason.unaccompanied');
    case 'separated-minor':
      return t('referrals.reason.separated');
    default:
      // A reason this app does not know yet: its code is better than nothing.
      return reason;
  }
}

/** Who the person is, as far as a referral or a held case may say: age, sex and nationality. */
export function PersonFacts({ person: p }: { readonly person: EventPerson }) {
  const { t } = useTranslation();
  const countryName = useCountryName();
  return (
    <>
      <Fact label={t('referrals.age')}>
        {p.age === null ? t('referrals.ageUnknown') : t('referrals.years', { count: p.age })}
      </Fact>
      <Fact label={t('referrals.sex')}>{sexName(p.sex, t)}</Fact>
      <Fact label={t('referrals.nationality')}>
        {p.nationality === null ? t('referrals.unknown') : `${countryName(p.nationality)} (${p.nationality})`}
      </Fact>
    </>
  );
}

export function ReferralFacts({ referral: r }: { readonly referral: Referral }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const place =
    r.boothCode === null
      ? r.checkpoint.name
      : t('referrals.placeAtBooth', { place: r.checkpoint.name, booth: r.boothCode });
  return (
    <dl className="facts" data-testid="referral-facts">
      <PersonFacts person={r.person} />
      <Fact label={t('referrals.reasonLabel')}>{reasonName(r.reason, t)}</Fact>
      <Fact label={t('referrals.place')}>{place}</Fact>
      <Fact label={t('referrals.crossedAt')}>
        {formatDateTime(r.crossedAt, locale, r.checkpoint.timeZone)}
      </Fact>
      {r.closedAt === null ? null : (
        <>
          <Fact label={t('referrals.closedAt')}>
            {formatDateTime(r.closedAt, locale, r.checkpoint.timeZone)}
          </Fact>
          <Fact label={t('referrals.note')}>{r.note ?? t('referrals.unknown')}</Fact>
        </>
      )}
    </dl>
  );
}
