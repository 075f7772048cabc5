// Small pieces the transit pages share: a convoy's status, and a time on the clock of its stop.
import { useTranslation } from 'react-i18next';
import type { ConvoyStatus } from '../../../domain/transit';
import { formatDateTime } from '../../format/format';
import { zoneParts } from '../../format/time-zone-names';
import { useLocale } from '../../hooks/use-locale';

export function StatusTag({ status }: { readonly status: ConvoyStatus }) {
  const { t } = useTranslation();
  const label = {
    planned: t('transit.status.planned'),
    boarding: t('transit.status.boarding'),
    departed: t('transit.status.departed'),
    arrived: t('transit.status.arrived'),
    cancelled: t('transit.status.cancelled'),
  }[status];
  return <span className={`tag convoy-status convoy-${status}`}>{label}</span>;
}

/** A stop of a corridor as the API answers it, with the zone of its clock. */
type ClockedStop = { readonly code: string; readonly timeZone: string };

/**
 * The zone a step of a convoy's log is on: the stop's it happened at; a departure (or a cancellation
 * before it) the origin's, the arrival the last stop's. UTC only for a corridor without stops.
 */
export function zoneOf(stops: readonly ClockedStop[], at: 'origin' | 'exit' | string): string {
  const stop = at === 'origin' ? stops[0] : at === 'exit' ? stops.at(-1) : stops.find((s) => s.code === at);
  return stop?.timeZone ?? 'UTC';
}

// On a 24-hour clock as everywhere in Paso, in the app's locale (en-GB, es-419), as every date on
// screen: the language alone gave US order. A convoy's times are on the clock of the stop they belong
// to (Chacalluta's is Santiago's), with the offset, and, where no stop is named beside it, the zone's
// city. Care's pages give no zone: their shelters and stores are in Tacna, on Lima's clock.
export function When({
  at,
  timeZone = 'America/Lima',
  showZone = false,
}: {
  readonly at: string | null;
  readonly timeZone?: string;
  readonly showZone?: boolean;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (at === null) return <>—</>;
  const city = showZone ? zoneParts(timeZone, locale, new Date(at).getUTCFullYear())?.city : undefined;
  return (
    <time dateTime={at}>
      {formatDateTime(at, locale, timeZone, 'minute')}
      {city === undefined ? null : ` ${t('transit.clockOf', { city })}`}
    </time>
  );
}
