// The duplicate review queue (supervisors): two registrations that may be one person, side by side
// with why; confirm, reject or merge them (a merge counts them as one person and can be undone).
// A batch run looks for duplicates over the whole population.
import { useTranslation } from 'react-i18next';
import { decisionsFor, LINK_STATUSES } from '../../../domain/matching';
import { api } from '../../api/paso';
import type { Checkpoint, DuplicateDecision, DuplicateLink, LinkStatus } from '../../api/types';
import { ChoiceButtons } from '../../components/choice-buttons';
import { FormFeedback } from '../../components/form-feedback';
import { linkStatusName } from '../../format/status-words';
import { useApiCall } from '../../hooks/use-api-call';
import { BatchPanel } from './batch-panel';
import { ExplanationTable } from './explanation-table';
import { PersonFacts, ReviewSide } from './review-parts';
import { ReviewItemHeader, ReviewQueue, useReviewQueue } from './review-queue';
import './review.css';
import { fullName } from '../../format/person-name';

const loadLinks = (status: LinkStatus, signal: AbortSignal) => api.listDuplicates(status, { signal });

export function DuplicatesPage() {
  const { t } = useTranslation();
  const queue = useReviewQueue(LINK_STATUSES, loadLinks);

  const statusName = (s: LinkStatus) => linkStatusName(s, t);

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
        <ReviewSide id={`${titleId}-a`} title={t('review.duplicates.recordA')}>
          <PersonFacts person={link.a} checkpoints={checkpoints} testId="link-a" />
        </ReviewSide>
        <ReviewSide id={`${titleId}-b`} title={t('review.duplicates.recordB')}>
          <PersonFacts person={link.b} checkpoints={checkpoints} testId="link-b" />
        </ReviewSide>
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
        <ChoiceButtons
          choices={decisionsFor(link.status).map((d) => ({
            value: d,
            label: decisionLabel(d),
            className: d === 'merge' ? 'button button-primary' : 'button button-secondary',
          }))}
          busy={busy}
          onChoose={(d) => void review(d)}
          describedBy={titleId}
        />
      </div>
    </article>
  );
}
