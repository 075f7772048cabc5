// Closing a referral: a note on where the child went (required), then the close button.
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Referral, viewsApi } from '../../api/views-endpoints';
import { FormFeedback } from '../../components/form-feedback';
import { SubmitRow } from '../../components/submit-row';
import { TextAreaField } from '../../components/text-area-field';
import { useApiCall } from '../../hooks/use-api-call';

type Props = {
  readonly referral: Referral;
  readonly name: string;
  readonly onClosed: (name: string) => void;
};

export function CloseReferralForm({ referral, name, onClosed }: Props) {
  const { t } = useTranslation();
  const [note, setNote] = useState('');
  const [missing, setMissing] = useState(false);
  const { busy, problem, run } = useApiCall();
  const noteId = `referral-note-${referral.id}`;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (note.trim() === '') {
      setMissing(true);
      return;
    }
    const result = await run(() => viewsApi.closeReferral(referral.id, note));
    if (result.ok) onClosed(name);
  }

  return (
    <form className="form referral-form" aria-busy={busy} onSubmit={(event) => void submit(event)} noValidate>
      <TextAreaField
        id={noteId}
        label={t('referrals.closeNote')}
        hint={t('referrals.closeNoteHint')}
        error={missing ? t('referrals.closeNoteMissing') : undefined}
        value={note}
        onChange={(value) => {
          setNote(value);
          setMissing(false);
        }}
        rows={2}
        maxLength={500}
      />
      <FormFeedback problem={problem} />
      <SubmitRow label={t('referrals.close')} ariaLabel={t('referrals.closeFor', { name })} disabled={busy} />
    </form>
  );
}
