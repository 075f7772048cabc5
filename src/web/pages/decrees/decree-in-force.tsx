// The decree in force at a checkpoint, as one line for the booth and the tally pages: its number,
// title and last day, or that none is in force. Offline it shows the one last read on this device,
// with when it was read (in the checkpoint's time, as every time at the booth), marked as possibly
// out of date, and it is read again when the network returns, as the booth's rules are.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { decreesApi } from '../../api/decrees-endpoints';
import { formatDateTime } from '../../format/format';
import { useApiData } from '../../hooks/use-api-data';
import { useLocale } from '../../hooks/use-locale';
import { useReread } from '../../hooks/use-reread';
import { PATHS } from '../../routes';
import { formatDay } from './decree-words';
import { readDecreeInForce } from './kept-decree';
import './decrees.css';

// A decree changes seldom: read again every few minutes, and at once when the network returns.
const REREAD_MS = 5 * 60_000;

export function DecreeInForce({
  checkpoint,
  timeZone,
}: {
  readonly checkpoint: string | null;
  readonly timeZone?: string | undefined;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const load = useCallback(
    (signal: AbortSignal) =>
      checkpoint === null
        ? Promise.resolve({ ok: true as const, value: { decree: null, readAt: null } })
        : readDecreeInForce(
            checkpoint,
            () => decreesApi.decreeInForce(checkpoint, { signal }),
            window.localStorage,
            () => new Date(),
          ),
    [checkpoint],
  );
  const [reading, reread] = useApiData(load);
  useReread(reread, REREAD_MS);
  if (reading.status !== 'ok' || checkpoint === null) return null;
  const { decree: d, readAt } = reading.value;
  const stale =
    readAt === null ? null : (
      <span className="decree-stale-note" data-testid="decree-stale">
        {' '}
        {t('decrees.inForce.stale', { time: formatDateTime(readAt, locale, timeZone) })}
      </span>
    );
  const className = `decree-in-force${d === null ? ' decree-none' : ''}${readAt === null ? '' : ' decree-stale'}`;
  if (d === null) {
    return (
      <p className={className} data-testid="decree-in-force">
        {t('decrees.inForce.none')}
        {stale}
      </p>
    );
  }
  return (
    <p className={className} data-testid="decree-in-force">
      <span className="decree-in-force-label">{t('decrees.inForce.label')}</span>{' '}
      <a href={`${PATHS.decrees}?decree=${d.id}`}>
        <strong>{d.number}</strong>
      </a>{' '}
      — {d.title} · {t('decrees.inForce.until', { to: formatDay(d.endsOn, locale) })}
      {stale}
    </p>
  );
}
