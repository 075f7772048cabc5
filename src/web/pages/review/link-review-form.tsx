// A supervisor's review of one duplicate link. Confirming it is one press; merging the two records,
// rejecting the link (they are two people) and undoing a merge decide who is counted as whom, so each
// is asked first in place of the buttons, naming the two people and what follows, with the reason the
// API requires and the audit keeps. When another supervisor reviewed the link meanwhile, it says what
// the link is now, who made it so and when.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  decisionNeedsReason,
  decisionsFor,
  LINK_STATUSES,
  type ReasonedDecision,
} from '../../../domain/matching';
import { api } from '../../api/paso';
import { type ApiProblem, fieldErrors } from '../../api/problem';
import type { DuplicateDecision, DuplicateLink } from '../../api/types';
import { ChoiceButtons } from '../../components/choice-buttons';
import { FormFeedback } from '../../components/form-feedback';
import { formatDateTime } from '../../format/format';
import { linkStatusName } from '../../format/status-words';
import { useApiCall } from '../../hooks/use-api-call';
import { useLocale } from '../../hooks/use-locale';
import { LinkDecisionQuestion } from './link-decision-question';
import { reviewItemTitleId } from './review-item';

type Props = {
  readonly link: DuplicateLink;
  /** The two records' names, as the item's title says them. */
  readonly a: string;
  readonly b: string;
  /** The zone of the clock the link's times are said on. */
  readonly timeZone: string | undefined;
  readonly onReviewed: (link: DuplicateLink) => void;
};

export function LinkReviewForm({ link, a, b, timeZone, onReviewed }: Props) {
  const { t } = useTranslation();
  const { busy, problem, run, clear } = useApiCall();
  const [asking, setAsking] = useState<ReasonedDecision | null>(null);
  const [reason, setReason] = useState('');
  const [reasonMissing, setReasonMissing] = useState(false);
  const pair = t('review.duplicates.pair', { a: a || '—', b: b || '—' });
  const decisions = decisionsFor(link.status);
  // A cancelled or refused question gives its place back to the buttons, and focus to the one pressed.
  const [refocus, setRefocus] = useState<DuplicateDecision | null>(null);
  const frame = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (refocus === null) return;
    const buttons = frame.current?.querySelectorAll<HTMLButtonElement>('.actions button');
    buttons?.[decisions.indexOf(refocus)]?.focus();
    setRefocus(null);
  }, [refocus, decisions]);

  // The server's refusal of a review without a reason (a page of an older version asked none): said
  // beside the field, as this page says it.
  const reasonRefused = problem !== null && fieldErrors(problem).reason !== undefined && reason.trim() === '';

  async function review(decision: DuplicateDecision) {
    const result = await run(() => api.reviewDuplicate(link.id, decision, reason));
    if (result.ok) {
      onReviewed(result.value);
      return;
    }
    if (fieldErrors(result.error).reason !== undefined) return;
    setAsking(null);
    setRefocus(decision);
  }

  function choose(decision: DuplicateDecision) {
    if (!decisionNeedsReason(decision)) {
      void review(decision);
      return;
    }
    // Each question starts blank: a reason written for another decision is not this one's.
    clear();
    setReason('');
    setReasonMissing(false);
    setAsking(decision);
  }

  const label = (d: DuplicateDecision) => decisionLabel(d, t);
  return (
    <div ref={frame} className="link-review">
      {problem?.reviewed === undefined ? (
        <FormFeedback problem={reasonRefused ? null : problem} />
      ) : (
        <ReviewedMeanwhile reviewed={problem.reviewed} fallback={link.status} timeZone={timeZone} />
      )}
      {asking === null ? (
        <div className="actions" aria-busy={busy}>
          <ChoiceButtons
            choices={decisions.map((d) => ({
              value: d,
              label: label(d),
              className: d === 'merge' ? 'button button-primary' : 'button button-secondary',
              // Every pair has the same buttons: their names carry the pair's, so a list of the page's
              // buttons tells them apart.
              ariaLabel: t('review.duplicates.choiceFor', { choice: label(d), pair }),
            }))}
            busy={busy}
            onChoose={choose}
            describedBy={reviewItemTitleId('link', link.id)}
          />
        </div>
      ) : (
        <LinkDecisionQuestion
          linkId={link.id}
          decision={asking}
          a={a || '—'}
          b={b || '—'}
          reason={reason}
          onReasonChange={(value) => {
            setReason(value);
            if (value.trim() !== '') setReasonMissing(false);
          }}
          missing={reasonMissing || reasonRefused}
          busy={busy}
          onConfirm={() => {
            if (reason.trim() === '') setReasonMissing(true);
            else void review(asking);
          }}
          onCancel={() => {
            setRefocus(asking);
            setAsking(null);
          }}
        />
      )}
    </div>
  );
}

function decisionLabel(d: DuplicateDecision, t: ReturnType<typeof useTranslation>['t']): string {
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
}

/** What another supervisor made of the link while this one was reading it: said, not a bare conflict. */
function ReviewedMeanwhile({
  reviewed,
  fallback,
  timeZone,
}: {
  readonly reviewed: NonNullable<ApiProblem['reviewed']>;
  readonly fallback: DuplicateLink['status'];
  readonly timeZone: string | undefined;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <p className="notice notice-error" role="alert" data-testid="link-reviewed-meanwhile">
      {t('matching.link.reviewedMeanwhile', {
        status: linkStatusName(LINK_STATUSES.find((s) => s === reviewed.outcome) ?? fallback, t),
        by: reviewed.by ?? t('matching.hit.someone'),
        at: reviewed.at === null ? '—' : formatDateTime(reviewed.at, locale, timeZone),
      })}
    </p>
  );
}
