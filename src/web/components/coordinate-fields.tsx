// Where a place is, as latitude and longitude in decimal degrees: the checkpoint and shelter forms.
import { useTranslation } from 'react-i18next';
import { formatCoordinate } from '../format/format';
import { useLocale } from '../hooks/use-locale';
import type { FieldProps } from './field-frame';
import { TextField } from './text-field';

type Coordinate = Omit<FieldProps, 'label' | 'hint'>;

export function CoordinateFields({
  latitude,
  longitude,
}: {
  readonly latitude: Coordinate;
  readonly longitude: Coordinate;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <>
      <TextField
        {...latitude}
        label={t('checkpoints.field.latitude')}
        hint={t('checkpoints.field.latitudeHint', { example: formatCoordinate(-18.35, locale) })}
        inputMode="decimal"
        required
      />
      <TextField
        {...longitude}
        label={t('checkpoints.field.longitude')}
        hint={t('checkpoints.field.longitudeHint', { example: formatCoordinate(-70.32, locale) })}
        inputMode="decimal"
        required
      />
    </>
  );
}
