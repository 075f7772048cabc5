// The confirm step for repairs only a check digit chose (a document number, optional data): the field
// as Paso read it, what was changed, and a box the officer ticks after comparing it with the printed
// page. Until every one is ticked the zone is not valid and the person cannot be registered from it.
import { useTranslation } from 'react-i18next';
import type { MrzField, MrzFields, MrzRepair } from '../../../domain/documents';
import { mrzFieldName } from './messages';

type Props = {
  readonly fields: MrzFields;
  readonly repairs: readonly MrzRepair[];
  readonly isConfirmed: (repair: MrzRepair) => boolean;
  readonly onConfirm: (repair: MrzRepair, confirmed: boolean) => void;
};

// The value the officer compares with the page: the whole field as repaired, not one character.
function repairedValue(fields: MrzFields, field: MrzField): string {
  switch (field) {
    case 'documentNumber':
      return fields.documentNumber;
    case 'optionalData':
      return fields.optionalData;
    case 'optionalData2':
      return fields.optionalData2;
    default:
      return '';
  }
}

export function RepairConfirmation({ fields, repairs, isConfirmed, onConfirm }: Props) {
  const { t } = useTranslation();
  if (repairs.length === 0) return null;
  const waiting = repairs.some((r) => !isConfirmed(r));
  return (
    <fieldset
      className={waiting ? 'notice notice-warning fieldset' : 'notice notice-ok fieldset'}
      data-testid="mrz-confirm"
    >
      <legend>{t('booth.scan.confirmTitle')}</legend>
      <p>{t('booth.scan.confirmHint')}</p>
      <ul className="mrz-repairs">
        {repairs.map((r) => (
          <li key={`${r.line}:${r.column}`} data-field={r.field}>
            <p>
              {t('booth.scan.confirmRepair', {
                field: mrzFieldName(r.field, t),
                value: repairedValue(fields, r.field),
                line: r.line,
                column: r.column,
                from: r.from,
                to: r.to,
              })}
            </p>
            <label className="check">
              <input
                type="checkbox"
                checked={isConfirmed(r)}
                onChange={(event) => onConfirm(r, event.target.checked)}
              />
              {t('booth.scan.confirmMatches')}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
