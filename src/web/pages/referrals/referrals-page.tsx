// The protection referrals queue: children who came to the checkpoint alone or with an adult not their parent
// or guardian. Humanitarian staff close each once the child is in care, with a note; supervisors read.
import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { can } from '../../../domain/access';
import { type Referral, type ReferralStatus, viewsApi } from '../../api/views-endpoints';
import { LoadableView } from '../../components/loadable-view';
import { Options } from '../../components/options';
import { SelectField } from '../../components/select-field';
import { TextField } from '../../components/text-field';
import { referralStatusName } from '../../format/status-words';
import { useApiData } from '../../hooks/use-api-data';
import { useCheckpointList } from '../../hooks/use-checkpoints';
import { usePageTitle } from '../../hooks/use-page-title';
import { useUser } from '../../session/session';
import { QueueToolbar } from '../review/review-parts';
import { CloseReferralForm } from './close-referral-form';
import { ReferralCount } from './referral-count';
import { CaseCard, ReferralFacts } from './referral-facts';
import './referrals.css';

const STATUSES: readonly ReferralStatus[] = ['open', 'closed'];

export function ReferralsPage() {
  const { t } = useTranslation();
  usePageTitle(t('referrals.title'));
  const mayClose = can(useUser().role, 'referrals.manage');
  const [params, setParams] = useSearchParams();
  const status = STATUSES.find((s) => s === params.get('status')) ?? 'open';
  const checkpoint = params.get('checkpoint') ?? '';
  const q = params.get('q')?.trim() ?? '';
  const load = useCallback(
    (signal: AbortSignal) =>
      viewsApi.listReferrals({ status, checkpoint: checkpoint || undefined, q: q || undefined }, { signal }),
    [status, checkpoint, q],
  );
  const [referrals, reload] = useApiData(load);
  const [notice, setNotice] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  // The address keeps what is asked (shared, reloaded, back), leaving out what is the default.
  const ask = (next: { status?: ReferralStatus; checkpoint?: string; q?: string }) => {
    setNotice(null);
    const chosen = { status, checkpoint, q, ...next };
    const query: Record<string, string> = {};
    if (chosen.status !== 'open') query.status = chosen.status;
    if (chosen.checkpoint !== '') query.checkpoint = chosen.checkpoint;
    if (chosen.q.trim() !== '') query.q = chosen.q.trim();
    setParams(query);
  };

  return (
    <div className="page referrals" data-testid="referrals-page">
      <h1 ref={heading} tabIndex={-1}>
        {t('referrals.title')}
      </h1>
      {/* Those who close referrals are told to; supervisors, who only read them, who does. */}
      <p className="lead">{mayClose ? t('referrals.leadCloses') : t('referrals.leadReads')}</p>
      <QueueToolbar
        id="referral-status"
        value={status}
        options={STATUSES.map((s) => ({
          value: s,
          label: referralStatusName(s, t),
        }))}
        onChange={(s) => ask({ status: s })}
        onRefresh={reload}
        notice={notice}
      >
        <CheckpointFilter value={checkpoint} onChange={(code) => ask({ checkpoint: code })} />
      </QueueToolbar>
      {/* Keyed by the name asked: going back in history shows that name in the field again. */}
      <NameSearch key={q} q={q} onSearch={(typed) => ask({ q: typed })} />
      <LoadableView state={referrals} onRetry={reload}>
        {({ referrals: list, total }) => {
          const filtered = checkpoint !== '' || q !== '';
          return list.length === 0 && !filtered ? (
            <p className="empty">
              {status === 'open' ? t('referrals.emptyOpen') : t('referrals.emptyClosed')}
            </p>
          ) : (
            <>
              <ReferralCount listed={list.length} total={total} status={status} filtered={filtered} />
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
          );
        }}
      </LoadableView>
    </div>
  );
}

function CheckpointFilter({
  value,
  onChange,
}: {
  readonly value: string;
  readonly onChange: (code: string) => void;
}) {
  const { t } = useTranslation();
  const list = useCheckpointList();
  return (
    <SelectField id="referral-checkpoint" label={t('referrals.checkpoint')} value={value} onChange={onChange}>
      <option value="">{t('referrals.allCheckpoints')}</option>
      <Options items={list} value={(c) => c.code} label={(c) => c.name} />
    </SelectField>
  );
}

/** A part of a child's name; searching with the field blank shows the whole queue again. */
function NameSearch({ q, onSearch }: { readonly q: string; readonly onSearch: (typed: string) => void }) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState(q);
  return (
    <search>
      <form
        className="referral-search"
        onSubmit={(e) => {
          e.preventDefault();
          onSearch(typed);
        }}
      >
        <TextField
          id="referral-q"
          label={t('referrals.search')}
          hint={t('referrals.searchHint')}
          value={typed}
          onChange={setTyped}
          maxLength={200}
          spellCheck={false}
          autoComplete="off"
        />
        <button type="submit" className="button button-secondary">
          {t('referrals.find')}
        </button>
        {q === '' ? null : (
          <button type="button" className="button button-secondary" onClick={() => onSearch('')}>
            {t('referrals.showAll')}
          </button>
        )}
      </form>
    </search>
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
