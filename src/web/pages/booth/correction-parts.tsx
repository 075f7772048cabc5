// The parts a booth correction's form shares, whichever it corrects (the decision, the person's
// details): closed, what became of the last one sent and the button that opens a new one; open, the
// reason asked for, the server's refusal if it named no field, and send and cancel.
import { useTranslation } from 'react-i18next';
import { TEXT_LIMITS } from '../../../api/common';
import { TextAreaField } from '../../components/text-area-field';
import { correctionState, SentNotice } from './correction-sent';
import type { useCorrection } from './use-correction';

type Correction = ReturnType<typeof useCorrection>;

type OpenerProps = {
  readonly correction: Correction;
  /** The sentences of an applied correction and of one in conflict, in the words of what it corrects. */
  readonly applied: string;
  readonly conflict: string;
  readonly label: string;
  /** In a group, whose record it is: screen readers hear it with the button, as each looks alike. */
  readonly name?: string | null | undefined;
  readonly testId?: string;
  /** Opens the form; null when this user may not correct it (the notice still shows). */
  readonly onOpen: (() => void) | null;
};

export function CorrectionOpener({
  correction,
  applied,
  conflict,
  label,
  name,
  testId,
  onOpen,
}: OpenerProps) {
  const { t } = useTranslation();
  const { done, later, refs } = correction;
  return (
    <>
      {done === null ? null : (
        <SentNotice
          noticeRef={refs.sentNotice}
          state={correctionState(done, later)}
          words={{
            refused: t('booth.result.refusedLater'),
            held: t('booth.correct.held'),
            conflict,
            applied,
            queued: t('booth.correct.queued'),
          }}
        />
      )}
      {onOpen === null ? null : (
        <button
          ref={refs.openButton}
          type="button"
          className="button button-secondary button-small"
          data-testid={testId}
          onClick={() => {
            correction.open();
            onOpen();
          }}
        >
          {label}
          {name ? <span className="visually-hidden"> {t('booth.group.who', { name })}</span> : null}
        </button>
      )}
    </>
  );
}

type EndProps = {
  readonly correction: Correction;
  readonly id: string;
  readonly reason: string;
  readonly onReason: (reason: string) => void;
  readonly error: string | undefined;
  /** What is typed is dropped with the form: reopened, it starts clean, without old errors. */
  readonly onCancel: () => void;
};

/** The end of a correction's form: why, the server's refusal if it named no field, then send and cancel. */
export function CorrectionEnd({ correction, id, reason, onReason, error, onCancel }: EndProps) {
  const { t } = useTranslation();
  return (
    <>
      <TextAreaField
        id={id}
        label={t('booth.correct.reason')}
        value={reason}
        onChange={onReason}
        error={error}
        rows={2}
        maxLength={TEXT_LIMITS.note}
      />
      {correction.refusal === null ? null : (
        <p className="notice notice-error" role="alert" data-testid="correction-refused">
          {correction.refusal}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="button button-primary button-small" disabled={correction.busy}>
          {t('booth.correct.send')}
        </button>
        <button
          type="button"
          className="button button-secondary button-small"
          onClick={() => {
            onReason('');
            onCancel();
            correction.cancel();
          }}
        >
          {t('booth.correct.cancel')}
        </button>
      </div>
    </>
  );
}
