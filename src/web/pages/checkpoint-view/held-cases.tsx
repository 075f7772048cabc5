// Held cases waiting for the supervisor: who, at which booth, since when, and a form to resolve each.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HeldCase, Overview } from '../../api/views-endpoints';
import { Fact } from '../../components/fact';
import { PageStatus } from '../../components/page-status';
import { UnbrokenCode } from '../../components/unbroken-code';
import { formatDateTime } from '../../format/format';
import { useLocale } from '../../hooks/use-locale';
import { CaseCard, PersonFacts } from '../referrals/referral-facts';
import { ResolveForm } from './resolve-form';

type Props = { readonly overview: Overview; readonly onResolved: () => void };

export function HeldCases({ overview, onResolved }: Props) {
  const { t } = useTranslation();
  const [done, setDone] = useState<string | null>(null);
  return (
    <>
      <PageStatus notice={done} />
      {overview.held.length === 0 ? (
        <p className="empty">{t('overview.held.none')}</p>
      ) : (
        <ol className="held-list">
          {overview.held.map((held) => (
            <li key={held.eventId}>
              <HeldCard
                held={held}
                checkpoint={overview.checkpoint}
                onResolved={(message) => {
                  setDone(message);
                  onResolved();
                }}
              />
            </li>
          ))}
        </ol>
      )}
    </>
  );
}

type CardProps = {
  readonly held: HeldCase;
  readonly checkpoint: Overview['checkpoint'];
  readonly onResolved: (message: string) => void;
};

function HeldCard({ held, checkpoint, onResolved }: CardProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <CaseCard
      titleId={`held-${held.eventId}`}
      person={held.person}
      heading="h3"
      className="panel held-case"
      testId="held-case"
      data={{ 'data-event': held.eventId }}
      tag={{ label: t('overview.held.tag'), warning: true }}
    >
      {(name) => (
        <>
          <dl className="facts">
            <Fact label={t('overview.held.booth')}>
              {held.boothCode === null ? (
                t('overview.booths.noBooth')
              ) : (
                <UnbrokenCode>{held.boothCode}</UnbrokenCode>
              )}
            </Fact>
            <Fact label={t('overview.held.since')}>
              {formatDateTime(held.at, locale, checkpoint.timeZone)}
            </Fact>
            <Fact label={t('overview.held.officer')}>{held.recordedBy ?? t('common.notApplicable')}</Fact>
            <PersonFacts person={held.person} />
          </dl>
          <ResolveForm held={held} checkpointCode={checkpoint.code} name={name} onResolved={onResolved} />
        </>
      )}
    </CaseCard>
  );
}
