// What the booth's person and document fields share: each text field's id, value and change, no
// autofill or spelling marks (names and numbers are not words), and its error: the check's, else a
// doubt about the zone character it was read from, which stands until the officer confirms it. A date
// typed day first (14/03/1988) is shown in the form it is sent in (1988-03-14) once focus leaves it,
// and a country typed by name (Venezuela) or two-letter code (VE) as its ICAO code (VEN).
import { useTranslation } from 'react-i18next';
import type { MrzField } from '../../../domain/documents';
import { bindFields } from '../../hooks/use-draft';
import { formCountry, formDate, type RegistrationForm } from './registration';

/** The form's fields that take any text. */
type TextKey = {
  [K in keyof RegistrationForm]: string extends RegistrationForm[K] ? K : never;
}[keyof RegistrationForm];

/** The fields whose text is shown, once left, in the form it is sent in. */
const READ_AS: Partial<Record<TextKey, (value: string) => string>> = {
  birthDate: formDate,
  expiryDate: formDate,
  nationality: formCountry,
  issuingState: formCountry,
};

export function useRegisterText(
  form: RegistrationForm,
  onChange: <K extends keyof RegistrationForm>(key: K, value: RegistrationForm[K]) => void,
  errors: Readonly<Record<string, string>>,
  unresolved: readonly MrzField[],
  /** What the fields' ids start with: 'reg' in the registration form, another in a correction's. */
  idPrefix = 'reg',
) {
  const { t } = useTranslation();
  const doubt = (field: MrzField) => (unresolved.includes(field) ? t('booth.register.doubtful') : undefined);
  const field = bindFields(idPrefix, form, onChange, errors);
  const text = (key: TextKey, of?: MrzField) => {
    const bound = field(key);
    const read = READ_AS[key];
    return {
      ...bound,
      // Only a text that reads differently changes: a change marks a doubtful zone field as checked,
      // and passing through one must not confirm it.
      onBlur:
        read === undefined
          ? undefined
          : () => {
              const next = read(bound.value);
              if (next !== bound.value) bound.onChange(next);
            },
      autoComplete: 'off',
      spellCheck: false,
      error: bound.error ?? (of === undefined ? undefined : doubt(of)),
    };
  };
  return { doubt, text };
}
