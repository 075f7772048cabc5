// Typing a national identity number by hand: its type, the number, and at once whether it is valid
// and the form Paso stores and shows it in; for a user who registers, a valid number goes into the
// registration form's document fields in one step instead of being typed again.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  checkIdentifier,
  ID_TYPES,
  type IdType,
  type NationalId,
  parseNationalId,
} from '../../../domain/documents';
import { ChoiceField } from '../../components/select-field';
import { idProblemMessage, idTypeName } from './messages';

type Props = {
  /** Puts a valid number into the registration form; absent where the user does not register people. */
  readonly onUse?: (id: NationalId) => void;
};

export function IdentifierPanel({ onUse }: Props) {
  const { t } = useTranslation();
  const [idType, setIdType] = useState<IdType>('PE-DNI');
  const [number, setNumber] = useState('');
  const check = number.trim() === '' ? null : checkIdentifier(idType, number);
  return (
    <section className="panel booth-identifier" aria-labelledby="identifier-title">
      <h2 id="identifier-title">{t('booth.id.title')}</h2>
      {/* No form: Enter in the number field has nothing to submit; the check is already shown. */}
      <div className="form-grid">
        <ChoiceField
          id="id-type"
          label={t('booth.id.type.label')}
          value={idType}
          choices={ID_TYPES}
          nameOf={(type) => idTypeName(type, t)}
          onChange={setIdType}
        />
        <div className={check !== null && !check.valid ? 'field field-invalid' : 'field'}>
          <label htmlFor="id-number">{t('booth.id.number')}</label>
          <input
            id="id-number"
            className="mono"
            data-testid="id-number"
            value={number}
            onChange={(event) => setNumber(event.target.value)}
            autoComplete="off"
            spellCheck={false}
            inputMode="text"
            aria-invalid={check !== null && !check.valid ? true : undefined}
            aria-describedby="id-result"
          />
        </div>
      </div>
      <div id="id-result" role="status" aria-live="polite" aria-atomic="true" data-testid="id-result">
        {check === null ? null : check.valid ? (
          <div className="notice notice-ok">
            <p>{t('booth.id.valid', { type: idTypeName(idType, t) })}</p>
            <dl className="facts">
              <div>
                <dt>{t('booth.id.normalized')}</dt>
                <dd className="mono" data-testid="id-normalized">
                  {check.normalized}
                </dd>
              </div>
              <div>
                <dt>{t('booth.id.display')}</dt>
                <dd className="mono">{check.display}</dd>
              </div>
            </dl>
          </div>
        ) : (
          <div className="notice notice-error">
            {check.problems.map((problem) => (
              <p key={problem.code}>{idProblemMessage(problem, t)}</p>
            ))}
          </div>
        )}
      </div>
      {/* Outside the live region: the result is read out when it changes, not the button beside it. */}
      {onUse === undefined || check === null || !check.valid ? null : (
        <div className="actions">
          <button
            type="button"
            className="button button-secondary"
            data-testid="id-use"
            onClick={() => {
              const id = parseNationalId(idType, number);
              if (id.ok) onUse(id.value);
            }}
          >
            {t('booth.id.use')}
          </button>
        </div>
      )}
    </section>
  );
}
