// Closing a referral: a note on where the person went (required), then the close button, which asks
// first, naming the person: a closed referral is not opened again, and each card of the page has its
// own button. The note typed is kept in the tab until it is sent (note-draft.ts). A referral someone
// else closed meanwhile keeps their note: the page is told so, with both notes, not that it closed it.
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TEXT_LIMITS } from '../../../api/common';
import { type Referral, viewsApi } from '../../api/views-endpoints';
import { ConfirmQuestion } from '../../components/confirm-question';
import { FormFeedback } from '../../components/form-feedback';
import { SubmitRow } from '../../components/submit-row';
import { TextAreaField } from '../../components/text-area-field';
import { useApiCall } from '../../hooks/use-api-call';
import { useUser } from '../../session/session';
import { forgetNote, keepNote, recallNote } from './note-draft';

type Props = {
  readonly referral: Referral;
  readonly name: string;
  readonly onClosed: (name: string) => void;
  /** Someone else had closed it, with their note (`closed`): the note typed here was not kept. */
  readonly onClosedBefore: (name: string, closed: Referral, yours: string) => void;
};

const MAX = TEXT_LIMITS.note;

export function CloseReferralForm({ referral, name, onClosed, onClosedBefore }: Props) {
  const { t } = useTranslation();
  const user = useUser().id;
  const [note, setNote] = useState(() => recallNote(window.sessionStorage, user, referral.id));
  const [missing, setMissing] = useState(false);
  const [asking, setAsking] = useState(false);
  const { busy, problem, run } = useApiCall();
  const noteId = `referral-note-${referral.id}`;
  const form = useRef<HTMLFormElement>(null);
  // The button comes back when the question is cancelled, and focus goes to it, not the page's top.
  const [refocus, setRefocus] = useState(false);
  useEffect(() => {
    if (!refocus) return;
    form.current?.querySelector<HTMLButtonElement>('button[type="submit"]')?.focus();
    setRefocus(false);
  }, [refocus]);
  const length = note.trim().length;
  const tooLong = length > MAX;

  function ask(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (length === 0) {
      setMissing(true);
      return;
    }
    if (!tooLong) setAsking(true);
  }

  async function close() {
    const sent = note.trim();
    const result = await run(() => viewsApi.closeReferral(referral.id, note));
    if (!result.ok) return;
    forgetNote(window.sessionStorage, user, referral.id);
    // The server answers a referral closed already as it stands (a resend of this close is answered
    // so too): another note than the one sent is someone else's close.
    if (result.value.note === sent) onClosed(name);
    else onClosedBefore(name, result.value, sent);
  }

  return (
    <form
      ref={form}
      className="form referral-form"
      aria-busy={busy}
      onSubmit={(event) => ask(event)}
      noValidate
    >
      <TextAreaField
        id={noteId}
        label={t('referrals.closeNote')}
        hint={`${t('referrals.closeNoteHint')} ${t('referrals.closeNoteCount', { length: note.length, max: MAX })}`}
        error={
          missing
            ? t('referrals.closeNoteMissing')
            : tooLong
              ? t('form.tooLong', { max: MAX, length })
              : undefined
        }
        value={note}
        onChange={(value) => {
          setNote(value);
          setMissing(false);
          keepNote(window.sessionStorage, user, referral.id, value);
        }}
        rows={2}
        maxLength={MAX}
      />
      <FormFeedback problem={problem} />
      {asking ? (
        <ConfirmQuestion
          testId="close-referral-question"
          question={t('referrals.closeQuestion', { name })}
          confirm={t('referrals.closeConfirm', { name })}
          busy={busy}
          onConfirm={() => void close()}
          onCancel={() => {
            setAsking(false);
            setRefocus(true);
          }}
        />
      ) : (
        <SubmitRow
          label={t('referrals.close')}
          ariaLabel={t('referrals.closeFor', { name })}
          disabled={busy}
        />
      )}
    </form>
  );
}
