// Changing a decision already sent: events are never edited, so the booth sends a correction naming
// the crossing, with the new decision and the reason for the change, through the offline outbox. Each
// correction is a record of its own: once one is sent, the next (taking it back, say) gets a new id.
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Decision, RefusalGround } from '../../../domain/crossings';
import { useLocale } from '../../hooks/use-locale';
import { CorrectionEnd, CorrectionOpener } from './correction-parts';
import { choiceOf, type DecisionChoice } from './decision';
import { DecisionFields } from './decision-fields';
import { errorsOf } from './event-issues';
import type { BoothIssue } from './sitting-events';
import { useCorrection } from './use-correction';

type Props = {
  readonly eventId: string;
  readonly idPrefix: string;
  readonly checkpoint: string;
  readonly booth: string | undefined;
  readonly decision: Decision;
  /** The refusal's ground as the officer chose it: the correction starts from it, nothing new filled in. */
  readonly refusalGround: RefusalGround | '';
  /** False where the decision is not this user's to change (a hold, for an officer). */
  readonly mayChange: boolean;
  /** The decision as corrected, with its refusal ground and note. */
  readonly onCorrected: (choice: DecisionChoice) => void;
  /** In a group, whose decision it is: screen readers hear it with the button, as each looks alike. */
  readonly name?: string | null;
};

export function CorrectDecision(props: Props) {
  const { eventId, idPrefix, checkpoint, booth, decision, refusalGround, mayChange, onCorrected, name } =
    props;
  const { t } = useTranslation();
  const locale = useLocale();
  const [choice, setChoice] = useState<DecisionChoice | null>(null);
  const [reason, setReason] = useState('');
  const correction = useCorrection({ eventId, checkpoint, booth, focusIn: 'input:checked' });
  const { refs } = correction;

  if (choice === null) {
    return (
      <CorrectionOpener
        correction={correction}
        applied={t('booth.correct.applied')}
        conflict={t('booth.correct.conflict')}
        label={t('booth.correct.open')}
        name={name}
        onOpen={
          mayChange
            ? () =>
                setChoice({
                  ...choiceOf(decision),
                  refusalGround: decision === 'refused' ? refusalGround : '',
                })
            : null
        }
      />
    );
  }

  function send(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (choice === null) return;
    const local: BoothIssue[] = [
      ...(reason.trim() === '' ? [{ path: 'reason', code: 'correction.reason-required' as const }] : []),
      ...(choice.decision === 'admitted-transit' && choice.exitPoint.trim() === ''
        ? [{ path: 'exitPoint', code: 'transit.exit-point-required' as const }]
        : []),
    ];
    const set = {
      decision: choice.decision,
      ...(choice.decision === 'refused' && choice.refusalGround !== ''
        ? { refusalGround: choice.refusalGround }
        : {}),
      ...(choice.decision === 'admitted-transit' ? { exitPoint: choice.exitPoint.trim() } : {}),
      ...(reason.trim() === '' ? {} : { note: reason.trim() }),
    };
    void correction.send({ set }, local, () => {
      // Applied, or kept in the outbox to be sent at the next sync: either way the booth moves on.
      onCorrected(choice);
      setChoice(null);
      setReason('');
    });
  }

  const errors = errorsOf(correction.issues, { note: reason }, t, locale);
  return (
    <form ref={refs.form} className="correct-decision" onSubmit={send} aria-busy={correction.busy} noValidate>
      <DecisionFields
        idPrefix={idPrefix}
        legend={t('booth.correct.legend')}
        choice={choice}
        onChange={setChoice}
        errors={errors}
        hasNote={false}
      />
      <CorrectionEnd
        correction={correction}
        id={`${idPrefix}-reason`}
        reason={reason}
        onReason={setReason}
        error={errors.reason ?? errors.note}
        onCancel={() => setChoice(null)}
      />
    </form>
  );
}
