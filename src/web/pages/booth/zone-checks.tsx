// The zone's doubtful fields (a problem, or a repair not confirmed at the scan): each must be confirmed
// against the printed document here, or corrected by hand in its field, before the person is saved.
import { useTranslation } from 'react-i18next';
import type { MrzField } from '../../../domain/documents';
import type { Member } from './member';
import { mrzFieldName } from './messages';

type Props = {
  readonly member: Member;
  readonly unresolved: readonly MrzField[];
  readonly onConfirm: (field: MrzField, confirmed: boolean) => void;
  readonly error: string | undefined;
};

export function ZoneChecks({ member, unresolved, onConfirm, error }: Props) {
  const { t } = useTranslation();
  const doubtful = member.doubtful.filter((f, i, all) => all.indexOf(f) === i);
  if (doubtful.length === 0) return null;
  return (
    <fieldset
      className={unresolved.length === 0 ? 'notice notice-ok fieldset' : 'notice notice-warning fieldset'}
      data-testid="zone-checks"
    >
      <legend>{t('booth.register.checksTitle')}</legend>
      <p>{t('booth.register.checksHint')}</p>
      {error === undefined ? null : (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <ul className="mrz-repairs">
        {doubtful.map((field) => (
          <li key={field}>
            <label className="check">
              <input
                type="checkbox"
                checked={!unresolved.includes(field)}
                onChange={(event) => onConfirm(field, event.target.checked)}
              />
              {t('booth.register.checkField', { field: mrzFieldName(field, t) })}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
