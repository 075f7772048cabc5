// The protection referrals queue: children who came to the checkpoint alone or with an adult not their parent
// or guardian. Humanitarian staff close each once the child is in care, with a note; supervisors read.
import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { REFERRAL_LIST_LIMIT } from '../../../api/crossing-views';
import { can } from '../../../domain/access';
import { type Referral, type ReferralStatus, viewsApi } from '../../api/views-endpoints';
import { LoadableView } from '../../components/loadable-view';
import { referralStatusName } from '../../format/status-words';
import { useApiData } from '../../hooks/use-api-data';
import { usePageTitle } from '../../hooks/use-page-title';
import { useUser } from '../../session/session';
import { QueueToolbar } from '../review/review-parts';
import { CloseReferralForm } from './close-referral-form';
import { CaseCard, ReferralFacts } from './referral-facts';
import './referrals.css';

const STATUSES: readonly ReferralStatus[] = ['open', 'closed'];

export function ReferralsPage() {
  const { t } = useTranslation();
  usePageTitle(t('referrals.title'));
  const mayClose = can(useUser().role, 'referrals.manage');
  const [params, setParams] = useSearchParams();
  const status = STATUSES.find((s) => s === params.get('status')) ?? 'open';
  const load = useCallback((signal: AbortSignal) => viewsApi.listReferrals(status, { signal }), [status]);
  const [referrals, reload] = useApiData(load);
  const [notice, setNotice] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  return (
    <div className="page referrals" data-testid="referrals-page">
      <h1 ref={heading} tabIndex={-1}>
        {t('referrals.title')}
      </h1>
      <p className="lead">{t('referrals.lead')}</p>
      <QueueToolbar
        id="referral-status"
        value={status}
        options={STATUSES.map((s) => ({
          value: s,
          label: referralStatusName(s, t),
        }))}
        onChange={(s) => {
          setNotice(null);
          setParams(s === 'open' ? {} : { status: s });
        }}
        onRefresh={reload}
        notice={notice}
      />
      <LoadableView state={referrals} onRetry={reload}>
        {(list) =>
          list.length === 0 ? (
            <p className="empty">
              {status === 'open' ? t('referrals.emptyOpen') : t('referrals.emptyClosed')}
            </p>
          ) : (
            <>
              <ReferralsMore listed={list.length} status={status} />
              <ol className="referral-list" aria-label={t('referrals.listLabel')}>
                {list.map((referral) => (
                  <li key={referral.id}>
                    <ReferralCard
                      referral={referral}
                      mayClose={mayClose}
                      onClosed={(name) => {
                        setNotice(t('referrals.closedDone', { name }));
                        reload();
                        heading.current?.focus();
                      }}
                    />
                  </li>
                ))}
              </ol>
            </>
          )
        }
      </LoadableView>
    </div>
  );
}

/** Says when the list holds as many referrals as one answer gives: there may be more than shown. */
export function ReferralsMore({
  listed,
  status,
}: {
  readonly listed: number;
  readonly status: ReferralStatus;
}) {
  const { t } = useTranslation();
  if (listed < REFERRAL_LIST_LIMIT) return null;
  return (
    <p className="hint" data-testid="referrals-more">
      {status === 'open'
        ? t('referrals.moreOpen', { shown: REFERRAL_LIST_LIMIT })
        : t('referrals.moreClosed', { shown: REFERRAL_LIST_LIMIT })}
    </p>
  );
}

type CardProps = {
  readonly referral: Referral;
  readonly mayClose: boolean;
  readonly onClosed: (name: string) => void;
};

function ReferralCard({ referral, mayClose, onClosed }: CardProps) {
  const { t } = useTranslation();
  return (
    <CaseCard
      titleId={`referral-${referral.id}`}
      person={referral.person}
      heading="h2"
      className="panel referral"
      testId="referral"
      data={{ 'data-referral': referral.id }}
      tag={{
        // One referral's state: "Abierta", where the filter lists "Abiertas".
        label: referral.status === 'open' ? t('referrals.state.open') : t('referrals.state.closed'),
        warning: referral.status === 'open',
      }}
    >
      {(name) => (
        <>
          <ReferralFacts referral={referral} />
          {referral.status === 'open' && mayClose ? (
            <CloseReferralForm referral={referral} name={name} onClosed={onClosed} />
          ) : null}
        </>
      )}
    </CaseCard>
  );
}
