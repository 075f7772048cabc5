// The time zone a decree's days are counted in: Peru's and the checkpoints' zones first, each named by
// its checkpoints, then every other zone the browser knows (a decree for Arica named only by its
// province is counted in America/Santiago). Each is shown as people read it, "Santiago (Chile, UTC−4;
// UTC−3 en verano)", sorted so that typing a city's first letters finds it; the IANA id is the value.
import { useTranslation } from 'react-i18next';
import { PERU_TIME_ZONE } from '../../../domain/decrees';
import type { Checkpoint } from '../../api/types';
import { Options } from '../../components/options';
import { SelectField } from '../../components/select-field';
import { namedZones, useZoneName } from '../../format/time-zone-names';

type Props = {
  readonly id: string;
  readonly value: string;
  readonly onChange: (zone: string) => void;
  readonly error: string | undefined;
  readonly checkpoints: readonly Checkpoint[];
};

export function TimeZoneField({ checkpoints, ...field }: Props) {
  const { t } = useTranslation();
  const zoneName = useZoneName();
  // The zone shown stays choosable even when this browser does not list it.
  const near = [...new Set([PERU_TIME_ZONE, ...checkpoints.map((c) => c.timeZone), field.value])];
  const others = namedZones(zoneName).filter((z) => !near.includes(z.zone));
  const named = (zone: string) => {
    const names = checkpoints.filter((c) => c.timeZone === zone).map((c) => c.name);
    return names.length === 0 ? zoneName(zone) : `${zoneName(zone)} — ${names.join(', ')}`;
  };
  return (
    <SelectField {...field} label={t('decrees.field.timeZone')} hint={t('decrees.form.timeZoneHint')}>
      <optgroup label={t('decrees.form.checkpointZones')}>
        <Options items={near} value={(z) => z} label={named} />
      </optgroup>
      <optgroup label={t('decrees.form.otherZones')}>
        {/* A city's name is not always enough (Córdoba, San Juan): the id says where. */}
        <Options items={others} value={(z) => z.zone} label={(z) => `${z.name} · ${z.zone}`} />
      </optgroup>
    </SelectField>
  );
}
