// The duplicate review queue (supervisors): two registrations that may be one person, side by side
// with why; confirm, reject or merge them (a merge counts them as one person and can be undone).
// A batch run looks for duplicates over the whole population.
import { useTranslation } from 'react-i18next';
import { decisionsFor, LINK_STATUSES } from '../../../domain/matching';
import { api } from '../../api/paso';
import type { Checkpoint, DuplicateDecision, DuplicateLink, LinkStatus } from '../../api/types';
import { ChoiceButtons } from '../../components/choice-buttons';
import { FormFeedback } from '../../components/form-feedback';
import { formatDateTime } from '../../format/format';
import { linkStatusName } from '../../format/status-words';
import { useApiCall } from '../../hooks/use-api-call';
import { useLocale } from '../../hooks/use-locale';
import { BatchPanel } from './batch-panel';
import { ReviewItem, reviewItemTitleId } from './review-item';
import { PersonFacts, zoneOf } from './review-parts';
import { QUEUE_ASK, ReviewQueue, useReviewQueue } from './review-queue';
import './review.css';
import { fullName } from '../../format/person-name';

const loadLinks = (status: LinkStatus, signal: AbortSignal) =>
  api.listDuplicates(status, QUEUE_ASK, { signal });

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

/**
 * The zone of the clock that says when a link was found: a booth finds it as it registers the later
 * of the two records, so that record's checkpoint's; the population-wide search, the reader's.
 */
function foundZone(link: DuplicateLink, checkpoints: readonly Checkpoint[]): string | undefined {
  if (link.source === 'batch') return undefined;
  const later = (link.a.registeredAt ?? '') > (link.b.registeredAt ?? '') ? link.a : link.b;
  return zoneOf(checkpoints, later.checkpointName);
}

function LinkCard({ link, checkpoints, statusName, onReviewed }: CardProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { busy, problem, run } = useApiCall();
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
    <ReviewItem
      kind="link"
      item={link}
      title={t('review.duplicates.pair', { a: a || '—', b: b || '—' })}
      statusName={statusName}
      pending={link.status === 'candidate'}
      found={
        link.source === 'batch'
          ? t('review.duplicates.foundByBatch', { when: formatDateTime(link.createdAt, locale) })
          : t('review.duplicates.foundAtBooth', {
              when: formatDateTime(link.createdAt, locale, foundZone(link, checkpoints)),
            })
      }
      sides={[
        {
          key: 'a',
          title: t('review.duplicates.recordA'),
          facts: <PersonFacts person={link.a} checkpoints={checkpoints} testId="link-a" />,
        },
        {
          key: 'b',
          title: t('review.duplicates.recordB'),
          facts: <PersonFacts person={link.b} checkpoints={checkpoints} testId="link-b" />,
        },
      ]}
      records={{ left: link.a, right: link.b }}
      caption={t('review.explanation.caption', { name: t('review.duplicates.pair', { a, b }) })}
    >
      <FormFeedback problem={problem} />
      <div className="actions" aria-busy={busy}>
        <ChoiceButtons
          choices={decisionsFor(link.status).map((d) => ({
            value: d,
            label: decisionLabel(d),
            className: d === 'merge' ? 'button button-primary' : 'button button-secondary',
            // Every pair has the same buttons: their names carry the pair's, so a list of the page's
            // buttons tells them apart.
            ariaLabel: t('review.duplicates.choiceFor', {
              choice: decisionLabel(d),
              pair: t('review.duplicates.pair', { a: a || '—', b: b || '—' }),
            }),
          }))}
          busy={busy}
          onChoose={(d) => void review(d)}
          describedBy={reviewItemTitleId('link', link.id)}
        />
      </div>
    </ReviewItem>
  );
}
