// Asked in place of a check-in that would put a child travelling alone (with a protection referral
// open) in beds not meant for children: the children's beds first, or the kind chosen with a reason
// the audit keeps. The server asks the same (care.child-alone), so nothing is placed quietly.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TEXT_LIMITS } from '../../../api/common';
import { FirstAnswer } from '../../components/first-answer';
import { QuestionBox, QuestionCancel } from '../../components/question-box';
import { TextField } from '../../components/text-field';

type Props = {
  /** Whom the check-in is for, as the button said it. */
  readonly name: string;
  /** The kind of bed chosen, in words. */
  readonly kind: string;
  /** The children's beds, in words. */
  readonly childrenKind: string;
  readonly busy: boolean;
  readonly onChildren: () => void;
  readonly onElsewhere: (reason: string) => void;
  readonly onCancel: () => void;
};

/** Whether a check-in at `kind` must first ask about a child travelling alone. */
export const asksAboutChild = (candidate: { readonly childAlone: boolean }, kind: string) =>
  candidate.childAlone && kind !== 'children';

export function ChildAloneQuestion({
  name,
  kind,
  childrenKind,
  busy,
  onChildren,
  onElsewhere,
  onCancel,
}: Props) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  return (
    <QuestionBox testId="child-alone-question" busy={busy} onCancel={onCancel}>
      <p role="alert">{t('care.childAlone.question', { name, kind, children: childrenKind })}</p>
      <div className="actions">
        <FirstAnswer tone="primary" busy={busy} onClick={onChildren}>
          {t('care.childAlone.toChildren', { name, children: childrenKind })}
        </FirstAnswer>
      </div>
      <TextField
        id="child-placement-reason"
        label={t('care.childAlone.reason', { kind })}
        hint={t('care.childAlone.reasonHint')}
        value={reason}
        onChange={(value) => {
          setReason(value);
          setMissing(false);
        }}
        maxLength={TEXT_LIMITS.note}
        required
        error={missing ? t('care.childAlone.reasonMissing') : undefined}
      />
      <div className="actions">
        <button
          type="button"
          className="button button-secondary"
          disabled={busy}
          onClick={() => {
            if (reason.trim() === '') setMissing(true);
            else onElsewhere(reason.trim());
          }}
        >
          {t('care.childAlone.elsewhere', { name, kind })}
        </button>
        <QuestionCancel busy={busy} onCancel={onCancel} />
      </div>
    </QuestionBox>
  );
}
