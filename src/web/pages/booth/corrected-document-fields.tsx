// The document's part of a correction of a recorded person: its type, number, issuing state and expiry,
// as the registration form has them. The zone as read is not offered: it stays as the reader typed it,
// beside what the officer corrects; nor is taking the document away (how the identity was established
// would change with it).
import { useTranslation } from 'react-i18next';
import { TEXT_LIMITS } from '../../../api/common';
import { ChoiceField } from '../../components/select-field';
import { TextField } from '../../components/text-field';
import { DOCUMENT_TYPES } from './document-fields';
import { documentTypeName } from './messages';
import { RegisterFieldset } from './register-fieldset';
import { useRegisterText } from './register-text';
import type { RegistrationForm } from './registration';

type Props = {
  readonly form: RegistrationForm;
  readonly onChange: <K extends keyof RegistrationForm>(key: K, value: RegistrationForm[K]) => void;
  readonly errors: Readonly<Record<string, string>>;
  readonly idPrefix: string;
};

export function CorrectedDocumentFields({ form, onChange, errors, idPrefix }: Props) {
  const { t } = useTranslation();
  const { text } = useRegisterText(form, onChange, errors, [], idPrefix);
  // A type recorded that the form no longer offers is kept as it was, among the choices.
  const types = DOCUMENT_TYPES.includes(form.documentType)
    ? DOCUMENT_TYPES
    : [form.documentType, ...DOCUMENT_TYPES];
  return (
    <RegisterFieldset legend={t('booth.register.document')}>
      <div className="form-grid">
        <ChoiceField
          id={`${idPrefix}-documentType`}
          label={t('booth.register.documentType')}
          value={form.documentType}
          error={errors.documentType}
          choices={types}
          nameOf={(type) => documentTypeName(type, t)}
          onChange={(value) => onChange('documentType', value)}
        />
        <TextField
          {...text('documentNumber')}
          label={t('booth.register.documentNumber')}
          required
          maxLength={TEXT_LIMITS.documentNumber}
        />
        <TextField
          {...text('issuingState')}
          label={t('booth.register.issuingState')}
          hint={t('booth.register.countryHint')}
        />
        <TextField
          {...text('expiryDate')}
          label={t('booth.register.expiryDate')}
          hint={t('booth.register.partialDateHint')}
        />
      </div>
    </RegisterFieldset>
  );
}
