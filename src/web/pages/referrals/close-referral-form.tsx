// Closing a referral: a note on where the child went (required), then the close button.
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiProblem } from '../../api/problem';
import { type Referral, viewsApi } from '../../api/views-endpoints';
import { FormFeedback } from '../../components/form-feedback';

type Props = {
  readonly referral: Referral;
  readonly name: string;
  readonly onClosed: (name: string) => void;
};

export function CloseReferralForm({ referral, name, onClosed }: Props) {
  const { t } = useTranslation();
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [missing, setMissing] = useState(false);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const noteId = `referral-note-${referral.id}`;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (note.trim() === '') {
      setMissing(true);
      return;
    }
    setBusy(true);
    setProblem(null);
    const result = await viewsApi.closeReferral(referral.id, note);
    setBusy(false);
    if (result.ok) onClosed(name);
    else setProblem(result.error);
  }

  return (
    <form className="form referral-form" aria-busy={busy} onSubmit={(event) => void submit(event)} noValidate>
      <div className={missing ? 'field field-invalid' : 'field'}>
        <label htmlFor={noteId}>{t('referrals.closeNote')}</label>
        <p className="hint" id={`${noteId}-hint`}>
          {t('referrals.closeNoteHint')}
        </p>
        {missing ? (
          <p className="field-error" id={`${noteId}-error`}>
            {t('referrals.closeNoteMissing')}
          </p>
        ) : null}
        <textarea
          id={noteId}
          value={note}
          onChange={(event) => {
            setNote(event.target.value);
            setMissing(false);
          }}
          rows={2}
          maxLength={500}
          aria-invalid={missing}
          aria-describedby={missing ? `${noteId}-hint ${noteId}-error` : `${noteId}-hint`}
        />
      </div>
      <FormFeedback problem={problem} />
      <div className="actions">
        <button
          type="submit"
          className="button button-primary"
          disabled={busy}
          aria-label={t('referrals.closeFor', { name })}
        >
          {t('referrals.close')}
        </button>
      </div>
    </form>
  );
}
