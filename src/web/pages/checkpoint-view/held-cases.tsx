// Held cases waiting for the supervisor: who, with what document, at which booth, since when, and a
// form to resolve each.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { HeldCase, Overview } from '../../api/views-endpoints';
import { Fact } from '../../components/fact';
import { PageStatus } from '../../components/page-status';
import { UnbrokenCode } from '../../components/unbroken-code';
import { formatDateTime } from '../../format/format';
import { useLocale } from '../../hooks/use-locale';
import { PATHS } from '../../routes';
import { CaseCard, PersonFacts } from '../referrals/referral-facts';
import { HeldDocument } from './held-document';
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
            <HeldDocument held={held} />
          </dl>
          <HeldWhy why={held.why} timeZone={checkpoint.timeZone} />
          <ResolveForm
            eventId={held.eventId}
            idPrefix="resolve"
            checkpointCode={checkpoint.code}
            name={name}
            isHeld
            onResolved={onResolved}
          />
        </>
      )}
    </CaseCard>
  );
}

// Why the person waits, before the supervisor decides: an unreviewed watchlist match first (it must
// be reviewed before the person is let through), then a reviewed one with its reviewer's reason (a
// dismissal always has one), the officer's reason, the
// correction that set the hold with its own reason, and the policy's advice.
export function HeldWhy({ why, timeZone }: { readonly why: HeldCase['why']; readonly timeZone: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const when = (at: string | null) =>
    at === null ? t('common.notApplicable') : formatDateTime(at, locale, timeZone);
  const by = (name: string | null) => name ?? t('common.notApplicable');
  const policy =
    why.legalBasis === null
      ? t('overview.held.whyPolicy')
      : t('overview.held.whyPolicyBasis', { legalBasis: why.legalBasis });
  const review = why.screeningReview;
  const correction = why.correction;
  const explained = why.screening || review !== null || why.officerReason !== null || correction !== null;
  // A list only when it has something in it: a match alone is said by its notice.
  const facts = why.officerReason !== null || correction !== null || why.policyReferred || !why.screening;
  return (
    <div className="held-why" data-testid="held-why">
      {why.screening ? (
        <p className="notice notice-warning" data-testid="held-why-screening">
          {t('overview.held.whyScreening')}{' '}
          <Link to={PATHS.reviewScreening}>{t('overview.held.review')}</Link>
        </p>
      ) : null}
      {facts ? (
        <dl className="facts">
          {review === null ? null : (
            <Fact label={t('overview.held.whyWatchlist')}>
              {review.outcome === 'confirmed'
                ? t('overview.held.whyConfirmed', { by: by(review.by), at: when(review.at) })
                : t('overview.held.whyDismissed', { by: by(review.by), at: when(review.at) })}
            </Fact>
          )}
          {review?.note == null ? null : <Fact label={t('overview.held.whyReviewNote')}>{review.note}</Fact>}
          {why.officerReason === null ? null : (
            <Fact label={t('overview.held.whyOfficer')}>{why.officerReason}</Fact>
          )}
          {correction === null ? null : (
            <>
              <Fact label={t('overview.held.whyCorrection')}>
                {correction.offline
                  ? t('overview.held.whyCorrectionByOffline', {
                      by: by(correction.by),
                      at: when(correction.at),
                    })
                  : t('overview.held.whyCorrectionBy', { by: by(correction.by), at: when(correction.at) })}
              </Fact>
              <Fact label={t('overview.held.whyCorrectionReason')}>
                {correction.reason ?? t('overview.held.whyCorrectionNoReason')}
              </Fact>
            </>
          )}
          {why.policyReferred ? <Fact label={t('overview.held.whyRule')}>{policy}</Fact> : null}
          {!explained && !why.policyReferred ? (
            <Fact label={t('overview.held.whyOfficer')}>{t('overview.held.whyNone')}</Fact>
          ) : null}
        </dl>
      ) : null}
    </div>
  );
}
