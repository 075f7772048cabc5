// The sync state, always on screen where records are made: online or offline, how many records wait,
// when the server last answered, what works without a network, and the records the server refused
// (and those the officer set aside), and the crossings screening held when a later sync sent them.
// Times are on the checkpoint's clock, as everywhere in the app.
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { describeProblem } from '../api/problem';
import { formatDateTime, formatNumber, inZoneOrUtc } from '../format/format';
import { useLocale } from '../hooks/use-locale';
import { ExportOutboxButton } from './export-button';
import { getSync } from './instance';
import { AheadNotice, HeldLaterList, RefusedList, SetAsideList } from './refused-list';
import { CLOCK_TOLERANCE_MS, durationWords, useClockOffset } from './server-clock';
import type { SyncState } from './sync';
import { useSyncState } from './use-sync';

type Props = {
  /** The zone of the checkpoint the records are made at; null, until it is known, the browser's. */
  readonly timeZone: string | null;
};

export function OfflineStatus({ timeZone }: Props) {
  return <OfflineStatusView state={useSyncState()} clockOffset={useClockOffset()} timeZone={timeZone} />;
}

type ViewProps = Props & {
  readonly state: SyncState;
  /** The device's clock minus the server's (ms), as last learnt; null before any answer. */
  readonly clockOffset: number | null;
};

/** The status as drawn from a sync state (OfflineStatus gives it the app's). */
export function OfflineStatusView({ state, clockOffset, timeZone }: ViewProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const othersWaiting = state.othersWaiting.reduce((sum, o) => sum + o.count, 0);
  // The browser may say it is online while no server answers (the link beyond the checkpoint is
  // down): for the officer that is working offline, and said so.
  const offline = !state.online || state.serverUnreachable;
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
      <p className={`notice ${offline ? 'notice-info' : 'notice-ok'} offline-line`} role="status">
        <strong data-testid="offline-network">
          {!state.online
            ? t('offline.offline')
            : state.serverUnreachable
              ? t('outbox.status.noServer')
              : t('offline.online')}
        </strong>
        <span data-testid="offline-waiting">{waitingText(state, othersWaiting, locale, t)}</span>
        <span data-testid="offline-last-sync">
          {state.lastSync === null
            ? t('offline.neverSynced')
            : t('offline.lastSync', { time: checkpointTime(state.lastSync, locale, timeZone) })}
        </span>
      </p>
      <ClockWarning offset={clockOffset} />
      {state.problem !== null && state.online && state.waiting > 0 ? (
        <div className="notice notice-error">
          <p>{t('offline.failed', { reason: describeProblem(state.problem, t) })}</p>
          <button type="button" className="button button-secondary" onClick={() => void getSync().flush()}>
            {t('common.retry')}
          </button>
        </div>
      ) : null}
      {offline ? (
        <div className="notice notice-info" data-testid="offline-scope">
          <p>{t('offline.works')}</p>
          <p>{t('offline.notScreening')}</p>
        </div>
      ) : null}
      {state.othersWaiting.map(({ username, count }) => (
        <p key={username} className="notice notice-warning" data-testid="offline-others">
          {t('outbox.others.waiting', { count, formatted: formatNumber(count, locale), username })}
        </p>
      ))}
      <HeldLaterList records={state.heldLater} />
      <AheadNotice records={state.ahead} time={(iso) => checkpointTime(iso, locale, timeZone, 'minute')} />
      <RefusedList records={state.refused} />
      <SetAsideList records={state.setAside} />
      {state.waiting + othersWaiting + state.refused.length + state.setAside.length > 0 ? (
        <ExportOutboxButton />
      ) : null}
    </section>
  );
}

/**
 * How many records wait. "All on the server" only when none is left on the device: records the
 * server refused (listed below, or set aside) are not on it.
 */
function waitingText(state: SyncState, othersWaiting: number, locale: string, t: TFunction): string {
  const count = state.waiting;
  const formatted = formatNumber(count, locale);
  if (count > 0) {
    return state.sending
      ? t('offline.sending', { count, formatted })
      : t('offline.waiting', { count, formatted });
  }
  const refused = state.refused.length + state.setAside.length;
  if (refused > 0) {
    return t('outbox.status.refusedOnly', { count: refused, formatted: formatNumber(refused, locale) });
  }
  return othersWaiting > 0 ? t('outbox.others.ownSent') : t('offline.allSent');
}

/** A device clock far from the server's, said before the records it dates wrong pile up. */
function ClockWarning({ offset }: { readonly offset: number | null }) {
  const { t } = useTranslation();
  if (offset === null || Math.abs(offset) < CLOCK_TOLERANCE_MS) return null;
  const amount = durationWords(Math.abs(offset));
  return (
    <p className="notice notice-warning" role="alert" data-testid="offline-clock">
      {offset > 0 ? t('outbox.clock.ahead', { amount }) : t('outbox.clock.behind', { amount })}
    </p>
  );
}

/** An instant on the checkpoint's clock (the browser's, until the checkpoint is known). */
function checkpointTime(
  iso: string,
  locale: string,
  timeZone: string | null,
  to: 'second' | 'minute' = 'second',
): string {
  if (timeZone === null) return formatDateTime(iso, locale, undefined, to);
  return inZoneOrUtc(timeZone, (zone) => formatDateTime(iso, locale, zone, to));
}
