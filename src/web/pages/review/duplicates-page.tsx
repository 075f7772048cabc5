// The duplicate review queue (supervisors): two registrations that may be one person, side by side
// with why; confirm, reject or merge them (a merge counts them as one person and can be undone), a
// reviewed link saying who decided, when and why. A batch run looks for duplicates over the whole population.
import { useTranslation } from 'react-i18next';
import { LINK_STATUSES } from '../../../domain/matching';
import { mapResult } from '../../api/client';
import { api } from '../../api/paso';
import type { Checkpoint, DuplicateLink, LinkStatus } from '../../api/types';
import { Fact } from '../../components/fact';
import { formatDateTime } from '../../format/format';
import { linkStatusName } from '../../format/status-words';
import { useLocale } from '../../hooks/use-locale';
import { BatchPanel } from './batch-panel';
import { LinkReviewForm } from './link-review-form';
import { ReviewItem } from './review-item';
import { PersonFacts, zoneOf } from './review-parts';
import { QUEUE_SHOWN, ReviewQueue, useReviewQueue } from './review-queue';
import './review.css';
import { fullName } from '../../format/person-name';

const loadLinks = async (status: LinkStatus, signal: AbortSignal) =>
  mapResult(await api.listDuplicates(status, QUEUE_SHOWN, { signal }), (page) => ({
    items: page.links,
    total: page.total,
  }));

export function DuplicatesPage() {
  const { t } = useTranslation();
  const queue = useReviewQueue(LINK_STATUSES, loadLinks);

  const statusName = (s: LinkStatus) => linkStatusName(s, t);
  // How many links the queue holds in the state shown, in words.
  const linkTotal = (status: LinkStatus, count: number, formatted: string): string => {
    const n = { count, formatted };
    switch (status) {
      case 'candidate':
        return t('matching.link.totalCandidate', n);
      case 'confirmed':
        return t('matching.link.totalConfirmed', n);
      case 'rejected':
        return t('matching.link.totalRejected', n);
      case 'merged':
        return t('matching.link.totalMerged', n);
      case 'unmerged':
        return t('matching.link.totalUnmerged', n);
      default: {
        const never: never = status;
        return never;
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
      empty={queue.status === 'candidate' ? t('matching.link.emptyCandidate') : t('review.duplicates.empty')}
      totalText={(count, formatted) => linkTotal(queue.status, count, formatted)}
      listLabel={t('review.duplicates.listLabel')}
      renderItem={(link) => (
        <LinkCard
          link={link}
          checkpoints={queue.checkpoints}
          statusName={statusName(link.status)}
          onReviewed={(reviewed) =>
            queue.announce((t) =>
              t('review.duplicates.done', {
                a: fullName(reviewed.a),
                b: fullName(reviewed.b),
                status: linkStatusName(reviewed.status, t),
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
  const a = fullName(link.a);
  const b = fullName(link.b);
  const timeZone = foundZone(link, checkpoints);

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
          : t('review.duplicates.foundAtBooth', { when: formatDateTime(link.createdAt, locale, timeZone) })
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
      {link.reviewedAt === null ? null : (
        <dl className="facts review-outcome" data-testid="link-outcome">
          <Fact label={t('matching.link.reviewedAt')}>
            {formatDateTime(link.reviewedAt, locale, timeZone)}
          </Fact>
          <Fact label={t('matching.reviewedBy')}>{link.reviewedBy ?? '—'}</Fact>
          <Fact label={t('matching.link.reason')}>{link.reviewReason ?? '—'}</Fact>
        </dl>
      )}
      <LinkReviewForm link={link} a={a} b={b} timeZone={timeZone} onReviewed={onReviewed} />
    </ReviewItem>
  );
}
