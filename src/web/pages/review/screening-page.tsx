// The screening review queue (supervisors): each hit shows the person as registered beside the
// watchlist entry, the score, and why they were matched; the supervisor confirms or dismisses it
// with a note. Dismissing every hit of a registration lets the person go on; their case is decided
// in the view of their checkpoint, which each hit links to.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { mapResult } from '../../api/client';
import { api } from '../../api/paso';
import type { Checkpoint, HitDecision, HitStatus, ScreeningHit } from '../../api/types';
import { Fact } from '../../components/fact';
import { documentTypeName } from '../../format/document-type';
import { formatDateTime } from '../../format/format';
import { hitStatusName } from '../../format/status-words';
import { useCountryName } from '../../hooks/use-country-name';
import { useLocale } from '../../hooks/use-locale';
import { PATHS } from '../../routes';
import { formatDay } from '../booth/days';
import { type ListedPerson, readListedPerson } from './explanation';
import { HitReviewForm } from './hit-review-form';
import { ReviewItem } from './review-item';
import { PersonFacts, zoneOf } from './review-parts';
import { QUEUE_SHOWN, ReviewQueue, useReviewQueue } from './review-queue';
import './review.css';
import { fullName, sexName } from '../../format/person-name';

const STATUSES: readonly [HitStatus, ...HitStatus[]] = ['open', 'confirmed', 'dismissed'];

const loadHits = async (status: HitStatus, signal: AbortSignal) =>
  mapResult(await api.listHits(status, QUEUE_SHOWN, { signal }), (page) => ({
    items: page.hits,
    total: page.total,
  }));

export function ScreeningPage() {
  const { t } = useTranslation();
  const queue = useReviewQueue(STATUSES, loadHits);

  const statusName = (s: HitStatus) => hitStatusName(s, t);

  return (
    <ReviewQueue
      queue={queue}
      testId="review-screening"
      title={t('review.screening.title')}
      intro={t('review.screening.intro')}
      filterId="hit-status"
      statusName={statusName}
      empty={queue.status === 'open' ? t('review.screening.emptyOpen') : t('review.screening.empty')}
      totalText={(count, formatted) => {
        switch (queue.status) {
          case 'open':
            return t('matching.hit.totalOpen', { count, formatted });
          case 'confirmed':
            return t('matching.hit.totalConfirmed', { count, formatted });
          case 'dismissed':
            return t('matching.hit.totalDismissed', { count, formatted });
          default: {
            const never: never = queue.status;
            return never;
          }
        }
      }}
      listLabel={t('review.screening.listLabel')}
      renderItem={(hit) => (
        <HitCard
          hit={hit}
          checkpoints={queue.checkpoints}
          statusName={statusName(hit.status)}
          onReviewed={(decision, name) =>
            queue.announce((t) =>
              decision === 'confirmed'
                ? t('review.screening.confirmedDone', { name })
                : t('review.screening.dismissedDone', { name }),
            )
          }
        />
      )}
    />
  );
}

type CardProps = {
  readonly hit: ScreeningHit;
  readonly checkpoints: readonly Checkpoint[];
  readonly statusName: string;
  readonly onReviewed: (decision: HitDecision, name: string) => void;
};

function HitCard({ hit, checkpoints, statusName, onReviewed }: CardProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const name = fullName(hit.person);
  const listed = readListedPerson(hit.entry.detail);
  // A hit is found when the person is registered, so on the clock of their checkpoint.
  const timeZone = zoneOf(checkpoints, hit.person.checkpointName);
  return (
    <ReviewItem
      kind="hit"
      item={hit}
      title={name || '—'}
      statusName={statusName}
      pending={hit.status === 'open'}
      found={t('review.found', { when: formatDateTime(hit.createdAt, locale, timeZone) })}
      sides={[
        {
          key: 'person',
          title: t('review.screening.registered'),
          column: t('review.screening.registeredShort'),
          facts: (
            <>
              <PersonFacts person={hit.person} checkpoints={checkpoints} testId="hit-person" />
              <CaseLink checkpointName={hit.person.checkpointName} checkpoints={checkpoints} />
            </>
          ),
        },
        {
          key: 'entry',
          title: t('review.screening.entry'),
          column: t('review.screening.entryShort'),
          facts: <EntryFacts listName={hit.entry.listName} watchId={hit.entry.watchId} listed={listed} />,
        },
      ]}
      caption={t('review.explanation.caption', { name })}
    >
      {hit.status === 'open' ? (
        <HitReviewForm hit={hit} name={name} timeZone={timeZone} onReviewed={onReviewed} />
      ) : (
        <dl className="facts review-outcome">
          <Fact label={t('review.reviewedAt')}>
            {hit.reviewedAt === null ? '—' : formatDateTime(hit.reviewedAt, locale, timeZone)}
          </Fact>
          <Fact label={t('matching.reviewedBy')}>{hit.reviewedBy ?? '—'}</Fact>
          <Fact label={t('review.screening.note')}>{hit.reviewNote ?? '—'}</Fact>
        </dl>
      )}
    </ReviewItem>
  );
}

function EntryFacts({
  listName,
  watchId,
  listed,
}: {
  readonly listName: string;
  readonly watchId: string;
  readonly listed: ListedPerson | null;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const countryName = useCountryName();
  const list = (values: readonly string[]) => (values.length === 0 ? '—' : values.join(' · '));
  return (
    <dl className="facts" data-testid="hit-entry">
      <Fact label={t('review.screening.list')}>{listName || '—'}</Fact>
      <Fact label={t('review.screening.watchId')}>
        <code>{watchId || '—'}</code>
      </Fact>
      {listed === null ? null : (
        <>
          <Fact label={t('review.screening.names')}>{list(listed.names)}</Fact>
          <Fact label={t('review.person.birthDate')}>
            {list(listed.birthDates.map((d) => formatDay(d, locale)))}
          </Fact>
          <Fact label={t('review.person.sex')}>{sexName(listed.sex, t)}</Fact>
          <Fact label={t('review.person.nationality')}>
            {list(listed.nationalities.map((c) => `${countryName(c)} (${c})`))}
          </Fact>
          <Fact label={t('review.screening.documents')}>
            {list(
              listed.documents.map((d) =>
                d.type === null ? d.written : `${documentTypeName(d.type, t)} ${d.written}`,
              ),
            )}
          </Fact>
        </>
      )}
    </dl>
  );
}

/**
 * Where the person's case is decided: the view of the checkpoint they were registered at (the view
 * opens at another checkpoint otherwise, where nobody waits).
 */
function CaseLink({
  checkpointName,
  checkpoints,
}: {
  readonly checkpointName: string | null;
  readonly checkpoints: readonly Checkpoint[];
}) {
  const { t } = useTranslation();
  const checkpoint = checkpoints.find((c) => c.name === checkpointName);
  if (checkpoint === undefined) return null;
  return (
    <p className="review-case-link">
      <Link
        to={`${PATHS.checkpointView}?checkpoint=${encodeURIComponent(checkpoint.code)}`}
        data-testid="hit-case-link"
      >
        {t('matching.hit.caseLink', { place: checkpoint.name })}
      </Link>
    </p>
  );
}
