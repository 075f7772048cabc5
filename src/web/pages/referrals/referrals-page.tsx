// The protection referrals queue: children who came to the checkpoint alone or with an adult not their parent
// or guardian, and people the booth referred to protection. Humanitarian staff close each once the person
// is in care, with a note; supervisors read.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { TEXT_LIMITS } from '../../../api/common';
import { can } from '../../../domain/access';
import { REFERRAL_REASONS } from '../../../domain/crossings';
import { type Referral, type ReferralStatus, viewsApi } from '../../api/views-endpoints';
import { LoadableView } from '../../components/loadable-view';
import { Options } from '../../components/options';
import { PageNumbers, pageCount } from '../../components/page-numbers';
import { PageStatus } from '../../components/page-status';
import { SelectField } from '../../components/select-field';
import { TextField } from '../../components/text-field';
import { formatDateTime } from '../../format/format';
import { referralStatusName } from '../../format/status-words';
import { useApiData } from '../../hooks/use-api-data';
import { useCheckpointList } from '../../hooks/use-checkpoints';
import { useLocale } from '../../hooks/use-locale';
import { usePageTitle } from '../../hooks/use-page-title';
import { useUser } from '../../session/session';
import { QueueToolbar } from '../review/review-parts';
import { CloseReferralForm } from './close-referral-form';
import { ReferralCount } from './referral-count';
import { CaseCard, ReferralFacts, reasonName } from './referral-facts';
import './referrals.css';
import { useWording } from '../../hooks/use-wording';

const STATUSES: readonly ReferralStatus[] = ['open', 'closed'];
// A page holds as many cards as a caseworker reads through before acting on one.
const PAGE_SIZE = 25;

export function ReferralsPage() {
  const { t } = useTranslation();
  usePageTitle(t('referrals.title'));
  const mayClose = can(useUser().role, 'referrals.manage');
  const [params, setParams] = useSearchParams();
  const status = STATUSES.find((s) => s === params.get('status')) ?? 'open';
  const checkpoint = params.get('checkpoint') ?? '';
  const reason = REFERRAL_REASONS.find((r) => r === params.get('reason'));
  const q = params.get('q')?.trim() ?? '';
  const asked = Number(params.get('page'));
  const page = Number.isSafeInteger(asked) && asked >= 1 ? Math.min(asked, 100_000) : 1;
  // A name longer than the API takes (an address typed or cut by hand) is not asked for: the search
  // field says what is wrong with it, where a refusal would mark nothing.
  const qTooLong = q.length > TEXT_LIMITS.personName;
  const load = useCallback(
    (signal: AbortSignal) =>
      qTooLong
        ? Promise.resolve({ ok: true as const, value: { referrals: [], total: 0 } })
        : viewsApi.listReferrals(
            {
              status,
              checkpoint: checkpoint || undefined,
              reason,
              q: q || undefined,
              page,
              limit: PAGE_SIZE,
            },
            { signal },
          ),
    [status, checkpoint, reason, q, qTooLong, page],
  );
  const [referrals, reload] = useApiData(load);
  const [notice, setNotice] = useWording();
  // A close that found the referral closed already by someone else: said as a warning, not as done.
  const [closedBefore, setClosedBefore] = useWording();
  const locale = useLocale();
  const heading = useRef<HTMLHeadingElement>(null);
  // The address keeps what is asked (shared, reloaded, back), leaving out what is the default. Another
  // status, checkpoint, reason or name starts again at the first page.
  const ask = (
    next: {
      status?: ReferralStatus;
      checkpoint?: string;
      reason?: string;
      q?: string;
      page?: number;
    },
    replace = false,
  ) => {
    setNotice(null);
    setClosedBefore(null);
    const chosen = { status, checkpoint, reason: reason ?? '', q, ...next, page: next.page ?? 1 };
    const query: Record<string, string> = {};
    if (chosen.status !== 'open') query.status = chosen.status;
    if (chosen.checkpoint !== '') query.checkpoint = chosen.checkpoint;
    if (chosen.reason !== '') query.reason = chosen.reason;
    if (chosen.q.trim() !== '') query.q = chosen.q.trim();
    if (chosen.page > 1) query.page = String(chosen.page);
    setParams(query, { replace });
  };
  // A page past the last (an old link, or the last page emptied by closes) shows the last page in its
  // place, rather than "Página 99 de 8" and no referrals.
  const last = referrals.status === 'ok' ? pageCount(referrals.value.total, PAGE_SIZE) : null;
  // biome-ignore lint/correctness/useExhaustiveDependencies: ask is new each render; page and last decide.
  useEffect(() => {
    if (last !== null && page > last) ask({ page: last }, true);
  }, [page, last]);

  return (
    <div className="page referrals" data-testid="referrals-page">
      <h1 ref={heading} tabIndex={-1}>
        {t('referrals.title')}
      </h1>
      {/* Those who close referrals are told to; supervisors, who only read them, who does. */}
      <p className="lead">{mayClose ? t('referrals.leadCloses') : t('referrals.leadReads')}</p>
      {/* Above the filters: after a close, focus goes to the heading, and on a phone a notice under
          the filters was below the screen, while the card closed had left the list. */}
      <PageStatus notice={notice} />
      {closedBefore === null ? null : (
        <p className="notice notice-warning" role="alert" data-testid="referral-closed-before">
          {closedBefore}
        </p>
      )}
      <QueueToolbar
        id="referral-status"
        value={status}
        options={STATUSES.map((s) => ({
          value: s,
          label: referralStatusName(s, t),
        }))}
        onChange={(s) => ask({ status: s })}
        onRefresh={reload}
        notice={null}
      >
        <CheckpointFilter value={checkpoint} onChange={(code) => ask({ checkpoint: code })} />
        <SelectField
          id="referral-reason"
          label={t('referrals.reasonLabel')}
          value={reason ?? ''}
          onChange={(chosen) => ask({ reason: chosen })}
        >
          <option value="">{t('referrals.allReasons')}</option>
          <Options items={REFERRAL_REASONS} value={(r) => r} label={(r) => reasonName(r, t)} />
        </SelectField>
      </QueueToolbar>
      {/* Keyed by the name asked: going back in history shows that name in the field again. */}
      <NameSearch key={q} q={q} onSearch={(typed) => ask({ q: typed })} />
      {qTooLong ? null : (
        <LoadableView state={referrals} onRetry={reload}>
          {({ referrals: list, total }) => {
            const filtered = checkpoint !== '' || reason !== undefined || q !== '';
            // Its place in the queue: a reader's "item 26 of 166" on the second page.
            const first = (page - 1) * PAGE_SIZE + 1;
            const pages = (
              <PageNumbers
                page={page}
                pages={pageCount(total, PAGE_SIZE)}
                label={t('referrals.pagesLabel')}
                onPage={(to) => {
                  ask({ page: to });
                  heading.current?.focus();
                }}
              />
            );
            return total === 0 && !filtered ? (
              <p className="empty">
                {status === 'open' ? t('referrals.emptyOpen') : t('referrals.emptyClosed')}
              </p>
            ) : (
              <>
                <ReferralCount
                  first={first}
                  listed={list.length}
                  total={total}
                  status={status}
                  filtered={filtered}
                />
                <ol className="referral-list" aria-label={t('referrals.listLabel')} start={first}>
                  {list.map((referral) => (
                    <li key={referral.id}>
                      <ReferralCard
                        referral={referral}
                        mayClose={mayClose}
                        onClosed={(name) => {
                          setClosedBefore(null);
                          setNotice((t) => t('referrals.closedDone', { name }));
                          reload();
                          heading.current?.focus();
                        }}
                        onClosedBefore={(name, closed, yours) => {
                          setNotice(null);
                          setClosedBefore((t) =>
                            t('referralClose.closedBefore', {
                              by: closed.closedBy ?? '—',
                              name,
                              at:
                                closed.closedAt === null
                                  ? '—'
                                  : formatDateTime(closed.closedAt, locale, closed.checkpoint.timeZone),
                              note: closed.note ?? '—',
                              yours,
                            }),
                          );
                          reload();
                          heading.current?.focus();
                        }}
                      />
                    </li>
                  ))}
                </ol>
                {pages}
              </>
            );
          }}
        </LoadableView>
      )}
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

/** A part of a person's name; searching with the field blank shows the whole queue again. */
function NameSearch({ q, onSearch }: { readonly q: string; readonly onSearch: (typed: string) => void }) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState(q);
  const max = TEXT_LIMITS.personName;
  const length = typed.trim().length;
  return (
    <search>
      <form
        className="referral-search"
        onSubmit={(e) => {
          e.preventDefault();
          if (length <= max) onSearch(typed);
        }}
      >
        <TextField
          id="referral-q"
          label={t('referrals.search')}
          hint={t('referrals.searchHint')}
          value={typed}
          onChange={setTyped}
          error={length > max ? t('form.tooLong', { max, length }) : undefined}
          maxLength={max}
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
  readonly onClosedBefore: (name: string, closed: Referral, yours: string) => void;
};

function ReferralCard({ referral, mayClose, onClosed, onClosedBefore }: CardProps) {
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
            <CloseReferralForm
              referral={referral}
              name={name}
              onClosed={onClosed}
              onClosedBefore={onClosedBefore}
            />
          ) : null}
        </>
      )}
    </CaseCard>
  );
}
