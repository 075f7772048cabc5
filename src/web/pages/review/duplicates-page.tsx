// The duplicate review queue (supervisors): two registrations that may be one person, side by side
// with why; confirm, reject or merge them (a merge counts them as one person and can be undone).
// A batch run looks for duplicates over the whole population.
import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { api } from '../../api/paso';
import type { ApiProblem } from '../../api/problem';
import type { BatchResult, Checkpoint, DuplicateDecision, DuplicateLink, LinkStatus } from '../../api/types';
import { Figures } from '../../components/figures';
import { FormFeedback } from '../../components/form-feedback';
import { LoadableView } from '../../components/loadable-view';
import { formatDateTime, formatNumber } from '../../format/format';
import { useApiData } from '../../hooks/use-api-data';
import { useLocale } from '../../hooks/use-locale';
import { usePageTitle } from '../../hooks/use-page-title';
import { loadCheckpoints } from '../home/load';
import { decisionsFor, LINK_STATUSES } from './decisions';
import { formatProbability } from './explanation';
import { ExplanationTable } from './explanation-table';
import { PersonFacts, QueueToolbar, ReviewTabs } from './review-parts';
import './review.css';

export function DuplicatesPage() {
  const { t } = useTranslation();
  usePageTitle(t('review.duplicates.title'));
  const [params, setParams] = useSearchParams();
  const status = LINK_STATUSES.find((s) => s === params.get('status')) ?? 'candidate';
  const load = useCallback((signal: AbortSignal) => api.listDuplicates(status, { signal }), [status]);
  const [links, reload] = useApiData(load);
  const [checkpoints] = useApiData(loadCheckpoints);
  const [notice, setNotice] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  const statusName = (s: LinkStatus): string => {
    switch (s) {
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
        const unknown: never = s;
        return unknown;
      }
    }
  };

  return (
    <div className="page review" data-testid="review-duplicates">
      <h1 ref={heading} tabIndex={-1}>
        {t('review.duplicates.title')}
      </h1>
      <ReviewTabs />
      <p className="lead">{t('review.duplicates.intro')}</p>
      <BatchPanel onDone={reload} />
      <QueueToolbar
        id="link-status"
        value={status}
        options={LINK_STATUSES.map((s) => ({ value: s, label: statusName(s) }))}
        onChange={(s) => {
          setNotice(null);
          setParams(s === 'candidate' ? {} : { status: s });
        }}
        onRefresh={reload}
        notice={notice}
      />
      <LoadableView state={links} onRetry={reload}>
        {(list) =>
          list.length === 0 ? (
            <p className="empty">{t('review.duplicates.empty')}</p>
          ) : (
            <ol className="review-list" aria-label={t('review.duplicates.listLabel')}>
              {list.map((link) => (
                <li key={link.id}>
                  <LinkCard
                    link={link}
                    checkpoints={checkpoints.status === 'ok' ? checkpoints.value : []}
                    statusName={statusName(link.status)}
                    onReviewed={(reviewed) => {
                      setNotice(
                        t('review.duplicates.done', {
                          a: nameOf(reviewed.a),
                          b: nameOf(reviewed.b),
                          status: statusName(reviewed.status),
                        }),
                      );
                      reload();
                      heading.current?.focus();
                    }}
                  />
                </li>
              ))}
            </ol>
          )
        }
      </LoadableView>
    </div>
  );
}

const nameOf = (p: DuplicateLink['a']) =>
  [p.givenNames, p.surname1, p.surname2 ?? ''].filter(Boolean).join(' ');

function BatchPanel({ onDone }: { readonly onDone: () => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [result, setResult] = useState<BatchResult | null>(null);
  const n = (value: number) => formatNumber(value, locale);

  async function run() {
    setBusy(true);
    setProblem(null);
    setResult(null);
    const ran = await api.runDuplicateBatch();
    setBusy(false);
    if (!ran.ok) {
      setProblem(ran.error);
      return;
    }
    setResult(ran.value);
    onDone();
  }

  return (
    <section className="panel review-batch" aria-labelledby="batch-title">
      <h2 id="batch-title">{t('review.duplicates.batch.title')}</h2>
      <p className="hint">{t('review.duplicates.batch.hint')}</p>
      <div className="actions">
        <button type="button" className="button button-primary" disabled={busy} onClick={() => void run()}>
          {busy ? t('review.duplicates.batch.running') : t('review.duplicates.batch.run')}
        </button>
      </div>
      <FormFeedback problem={problem} />
      <div role="status" aria-live="polite" data-testid="batch-result">
        {result === null ? null : (
          <Figures
            label={t('review.duplicates.batch.title')}
            items={[
              { id: 'batch-records', label: t('review.duplicates.batch.records'), value: n(result.records) },
              {
                id: 'batch-clusters',
                label: t('review.duplicates.batch.clusters'),
                value: n(result.clusters),
              },
              { id: 'batch-links', label: t('review.duplicates.batch.newLinks'), value: n(result.newLinks) },
              {
                id: 'batch-seconds',
                label: t('review.duplicates.batch.seconds'),
                value: t('review.duplicates.batch.secondsValue', {
                  value: new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(result.seconds),
                }),
              },
            ]}
          />
        )}
      </div>
    </section>
  );
}

type CardProps = {
  readonly link: DuplicateLink;
  readonly checkpoints: readonly Checkpoint[];
  readonly statusName: string;
  readonly onReviewed: (link: DuplicateLink) => void;
};

function LinkCard({ link, checkpoints, statusName, onReviewed }: CardProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const titleId = `link-${link.id}`;
  const a = nameOf(link.a);
  const b = nameOf(link.b);

  async function review(decision: DuplicateDecision) {
    setBusy(true);
    setProblem(null);
    const result = await api.reviewDuplicate(link.id, decision);
    setBusy(false);
    if (result.ok) onReviewed(result.value);
    else setProblem(result.error);
  }

  const decisionLabel = (d: DuplicateDecision): string => {
    switch (d) {
      case 'confirm':
        return t('review.duplicates.decision.confirm');
      case 'reject':
        return t('review.duplicates.decision.reject');
      case 'merge':
        return t('review.duplicates.decision.merge');
      case 'unmerge':
        return t('review.duplicates.decision.unmerge');
      default: {
        const unknown: never = d;
        return unknown;
      }
    }
  };

  return (
    <article className="panel review-item" aria-labelledby={titleId} data-testid="link" data-link={link.id}>
      <header className="review-item-header">
        <h2 id={titleId}>{t('review.duplicates.pair', { a: a || '—', b: b || '—' })}</h2>
        <span className="score" data-testid="link-score">
          {t('review.score', { value: formatProbability(link.score, locale) })}
        </span>
        <span className={link.status === 'candidate' ? 'tag tag-warning' : 'tag tag-muted'}>
          {statusName}
        </span>
        <span className="muted">
          {link.source === 'batch' ? t('review.duplicates.fromBatch') : t('review.duplicates.fromBooth')}
          {' · '}
          {t('review.found', { when: formatDateTime(link.createdAt, locale) })}
        </span>
      </header>
      <div className="review-sides">
        <section aria-labelledby={`${titleId}-a`}>
          <h3 id={`${titleId}-a`}>{t('review.duplicates.recordA')}</h3>
          <PersonFacts person={link.a} checkpoints={checkpoints} testId="link-a" />
        </section>
        <section aria-labelledby={`${titleId}-b`}>
          <h3 id={`${titleId}-b`}>{t('review.duplicates.recordB')}</h3>
          <PersonFacts person={link.b} checkpoints={checkpoints} testId="link-b" />
        </section>
      </div>
      <h3>{t('review.explanation.title')}</h3>
      <ExplanationTable
        explanation={link.explanation}
        explanationText={link.explanationText}
        leftLabel={t('review.duplicates.recordA')}
        rightLabel={t('review.duplicates.recordB')}
        records={{ left: link.a, right: link.b }}
        caption={t('review.explanation.caption', { name: t('review.duplicates.pair', { a, b }) })}
      />
      <FormFeedback problem={problem} />
      <div className="actions" aria-busy={busy}>
        {decisionsFor(link.status).map((d) => (
          <button
            key={d}
            type="button"
            className={d === 'merge' ? 'button button-primary' : 'button button-secondary'}
            disabled={busy}
            onClick={() => void review(d)}
            aria-describedby={titleId}
          >
            {decisionLabel(d)}
          </button>
        ))}
      </div>
    </article>
  );
}
