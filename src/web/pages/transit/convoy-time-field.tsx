// A convoy's planned departure or arrival, typed on the clock of the stop it belongs to and labelled
// with it (the stop, its zone, the time there now); in the hour the clocks turn back (Chile's, in
// April), which of the two times that read so.
import { useTranslation } from 'react-i18next';
import { DateTimeField } from '../../components/date-time-field';
import { OptionalChoiceField } from '../../components/select-field';
import { formatDateTime, formatZonedClock } from '../../format/format';
import { useZoneName } from '../../format/time-zone-names';
import { instantOfZonedInput } from '../../format/zoned-input';
import type { Binding } from '../../hooks/use-draft';
import { useLocale } from '../../hooks/use-locale';
import { REPEATS, type Repeat, type StopClock } from './convoy-draft';

type Props = {
  readonly end: 'departure' | 'arrival';
  /** The stop and its clock; null while no corridor is chosen. */
  readonly stop: StopClock | null;
  readonly time: Binding<string>;
  readonly repeat: Binding<Repeat | ''>;
};

export function ConvoyTimeField({ end, stop, time, repeat }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  // The clock as people name it ("Santiago (Chile, UTC−4; UTC−3 en verano)"), not its code.
  const zoneName = useZoneName();
  const read = stop === null ? null : instantOfZonedInput(time.value, stop.timeZone);
  const departs = end === 'departure';
  const label =
    stop === null
      ? departs
        ? t('transit.departure')
        : t('transit.arrival')
      : departs
        ? t('transit.new.departureFrom', { stop: stop.name })
        : t('transit.new.arrivalAt', { stop: stop.name });
  return (
    <div className="convoy-time">
      <DateTimeField
        {...time}
        label={label}
        hint={
          stop === null
            ? undefined
            : t('transit.new.clockHint', {
                zone: zoneName(stop.timeZone),
                now: formatZonedClock(new Date(), locale, stop.timeZone),
              })
        }
        required
      />
      {stop !== null && read?.kind === 'twice' ? (
        <OptionalChoiceField
          {...repeat}
          label={t('transit.new.repeatWhich', { time: time.value.slice(11, 16), place: stop.name })}
          noneLabel={t('transit.new.repeatNone')}
          choices={REPEATS}
          nameOf={(r) => formatDateTime(read[r], locale, stop.timeZone, 'minute')}
        />
      ) : null}
    </div>
  );
}
