// A supervisor's review of one screening hit: a reason, then confirm or dismiss, each asked first,
// naming the person and what follows: a review cannot be undone, and a dismissal can let the person
// through, so it needs its reason (the API refuses one without). When another supervisor reviewed the
// hit meanwhile, it says what they decided, who and when.
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TEXT_LIMITS } from '../../../api/common';
import { api } from '../../api/paso';
import { type ApiProblem, fieldErrors } from '../../api/problem';
import type { HitDecision, ScreeningHit } from '../../api/types';
import { ChoiceButtons } from '../../components/choice-buttons';
import { ConfirmQuestion } from '../../components/confirm-question';
import { FormFeedback } from '../../components/form-feedback';
import { TextAreaField } from '../../components/text-area-field';
import { formatDateTime } from '../../format/format';
import { useApiCall } from '../../hooks/use-api-call';
import { useLocale } from '../../hooks/use-locale';

type Props = {
  readonly hit: ScreeningHit;
  readonly name: string;
  /** The zone of the person's checkpoint, for the time another review was made. */
  readonly timeZone: string | undefined;
  readonly onReviewed: (decision: HitDecision, name: string) => void;
};

export function HitReviewForm({ hit, name, timeZone, onReviewed }: Props) {
  const { t } = useTranslation();
  const [note, setNote] = useState('');
  const [asking, setAsking] = useState<HitDecision | null>(null);
  const [reasonMissing, setReasonMissing] = useState(false);
  const { busy, problem, run } = useApiCall();
  // The server's refusal of a dismissal without a reason (a page of an older version asked none): said
  // beside the field, as this page says it.
  const reasonRefused = problem !== null && fieldErrors(problem).note !== undefined && note.trim() === '';
  const reasonError = reasonMissing || reasonRefused ? t('matching.hit.reasonRequired') : undefined;
  const noteId = `note-${hit.id}`;
  const form = useRef<HTMLFormElement>(null);
  // A cancelled question gives its place back to the buttons, and focus to the one pressed.
  const [refocus, setRefocus] = useState<HitDecision | null>(null);
  useEffect(() => {
    if (refocus === null) return;
    const buttons = form.current?.querySelectorAll<HTMLButtonElement>('.actions button');
    buttons?.[refocus === 'confirmed' ? 0 : 1]?.focus();
    setRefocus(null);
  }, [refocus]);

  function ask(decision: HitDecision) {
    // Only a dismissal needs a reason: confirming takes away an error a dismissal left.
    const missing = decision === 'dismissed' && note.trim() === '';
    setReasonMissing(missing);
    if (!missing) setAsking(decision);
  }

  async function review(decision: HitDecision) {
    const result = await run(() => api.reviewHit(hit.id, decision, note));
    if (result.ok) onReviewed(decision, name);
    else {
      setAsking(null);
      setRefocus(decision);
    }
  }

  const question =
    asking === 'confirmed'
      ? {
          text: t('matching.hit.confirmQuestion', { name }),
          answer: t('matching.hit.confirmAnswer', { name }),
        }
      : {
          text: t('matching.hit.dismissQuestion', { name, reason: note.trim() }),
          answer: t('matching.hit.dismissAnswer', { name }),
        };

  return (
    <form
      ref={form}
      className="form review-form"
      aria-busy={busy}
      onSubmit={(event: FormEvent<HTMLFormElement>) => event.preventDefault()}
    >
      <TextAreaField
        id={noteId}
        label={t('review.screening.note')}
        hint={t('review.screening.noteHint')}
        value={note}
        onChange={(value) => {
          setNote(value);
          if (value.trim() !== '') setReasonMissing(false);
        }}
        error={reasonError}
        rows={2}
        maxLength={TEXT_LIMITS.reviewNote}
      />
      {problem?.reviewed === undefined ? (
        <FormFeedback problem={reasonRefused ? null : problem} />
      ) : (
        <ReviewedMeanwhile reviewed={problem.reviewed} timeZone={timeZone} />
      )}
      {asking === null ? (
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
            onChoose={ask}
          />
        </div>
      ) : (
        <ConfirmQuestion
          testId="hit-review-question"
          question={question.text}
          confirm={question.answer}
          tone={asking === 'confirmed' ? 'danger' : 'primary'}
          busy={busy}
          onConfirm={() => void review(asking)}
          onCancel={() => {
            setRefocus(asking);
            setAsking(null);
          }}
        />
      )}
    </form>
  );
}

/** What another supervisor decided on the hit while this one was reading it: said, not a bare conflict. */
function ReviewedMeanwhile({
  reviewed,
  timeZone,
}: {
  readonly reviewed: NonNullable<ApiProblem['reviewed']>;
  readonly timeZone: string | undefined;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const said = {
    by: reviewed.by ?? t('matching.hit.someone'),
    at: reviewed.at === null ? '—' : formatDateTime(reviewed.at, locale, timeZone),
  };
  return (
    <p className="notice notice-error" role="alert" data-testid="hit-reviewed-meanwhile">
      {reviewed.outcome === 'confirmed'
        ? t('matching.hit.confirmedMeanwhile', said)
        : t('matching.hit.dismissedMeanwhile', said)}
    </p>
  );
}
