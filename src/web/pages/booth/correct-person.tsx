// Correcting a recorded person's details (a name, birth date, sex, nationality or document number typed
// wrong): events are never edited, so the booth sends a correction naming the crossing, with the person
// (and document) as corrected and the reason, through the offline outbox. The crossing as sent keeps
// the details first given; the person's record follows the correction, and the server screens them
// again as corrected (docs/counting.md).
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../hooks/use-locale';
import { CorrectedDocumentFields } from './corrected-document-fields';
import { CorrectionEnd, CorrectionOpener } from './correction-parts';
import { errorsOf } from './event-issues';
import { personCorrectionOf } from './person-correction';
import { PersonFields } from './person-fields';
import { documentOf, type RegistrationForm } from './registration';
import { useCorrection } from './use-correction';

type Props = {
  readonly eventId: string;
  readonly idPrefix: string;
  readonly checkpoint: string;
  readonly booth: string | undefined;
  /** The details as recorded, or as last corrected from this booth. */
  readonly form: RegistrationForm;
  /** Whose details they are: screen readers hear it with the button, as each looks alike. */
  readonly name: string | null;
  /** The details as corrected; `held` when screening them again held the person for the supervisor. */
  readonly onCorrected: (form: RegistrationForm, held: boolean) => void;
};

export function CorrectPerson({ eventId, idPrefix, checkpoint, booth, form, name, onCorrected }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [draft, setDraft] = useState<RegistrationForm | null>(null);
  const [reason, setReason] = useState('');
  const correction = useCorrection({ eventId, checkpoint, booth, focusIn: 'input' });
  const { refs } = correction;

  if (draft === null) {
    return (
      <CorrectionOpener
        correction={correction}
        applied={t('booth.correctPerson.applied')}
        conflict={t('booth.correctPerson.conflict')}
        label={t('booth.correctPerson.open')}
        name={name}
        testId="correct-person"
        onOpen={() => setDraft(form)}
      />
    );
  }

  function send(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (draft === null) return;
    const { body, issues } = personCorrectionOf(form, draft, reason);
    void correction.send(body, issues, (sent) => {
      // Applied, or kept in the outbox to be sent at the next sync: the booth lists the details as
      // corrected either way.
      onCorrected(draft, sent.held);
      setDraft(null);
      setReason('');
    });
  }

  const change = <K extends keyof RegistrationForm>(key: K, value: RegistrationForm[K]) =>
    setDraft((d) => (d === null ? d : { ...d, [key]: value }));
  const errors = errorsOf(correction.issues, { ...draft, note: reason }, t, locale);
  return (
    <form
      ref={refs.form}
      className="correct-person"
      onSubmit={send}
      aria-busy={correction.busy}
      noValidate
      data-testid="correct-person-form"
    >
      <p className="hint">{t('booth.correctPerson.hint')}</p>
      <PersonFields
        form={draft}
        onChange={change}
        errors={errors}
        unresolved={[]}
        idPrefix={`${idPrefix}-person`}
      />
      {documentOf(form) === undefined ? null : (
        <CorrectedDocumentFields
          form={draft}
          onChange={change}
          errors={errors}
          idPrefix={`${idPrefix}-person`}
        />
      )}
      {errors.person === undefined ? null : (
        <p className="notice notice-error" role="alert">
          {errors.person}
        </p>
      )}
      <CorrectionEnd
        correction={correction}
        id={`${idPrefix}-person-reason`}
        reason={reason}
        onReason={setReason}
        error={errors.reason ?? errors.note}
        onCancel={() => setDraft(null)}
      />
    </form>
  );
}
