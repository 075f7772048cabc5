// The screening review queue (supervisors): each hit shows the person as registered beside the
// watchlist entry, the score, and why they were matched; the supervisor confirms or dismisses it
// with a note. Dismissing every hit of a registration lets the person go on.
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TEXT_LIMITS } from '../../../api/common';
import { api } from '../../api/paso';
import type { Checkpoint, HitDecision, HitStatus, ScreeningHit } from '../../api/types';
import { ChoiceButtons } from '../../components/choice-buttons';
import { Fact } from '../../components/fact';
import { FormFeedback } from '../../components/form-feedback';
import { TextAreaField } from '../../components/text-area-field';
import { documentTypeName } from '../../format/document-type';
import { formatDateTime } from '../../format/format';
import { hitStatusName } from '../../format/status-words';
import { useApiCall } from '../../hooks/use-api-call';
import { useCountryName } from '../../hooks/use-country-name';
import { useLocale } from '../../hooks/use-locale';
import { formatDay } from '../booth/days';
import { type ListedPerson, readListedPerson } from './explanation';
import { ReviewItem } from './review-item';
import { PersonFacts, zoneOf } from './review-parts';
import { QUEUE_ASK, ReviewQueue, useReviewQueue } from './review-queue';
import './review.css';
import { fullName, sexName } from '../../format/person-name';

const STATUSES: readonly [HitStatus, ...HitStatus[]] = ['open', 'confirmed', 'dismissed'];

const loadHits = (status: HitStatus, signal: AbortSignal) => api.listHits(status, QUEUE_ASK, { signal });

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
      listLabel={t('review.screening.listLabel')}
      renderItem={(hit) => (
        <HitCard
          hit={hit}
          checkpoints={queue.checkpoints}
          statusName={statusName(hit.status)}
          onReviewed={(decision, name) =>
            queue.announce(
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
          facts: <PersonFacts person={hit.person} checkpoints={checkpoints} testId="hit-person" />,
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
        <ReviewForm hit={hit} name={name} onReviewed={onReviewed} />
      ) : (
        <dl className="facts review-outcome">
          <Fact label={t('review.reviewedAt')}>
            {hit.reviewedAt === null ? '—' : formatDateTime(hit.reviewedAt, locale, timeZone)}
          </Fact>
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
                d.type === null ? d.number : `${documentTypeName(d.type, t)} ${d.number}`,
              ),
            )}
          </Fact>
        </>
      )}
    </dl>
  );
}

function ReviewForm({
  hit,
  name,
  onReviewed,
}: {
  readonly hit: ScreeningHit;
  readonly name: string;
  readonly onReviewed: (decision: HitDecision, name: string) => void;
}) {
  const { t } = useTranslation();
  const [note, setNote] = useState('');
  const { busy, problem, run } = useApiCall();
  const noteId = `note-${hit.id}`;

  async function review(decision: HitDecision) {
    const result = await run(() => api.reviewHit(hit.id, decision, note));
    if (result.ok) onReviewed(decision, name);
  }

  return (
    <form
      className="form review-form"
      aria-busy={busy}
      onSubmit={(event: FormEvent<HTMLFormElement>) => event.preventDefault()}
    >
      <TextAreaField
        id={noteId}
        label={t('review.screening.note')}
        hint={t('review.screening.noteHint')}
        value={note}
        onChange={setNote}
        rows={2}
        maxLength={TEXT_LIMITS.reviewNote}
      />
      <FormFeedback problem={problem} />
      <div className="actions">
        <ChoiceButtons
          choices={[
            {
              value: 'confirmed',
              label: t('review.screening.confirm'),
              className: 'button button-danger',
              ariaLabel: t('review.screening.confirmFor', { name }),
            },
            {
              value: 'dismissed',
              label: t('review.screening.dismiss'),
              className: 'button button-secondary',
              ariaLabel: t('review.screening.dismissFor', { name }),
            },
          ]}
          busy={busy}
          onChoose={(decision) => void review(decision)}
        />
      </div>
    </form>
  );
}
