// The time zone a decree's days are counted in: Peru's and the checkpoints' zones first, each named by
// its checkpoints, then every other zone the browser knows (a decree for Arica named only by its
// province is counted in America/Santiago).
import { useTranslation } from 'react-i18next';
import { PERU_TIME_ZONE } from '../../../domain/decrees';
import type { Checkpoint } from '../../api/types';
import { Options } from '../../components/options';
import { SelectField } from '../../components/select-field';

type Props = {
  readonly id: string;
  readonly value: string;
  readonly onChange: (zone: string) => void;
  readonly error: string | undefined;
  readonly checkpoints: readonly Checkpoint[];
};

export function TimeZoneField({ checkpoints, ...field }: Props) {
  const { t } = useTranslation();
  // The zone shown stays choosable even when this browser does not list it.
  const near = [...new Set([PERU_TIME_ZONE, ...checkpoints.map((c) => c.timeZone), field.value])];
  const others = Intl.supportedValuesOf('timeZone').filter((z) => !near.includes(z));
  const named = (zone: string) => {
    const names = checkpoints.filter((c) => c.timeZone === zone).map((c) => c.name);
    return names.length === 0 ? zone : `${zone} — ${names.join(', ')}`;
  };
  return (
    <SelectField {...field} label={t('decrees.field.timeZone')} hint={t('decrees.form.timeZoneHint')}>
      <optgroup label={t('decrees.form.checkpointZones')}>
        <Options items={near} value={(z) => z} label={named} />
      </optgroup>
      <optgroup label={t('decrees.form.otherZones')}>
        <Options items={others} value={(z) => z} label={(z) => z} />
      </optgroup>
    </SelectField>
  );
}
