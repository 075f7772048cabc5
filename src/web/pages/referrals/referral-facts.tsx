// A protection referral as both its readers see it: the person (name, age, sex, nationality), where
// and when they crossed on the checkpoint's clock (named), and why they were referred. Nothing of screening.
// CaseCard frames one person's case, a referral or a held crossing, under the person's name.
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventPerson, Referral } from '../../api/views-endpoints';
import { Fact } from '../../components/fact';
import { formatDateTime } from '../../format/format';
import { fullName, sexName } from '../../format/person-name';
import { useCountryName } from '../../hooks/use-country-name';
import { useLocale } from '../../hooks/use-locale';

export function reasonName(reason: string, t: TFunction): string {
  switch (reason) {
    case 'unaccompanied-minor':
      return t('referrals.reason.unaccompanied');
    case 'separated-minor':
      return t('referrals.reason.separated');
    case 'referred-protection':
      return t('referrals.reason.referredProtection');
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
  // Every time of a referral is on its checkpoint's clock, named: cards of two countries' checkpoints
  // share a page, and a device in Tacna reads a close at Chacalluta an hour ahead of its own clock.
  const atClock = (iso: string) =>
    t('referrals.atClock', {
      time: formatDateTime(iso, locale, r.checkpoint.timeZone),
      place: r.checkpoint.name,
    });
  const place =
    r.boothCode === null
      ? r.checkpoint.name
      : t('referrals.placeAtBooth', { place: r.checkpoint.name, booth: r.boothCode });
  return (
    <dl className="facts" data-testid="referral-facts">
      <PersonFacts person={r.person} />
      <Fact label={t('referrals.reasonLabel')}>{reasonName(r.reason, t)}</Fact>
      <Fact label={t('referrals.place')}>{place}</Fact>
      <Fact label={t('referrals.crossedAt')}>{atClock(r.crossedAt)}</Fact>
      {r.companion === null ? null : (
        <Fact label={t('referrals.companion')}>
          {r.companion.person.age === null
            ? t('referrals.companionNoAge', {
                name: fullName(r.companion.person) || t('referrals.noName'),
                at: formatDateTime(r.companion.crossedAt, locale, r.checkpoint.timeZone),
              })
            : t('referrals.companionIs', {
                name: fullName(r.companion.person) || t('referrals.noName'),
                age: t('referrals.years', { count: r.companion.person.age }),
                at: formatDateTime(r.companion.crossedAt, locale, r.checkpoint.timeZone),
              })}
        </Fact>
      )}
      {r.closedAt === null ? null : (
        <>
          <Fact label={t('referrals.closedAt')}>{atClock(r.closedAt)}</Fact>
          {r.closedBy === null ? null : <Fact label={t('referrals.closedBy')}>{r.closedBy}</Fact>}
          <Fact label={t('referrals.note')}>{r.note ?? t('referrals.unknown')}</Fact>
        </>
      )}
    </dl>
  );
}

type CardProps = {
  /** The heading's id, unique on the page; the card is labelled by it. */
  readonly titleId: string;
  readonly person: EventPerson;
  /** h2 where the cards are the page's own list, h3 under a section's heading. */
  readonly heading: 'h2' | 'h3';
  readonly className: string;
  readonly testId: string;
  /** The data attributes by which tests find one case. */
  readonly data: Readonly<Record<`data-${string}`, string>>;
  /** The case's state, in a tag beside the name: a warning while it waits on someone. */
  readonly tag: { readonly label: string; readonly warning: boolean };
  /** The card's body, given the name the heading shows. */
  readonly children: (name: string) => ReactNode;
};

export function CaseCard({
  titleId,
  person,
  heading: Heading,
  className,
  testId,
  data,
  tag,
  children,
}: CardProps) {
  const { t } = useTranslation();
  const name = fullName(person) || t('referrals.noName');
  return (
    <article className={className} aria-labelledby={titleId} data-testid={testId} {...data}>
      <header className="referral-header">
        <Heading id={titleId}>{name}</Heading>
        <span className={tag.warning ? 'tag tag-warning' : 'tag tag-muted'}>{tag.label}</span>
      </header>
      {children(name)}
    </article>
  );
}
