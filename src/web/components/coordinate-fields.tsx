// Where a place is, as latitude and longitude in decimal degrees: the checkpoint and shelter forms.
import { useTranslation } from 'react-i18next';
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
  return (
    <>
      <TextField
        {...latitude}
        label={t('checkpoints.field.latitude')}
        hint={t('checkpoints.field.latitudeHint')}
        inputMode="decimal"
        required
      />
      <TextField
        {...longitude}
        label={t('checkpoints.field.longitude')}
        hint={t('checkpoints.field.longitudeHint')}
        inputMode="decimal"
        required
      />
    </>
  );
}
