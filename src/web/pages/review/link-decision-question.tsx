// The question asked in place of a link's buttons before a merge, a rejection or an undone merge: it
// names the two people and what the decision does, and takes the reason the audit keeps. Focus lands
// on the reason; Escape cancels, as the cancel button does; nothing is sent until it is answered.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { TEXT_LIMITS } from '../../../api/common';
import type { ReasonedDecision } from '../../../domain/matching';
import { QuestionBox, QuestionCancel } from '../../components/question-box';
import { TextAreaField } from '../../components/text-area-field';

type Props = {
  readonly linkId: string;
  readonly decision: ReasonedDecision;
  /** The two records' names. */
  readonly a: string;
  readonly b: string;
  readonly reason: string;
  readonly onReasonChange: (reason: string) => void;
  /** The reason was asked for and is still blank. */
  readonly missing: boolean;
  readonly busy: boolean;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
};

export function LinkDecisionQuestion(props: Props) {
  const { linkId, decision, a, b, reason, onReasonChange, missing, busy, onConfirm, onCancel } = props;
  const { t } = useTranslation();
  const words = questionWords(decision, a, b, t);
  const reasonId = `link-reason-${linkId}`;
  const frame = useRef<HTMLFieldSetElement>(null);
  // Opened by a button: the reason is the first thing to give. Asked for and still blank: back to it.
  useEffect(() => {
    frame.current?.querySelector('textarea')?.focus();
  }, []);
  useEffect(() => {
    if (missing) frame.current?.querySelector('textarea')?.focus();
  }, [missing]);
  return (
    <QuestionBox testId="link-review-question" busy={busy} onCancel={onCancel}>
      <fieldset ref={frame} className="link-question">
        <legend>{words.question}</legend>
        <TextAreaField
          id={reasonId}
          label={t('matching.link.reason')}
          hint={t('matching.link.reasonHint')}
          value={reason}
          onChange={onReasonChange}
          error={missing ? t('matching.link.reasonRequired') : undefined}
          rows={2}
          maxLength={TEXT_LIMITS.note}
        />
        <div className="actions">
          <button type="button" className="button button-primary" disabled={busy} onClick={onConfirm}>
            {words.answer}
          </button>
          <QuestionCancel busy={busy} onCancel={onCancel} />
        </div>
      </fieldset>
    </QuestionBox>
  );
}

function questionWords(
  decision: ReasonedDecision,
  a: string,
  b: string,
  t: ReturnType<typeof useTranslation>['t'],
): { readonly question: string; readonly answer: string } {
  switch (decision) {
    case 'merge':
      return {
        question: t('matching.link.mergeQuestion', { a, b }),
        answer: t('matching.link.mergeAnswer', { a, b }),
      };
    case 'reject':
      return {
        question: t('matching.link.rejectQuestion', { a, b }),
        answer: t('matching.link.rejectAnswer', { a, b }),
      };
    case 'unmerge':
      return {
        question: t('matching.link.unmergeQuestion', { a, b }),
        answer: t('matching.link.unmergeAnswer', { a, b }),
      };
    default: {
      const unknown: never = decision;
      return unknown;
    }
  }
}
