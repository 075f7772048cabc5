// The person's part of the form: names, sex, date of birth and nationality, as the zone gave them or as
// the person declares them. A field read with a problem says so until it is confirmed or corrected.
import { useTranslation } from 'react-i18next';
import { TEXT_LIMITS } from '../../../api/common';
import type { MrzField } from '../../../domain/documents';
import { SelectField } from '../../components/select-field';
import { TextField } from '../../components/text-field';
import { RegisterFieldset } from './register-fieldset';
import { useRegisterText } from './register-text';
import type { RegistrationForm } from './registration';

type Props = {
  readonly form: RegistrationForm;
  readonly onChange: <K extends keyof RegistrationForm>(key: K, value: RegistrationForm[K]) => void;
  /** Messages by form field. */
  readonly errors: Readonly<Record<string, string>>;
  readonly unresolved: readonly MrzField[];
  /** What the fields' ids start with: the registration form's by default, a correction's beside it. */
  readonly idPrefix?: string;
};

export function PersonFields({ form, onChange, errors, unresolved, idPrefix = 'reg' }: Props) {
  const { t } = useTranslation();
  const { doubt, text } = useRegisterText(form, onChange, errors, unresolved, idPrefix);
  return (
    <RegisterFieldset legend={t('booth.register.person')}>
      <div className="form-grid">
        <TextField
          {...text('givenNames', 'name')}
          maxLength={TEXT_LIMITS.personName}
          label={t('booth.register.givenNames')}
        />
        <TextField
          {...text('surname1', 'name')}
          maxLength={TEXT_LIMITS.personName}
          label={t('booth.register.surname1')}
          required
        />
        <TextField
          {...text('surname2', 'name')}
          maxLength={TEXT_LIMITS.personName}
          label={t('booth.register.surname2')}
        />
        <SelectField
          id={`${idPrefix}-sex`}
          label={t('booth.register.sex')}
          value={form.sex}
          error={errors.sex ?? doubt('sex')}
          onChange={(value) => {
            if (value === '' || value === 'M' || value === 'F' || value === 'X') onChange('sex', value);
          }}
        >
          <option value="">{t('booth.fields.sexUnspecified')}</option>
          <option value="F">{t('booth.fields.sexF')}</option>
          <option value="M">{t('booth.fields.sexM')}</option>
          <option value="X">{t('booth.fields.sexX')}</option>
        </SelectField>
        <TextField
          {...text('birthDate', 'birthDate')}
          label={t('booth.register.birthDate')}
          hint={t('booth.register.partialDateHint')}
        />
        <TextField
          {...text('nationality', 'nationality')}
          label={t('booth.register.nationality')}
          hint={t('booth.register.countryHint')}
        />
      </div>
    </RegisterFieldset>
  );
}
