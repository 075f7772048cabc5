// The duplicate review queue (supervisors): two registrations that may be one person, side by side
// with why; confirm, reject or merge them (a merge counts them as one person and can be undone).
// A batch run looks for duplicates over the whole population.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/paso';
import type { BatchResult, Checkpoint, DuplicateDecision, DuplicateLink, LinkStatus } from '../../api/types';
import { Figures } from '../../components/figures';
import { FormFeedback } from '../../components/form-feedback';
import { formatNumber } from '../../format/format';
import { useApiCall } from '../../hooks/use-api-call';
import { useLocale } from '../../hooks/use-locale';
import { decisionsFor, LINK_STATUSES } from './decisions';
import { ExplanationTable } from './explanation-table';
import { fullName, PersonFacts } from './review-parts';
import { ReviewItemHeader, ReviewQueue, useReviewQueue } from './review-queue';
import './review.css';

const loadLinks = (status: LinkStatus, signal: AbortSignal) => api.listDuplicates(status, { signal });

export function DuplicatesPage() {
  const { t } = useTranslation();
  const queue = useReviewQueue(LINK_STATUSES, loadLinks);

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
    <ReviewQueue
      queue={queue}
      testId="review-duplicates"
      title={t('review.duplicates.title')}
      intro={t('review.duplicates.intro')}
      filterId="link-status"
      statusName={statusName}
      empty={t('review.duplicates.empty')}
      listLabel={t('review.duplicates.listLabel')}
      itemKey={(link) => link.id}
      renderItem={(link) => (
        <LinkCard
          link={link}
          checkpoints={queue.checkpoints}
          statusName={statusName(link.status)}
          onReviewed={(reviewed) =>
            queue.announce(
              t('review.duplicates.done', {
                a: fullName(reviewed.a),
                b: fullName(reviewed.b),
                status: statusName(reviewed.status),
              }),
            )
          }
        />
      )}
    >
      <BatchPanel onDone={queue.reload} />
    </ReviewQueue>
  );
}

function BatchPanel({ onDone }: { readonly onDone: () => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { busy, problem, run } = useApiCall();
  const [result, setResult] = useState<BatchResult | null>(null);
  const n = (value: number) => formatNumber(value, locale);

  async function runBatch() {
    setResult(null);
    const ran = await run(() => api.runDuplicateBatch());
    if (!ran.ok) return;
    setResult(ran.value);
    onDone();
  }

  return (
    <section className="panel review-batch" aria-labelledby="batch-title">
      <h2 id="batch-title">{t('review.duplicates.batch.title')}</h2>
      <p className="hint">{t('review.duplicates.batch.hint')}</p>
      <div className="actions">
        <button
          type="button"
          className="button button-primary"
          disabled={busy}
          onClick={() => void runBatch()}
        >
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
  const { busy, problem, run } = useApiCall();
  const titleId = `link-${link.id}`;
  const a = fullName(link.a);
  const b = fullName(link.b);

  async function review(decision: DuplicateDecision) {
    const result = await run(() => api.reviewDuplicate(link.id, decision));
    if (result.ok) onReviewed(result.value);
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
      <ReviewItemHeader
        titleId={titleId}
        title={t('review.duplicates.pair', { a: a || '—', b: b || '—' })}
        score={link.score}
        scoreTestId="link-score"
        statusName={statusName}
        pending={link.status === 'candidate'}
        createdAt={link.createdAt}
        source={link.source === 'batch' ? t('review.duplicates.fromBatch') : t('review.duplicates.fromBooth')}
      />
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
