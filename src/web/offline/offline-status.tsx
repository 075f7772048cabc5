// The sync state, always on screen where records are made: online or offline, how many records wait,
// when the server last answered, what works without a network, and the records the server refused
// (and those the officer set aside), and the crossings screening held when a later sync sent them.
// Times are on the checkpoint's clock, as everywhere in the app.
import { useTranslation } from 'react-i18next';
import { describeProblem } from '../api/problem';
import { formatDateTime, formatNumber, inZoneOrUtc } from '../format/format';
import { useLocale } from '../hooks/use-locale';
import { ExportOutboxButton } from './export-button';
import { getSync } from './instance';
import { HeldLaterList, RefusedList, SetAsideList } from './refused-list';
import { useSyncState } from './use-sync';

type Props = {
  /** The zone of the checkpoint the records are made at; null, until it is known, the browser's. */
  readonly timeZone: string | null;
};

export function OfflineStatus({ timeZone }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const state = useSyncState();
  const othersWaiting = state.othersWaiting.reduce((sum, o) => sum + o.count, 0);
  return (
    <section
      className="offline-status"
      aria-labelledby="offline-status-title"
      data-testid="offline-status"
      data-online={state.online}
      data-waiting={state.waiting}
    >
      <h2 id="offline-status-title" className="visually-hidden">
        {t('offline.title')}
      </h2>
      <p className={`notice ${state.online ? 'notice-ok' : 'notice-info'} offline-line`} role="status">
        <strong data-testid="offline-network">
          {state.online ? t('offline.online') : t('offline.offline')}
        </strong>
        <span data-testid="offline-waiting">
          {state.waiting === 0
            ? othersWaiting > 0
              ? t('outbox.others.ownSent')
              : t('offline.allSent')
            : state.sending
              ? t('offline.sending', { count: state.waiting, formatted: formatNumber(state.waiting, locale) })
              : t('offline.waiting', {
                  count: state.waiting,
                  formatted: formatNumber(state.waiting, locale),
                })}
        </span>
        <span data-testid="offline-last-sync">
          {state.lastSync === null
            ? t('offline.neverSynced')
            : t('offline.lastSync', { time: lastSyncTime(state.lastSync, locale, timeZone) })}
        </span>
      </p>
      {state.problem !== null && state.online && state.waiting > 0 ? (
        <div className="notice notice-error">
          <p>{t('offline.failed', { reason: describeProblem(state.problem, t) })}</p>
          <button type="button" className="button button-secondary" onClick={() => void getSync().flush()}>
            {t('common.retry')}
          </button>
        </div>
      ) : null}
      {state.online ? null : (
        <div className="notice notice-info" data-testid="offline-scope">
          <p>{t('offline.works')}</p>
          <p>{t('offline.notScreening')}</p>
        </div>
      )}
      {state.othersWaiting.map(({ username, count }) => (
        <p key={username} className="notice notice-warning" data-testid="offline-others">
          {t('outbox.others.waiting', { count, formatted: formatNumber(count, locale), username })}
        </p>
      ))}
      <HeldLaterList records={state.heldLater} />
      <RefusedList records={state.refused} />
      <SetAsideList records={state.setAside} />
      {state.waiting + othersWaiting + state.refused.length + state.setAside.length > 0 ? (
        <ExportOutboxButton />
      ) : null}
    </section>
  );
}

function lastSyncTime(iso: string, locale: string, timeZone: string | null): string {
  if (timeZone === null) return formatDateTime(iso, locale);
  return inZoneOrUtc(timeZone, (zone) => formatDateTime(iso, locale, zone));
}
