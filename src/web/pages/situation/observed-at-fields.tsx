// When a queue was looked at, or an incident began, typed on the checkpoint's clock and labelled with
// it; in the hour Chile's clocks turn back, which of the two times that read so.
import { useTranslation } from 'react-i18next';
import { DateTimeField } from '../../components/date-time-field';
import { OptionalChoiceField } from '../../components/select-field';
import { formatDateTime, formatZonedClock } from '../../format/format';
import { useZoneName } from '../../format/time-zone-names';
import type { ZonedTime } from '../../format/zoned-input';
import type { Binding } from '../../hooks/use-draft';
import { useLocale } from '../../hooks/use-locale';

/** Which of a repeated hour's two instants: before the clocks turned back, or after. */
export type Repeat = 'earlier' | 'later';
const REPEATS: readonly Repeat[] = ['earlier', 'later'];

/**
 * The instant a time typed on a clock names, or why none is sent: the clocks skipped it, or read it
 * twice and neither was chosen. A text that is no time goes as typed, for the server to say so.
 */
export function typedInstant(
  read: ZonedTime,
  typed: string,
  repeat: Repeat | '',
):
  | { readonly ok: true; readonly instant: string }
  | { readonly ok: false; readonly fault: 'skipped' | 'repeat' } {
  switch (read.kind) {
    case 'one':
      return { ok: true, instant: read.instant };
    case 'twice':
      return repeat === '' ? { ok: false, fault: 'repeat' } : { ok: true, instant: read[repeat] };
    case 'skipped':
      return { ok: false, fault: 'skipped' };
    case 'unread':
      return { ok: true, instant: typed };
    default:
      return read satisfies never;
  }
}

type Props = {
  /** The checkpoint's name, whose clock the time is on. */
  readonly name: string;
  /** What the time is: when the queue was looked at unless said. */
  readonly label?: string;
  readonly timeZone: string;
  /** What the time typed names on that clock. */
  readonly read: ZonedTime;
  readonly time: Binding<string>;
  readonly repeat: Binding<Repeat | ''>;
};

export function ObservedAtFields({ name, label, timeZone, read, time, repeat }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  // The clock as people name it ("Santiago (Chile, UTC−4; …)"), not its code (America/Santiago).
  const zoneName = useZoneName();
  return (
    <div className="form-row">
      <DateTimeField
        {...time}
        label={label ?? t('situation.queues.observedAtOn', { name })}
        hint={t('situation.queues.observedAtHint', {
          zone: zoneName(timeZone),
          now: formatZonedClock(new Date(), locale, timeZone),
        })}
      />
      {read.kind === 'twice' ? (
        <OptionalChoiceField
          {...repeat}
          label={t('situation.queues.repeatWhich', { time: time.value.slice(11, 16), name })}
          noneLabel={t('situation.queues.repeatNone')}
          choices={REPEATS}
          nameOf={(r) => formatDateTime(read[r], locale, timeZone, 'minute')}
        />
      ) : null}
    </div>
  );
}
