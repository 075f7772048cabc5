// Consent to share with humanitarian partners, and the situations of vulnerability the officer notes.
import { useTranslation } from 'react-i18next';
import { VULNERABILITIES } from '../../../api/people';
import { vulnerabilityName } from './messages';
import { RegisterFieldset } from './register-fieldset';
import type { RegistrationForm } from './registration';

type Props = {
  readonly form: RegistrationForm;
  readonly onChange: <K extends keyof RegistrationForm>(key: K, value: RegistrationForm[K]) => void;
};

export function CareFields({ form, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <RegisterFieldset legend={t('booth.register.care')}>
      <div className="check register-consent">
        <input
          type="checkbox"
          id="reg-consent"
          checked={form.consent}
          onChange={(event) => onChange('consent', event.target.checked)}
          aria-describedby="reg-consent-hint"
        />
        <label htmlFor="reg-consent">{t('booth.register.consent')}</label>
      </div>
      <p className="hint" id="reg-consent-hint">
        {t('booth.register.consentHint')}
      </p>
      <fieldset className="fieldset register-vulnerabilities">
        <legend>{t('booth.register.vulnerabilities')}</legend>
        <div className="check-columns">
          {VULNERABILITIES.map((v) => (
            <div className="check" key={v}>
              <input
                type="checkbox"
                id={`reg-vulnerability-${v}`}
                checked={form.vulnerabilities.includes(v)}
                onChange={(event) =>
                  onChange(
                    'vulnerabilities',
                    event.target.checked
                      ? [...form.vulnerabilities.filter((x) => x !== v), v]
                      : form.vulnerabilities.filter((x) => x !== v),
                  )
                }
              />
              <label htmlFor={`reg-vulnerability-${v}`}>{vulnerabilityName(v, t)}</label>
            </div>
          ))}
        </div>
      </fieldset>
    </RegisterFieldset>
  );
}
