// A question asked in place of the button it stands for, before a step that is hard to take back (a
// shelter check-out, an account deactivated): a second tap must not act on its own. Focus lands on
// the confirmation, so Enter confirms by keyboard; Escape cancels, as the cancel button does. The
// page puts the button back on cancel and gives it focus again.
import { FirstAnswer } from './first-answer';
import { QuestionBox, QuestionCancel } from './question-box';

type Props = {
  readonly question: string;
  /** The confirming button's words: they say what it does ("Sí, desactivar…"), not just "Sí". */
  readonly confirm: string;
  readonly busy: boolean;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
  readonly testId: string;
  /** `danger` for a step that takes something away from someone, as its button was marked. */
  readonly tone?: 'primary' | 'danger';
};

export function ConfirmQuestion({ question, confirm, busy, onConfirm, onCancel, testId, tone }: Props) {
  return (
    <QuestionBox testId={testId} busy={busy} onCancel={onCancel}>
      <p>{question}</p>
      <div className="actions">
        <FirstAnswer tone={tone ?? 'primary'} busy={busy} onClick={onConfirm}>
          {confirm}
        </FirstAnswer>
        <QuestionCancel busy={busy} onCancel={onCancel} />
      </div>
    </QuestionBox>
  );
}
