// The screening review queue (supervisors): each hit shows the person as registered beside the
// watchlist entry, the score, and why they were matched; the supervisor confirms or dismisses it
// with a note. Dismissing every hit of a registration lets the person go on.
import { type FormEvent, useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { TEXT_LIMITS } from '../../../api/common';
import { api } from '../../api/paso';
import type { ApiProblem } from '../../api/problem';
import type { Checkpoint, HitDecision, HitStatus, ScreeningHit } from '../../api/types';
import { FormFeedback } from '../../components/form-feedback';
import { LoadableView } from '../../components/loadable-view';
import { documentTypeName } from '../../format/document-type';
import { formatDateTime } from '../../format/format';
import { useApiData } from '../../hooks/use-api-data';
import { useCountryName } from '../../hooks/use-country-name';
import { useLocale } from '../../hooks/use-locale';
import { usePageTitle } from '../../hooks/use-page-title';
import { formatDay } from '../booth/days';
import { loadCheckpoints } from '../home/load';
import { formatProbability, type ListedPerson, readListedPerson } from './explanation';
import { ExplanationTable } from './explanation-table';
import { Fact, PersonFacts, QueueToolbar, ReviewTabs, sexName } from './review-parts';
import './review.css';

const STATUSES: readonly HitStatus[] = ['open', 'confirmed', 'dismissed'];

export function ScreeningPage() {
  const { t } = useTranslation();
  usePageTitle(t('review.screening.title'));
  const [params, setParams] = useSearchParams();
  const status = STATUSES.find((s) => s === params.get('status')) ?? 'open';
  const load = useCallback((signal: AbortSignal) => api.listHits(status, { signal }), [status]);
  const [hits, reload] = useApiData(load);
  const [checkpoints] = useApiData(loadCheckpoints);
  const [notice, setNotice] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  const statusName = (s: HitStatus) =>
    s === 'open'
      ? t('review.screening.status.open')
      : s === 'confirmed'
        ? t('review.screening.status.confirmed')
        : t('review.screening.status.dismissed');

  return (
    <div className="page review" data-testid="review-screening">
      <h1 ref={heading} tabIndex={-1}>
        {t('review.screening.title')}
      </h1>
      <ReviewTabs />
      <p className="lead">{t('review.screening.intro')}</p>
      <QueueToolbar
        id="hit-status"
        value={status}
        options={STATUSES.map((s) => ({ value: s, label: statusName(s) }))}
        onChange={(s) => {
          setNotice(null);
          setParams(s === 'open' ? {} : { status: s });
        }}
        onRefresh={reload}
        notice={notice}
      />
      <LoadableView state={hits} onRetry={reload}>
        {(list) =>
          list.length === 0 ? (
            <p className="empty">
              {status === 'open' ? t('review.screening.emptyOpen') : t('review.screening.empty')}
            </p>
          ) : (
            <ol className="review-list" aria-label={t('review.screening.listLabel')}>
              {list.map((hit) => (
                <li key={hit.id}>
                  <HitCard
                    hit={hit}
                    checkpoints={checkpoints.status === 'ok' ? checkpoints.value : []}
                    statusName={statusName(hit.status)}
                    onReviewed={(decision, name) => {
                      setNotice(
                        decision === 'confirmed'
                          ? t('review.screening.confirmedDone', { name })
                          : t('review.screening.dismissedDone', { name }),
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

type CardProps = {
  readonly hit: ScreeningHit;
  readonly checkpoints: readonly Checkpoint[];
  readonly statusName: string;
  readonly onReviewed: (decision: HitDecision, name: string) => void;
};

function HitCard({ hit, checkpoints, statusName, onReviewed }: CardProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const name = [hit.person.givenNames, hit.person.surname1, hit.person.surname2 ?? '']
    .filter(Boolean)
    .join(' ');
  const titleId = `hit-${hit.id}`;
  const listed = readListedPerson(hit.entry.detail);
  return (
    <article className="panel review-item" aria-labelledby={titleId} data-testid="hit" data-hit={hit.id}>
      <header className="review-item-header">
        <h2 id={titleId}>{name || '—'}</h2>
        <span className="score" data-testid="hit-score">
          {t('review.score', { value: formatProbability(hit.score, locale) })}
        </span>
        <span className={hit.status === 'open' ? 'tag tag-warning' : 'tag tag-muted'}>{statusName}</span>
        <span className="muted">{t('review.found', { when: formatDateTime(hit.createdAt, locale) })}</span>
      </header>
      <div className="review-sides">
        <section aria-labelledby={`${titleId}-person`}>
          <h3 id={`${titleId}-person`}>{t('review.screening.registered')}</h3>
          <PersonFacts person={hit.person} checkpoints={checkpoints} testId="hit-person" />
        </section>
        <section aria-labelledby={`${titleId}-entry`}>
          <h3 id={`${titleId}-entry`}>{t('review.screening.entry')}</h3>
          <EntryFacts listName={hit.entry.listName} watchId={hit.entry.watchId} listed={listed} />
        </section>
      </div>
      <h3>{t('review.explanation.title')}</h3>
      <ExplanationTable
        explanation={hit.explanation}
        explanationText={hit.explanationText}
        leftLabel={t('review.screening.registeredShort')}
        rightLabel={t('review.screening.entryShort')}
        caption={t('review.explanation.caption', { name })}
      />
      {hit.status === 'open' ? (
        <ReviewForm hit={hit} name={name} onReviewed={onReviewed} />
      ) : (
        <dl className="facts review-outcome">
          <Fact label={t('review.reviewedAt')}>
            {hit.reviewedAt === null ? '—' : formatDateTime(hit.reviewedAt, locale)}
          </Fact>
          <Fact label={t('review.screening.note')}>{hit.reviewNote ?? '—'}</Fact>
        </dl>
      )}
    </article>
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
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const noteId = `note-${hit.id}`;

  async function review(decision: HitDecision) {
    setBusy(true);
    setProblem(null);
    const result = await api.reviewHit(hit.id, decision, note);
    setBusy(false);
    if (result.ok) onReviewed(decision, name);
    else setProblem(result.error);
  }

  return (
    <form
      className="form review-form"
      aria-busy={busy}
      onSubmit={(event: FormEvent<HTMLFormElement>) => event.preventDefault()}
    >
      <div className="field">
        <label htmlFor={noteId}>{t('review.screening.note')}</label>
        <p className="hint" id={`${noteId}-hint`}>
          {t('review.screening.noteHint')}
        </p>
        <textarea
          id={noteId}
          value={note}
          onChange={(event) => setNote(event.target.value)}
          rows={2}
          maxLength={TEXT_LIMITS.reviewNote}
          aria-describedby={`${noteId}-hint`}
        />
      </div>
      <FormFeedback problem={problem} />
      <div className="actions">
        <button
          type="button"
          className="button button-danger"
          disabled={busy}
          onClick={() => void review('confirmed')}
          aria-label={t('review.screening.confirmFor', { name })}
        >
          {t('review.screening.confirm')}
        </button>
        <button
          type="button"
          className="button button-secondary"
          disabled={busy}
          onClick={() => void review('dismissed')}
          aria-label={t('review.screening.dismissFor', { name })}
        >
          {t('review.screening.dismiss')}
        </button>
      </div>
    </form>
  );
}
