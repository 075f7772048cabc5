// A new corridor's stops in order, each with its code, its name and its coordinates; two at least (the
// origin and the exit point), added at the end, moved up or down, and removed in place. Each field shows the API's
// refusal of it (keyed `code-0`, `latitude-1`…).
import { useTranslation } from 'react-i18next';
import { CodeField } from '../../components/code-field';
import { TextField } from '../../components/text-field';
import { formatCoordinate } from '../../format/format';
import { useLocale } from '../../hooks/use-locale';
import { emptyStop, moveStop, type StopDraft } from './corridor-draft';
import { RemoveRow, RowsField, rowEdits } from './rows-field';

type Props = {
  readonly stops: readonly StopDraft[];
  readonly errors: Readonly<Record<string, string>>;
  readonly onChange: (stops: readonly StopDraft[]) => void;
};

export function StopsField({ stops, errors, onChange }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { change, add, remove } = rowEdits(stops, onChange);
  return (
    <RowsField
      className="stops-field"
      legend={t('transit.stops')}
      hint={t('transit.newCorridor.stopsHint', { example: formatCoordinate(-18.0066, locale) })}
      error={errors.stops}
      addLabel={t('transit.newCorridor.addStop')}
      onAdd={() => add(emptyStop())}
    >
      <ol className="stop-rows">
        {stops.map((s, i) => (
          <li key={s.key} data-testid="stop-row">
            <fieldset className="list-row">
              <legend className="visually-hidden">{t('transit.newCorridor.stop', { n: i + 1 })}</legend>
              <CodeField
                id={`corridor-stop-code-${i}`}
                label={t('transit.newCorridor.stopCode')}
                value={s.code}
                onChange={(code) => change(i, { code })}
                error={errors[`code-${i}`]}
              />
              <TextField
                id={`corridor-stop-name-${i}`}
                label={t('transit.newCorridor.stopName')}
                value={s.name}
                onChange={(name) => change(i, { name })}
                error={errors[`name-${i}`]}
                required
                maxLength={120}
              />
              <TextField
                id={`corridor-stop-latitude-${i}`}
                label={t('transit.newCorridor.latitude')}
                value={s.latitude}
                inputMode="decimal"
                onChange={(latitude) => change(i, { latitude })}
                error={errors[`latitude-${i}`]}
                required
              />
              <TextField
                id={`corridor-stop-longitude-${i}`}
                label={t('transit.newCorridor.longitude')}
                value={s.longitude}
                inputMode="decimal"
                onChange={(longitude) => change(i, { longitude })}
                error={errors[`longitude-${i}`]}
                required
              />
              <span className="stop-moves">
                <button
                  type="button"
                  className="button"
                  aria-label={t('transit.newCorridor.moveUp', { n: i + 1 })}
                  disabled={i === 0}
                  onClick={() => onChange(moveStop(stops, i, -1))}
                >
                  ↑
                </button>
                <button
                  type="button"
                  className="button"
                  aria-label={t('transit.newCorridor.moveDown', { n: i + 1 })}
                  disabled={i === stops.length - 1}
                  onClick={() => onChange(moveStop(stops, i, 1))}
                >
                  ↓
                </button>
              </span>
              {stops.length > 2 ? (
                <RemoveRow
                  label={t('transit.newCorridor.removeStop', { n: i + 1 })}
                  onRemove={() => remove(i)}
                />
              ) : null}
            </fieldset>
          </li>
        ))}
      </ol>
    </RowsField>
  );
}
