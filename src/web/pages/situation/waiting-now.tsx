// "Esperando ahora" on the dashboard: the people waiting in the line of each checkpoint, from the
// latest observation of each side (officers record them on the queues page), with when it was seen,
// kept fresh by the same feed as the map. Observations are counts made by eye, shown beside the
// crossings and never added to them, nor across checkpoints: the crowd between two posts may be
// counted at both (docs/situation.md), so each checkpoint gets its own total.
import { useTranslation } from 'react-i18next';
import type { LatestObservation } from '../../api/situation-endpoints';
import { formatDateTime, formatNumber } from '../../format/format';
import { useLocale } from '../../hooks/use-locale';
import { sideName } from './labels';
import { useSituationFeed } from './use-situation-feed';

export function WaitingNow({ checkpoint }: { readonly checkpoint: string }) {
  const { t } = useTranslation();
  const { picture } = useSituationFeed();
  if (picture === null) return <p className="empty">{t('situation.waiting.loading')}</p>;
  const seen = picture.latest.filter(
    (l) => l.kind === 'peopleWaiting' && (checkpoint === '' || l.checkpoint.code === checkpoint),
  );
  if (seen.length === 0) return <p className="empty">{t('dashboard.waitingNone')}</p>;
  return <WaitingLines seen={seen} />;
}

/** The latest people waiting, by checkpoint and line; a total for each checkpoint, never for all. */
export function WaitingLines({ seen }: { readonly seen: readonly LatestObservation[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const number = (n: number) => formatNumber(n, locale);
  const places = [...new Set(seen.map((l) => l.checkpoint.code))];
  const totalOf = (lines: readonly LatestObservation[]) => {
    const total = lines.reduce((sum, l) => sum + l.value, 0);
    return t('situation.waiting.total', { count: total, value: number(total) });
  };
  const several = places.length > 1;
  return (
    <>
      {several ? (
        <p className="dashboard-waiting-total">{t('situation.waiting.notAdded')}</p>
      ) : (
        <p className="dashboard-waiting-total" data-testid="waiting-total">
          {totalOf(seen)}
        </p>
      )}
      <ul className="dashboard-waiting-list">
        {places.map((code) => {
          const of = seen.filter((l) => l.checkpoint.code === code);
          return (
            <li key={code}>
              <strong>{of[0]?.checkpoint.name}</strong>
              {several ? <p data-testid="waiting-checkpoint-total">{totalOf(of)}</p> : null}
              <ul>
                {of.map((l) => (
                  <li key={l.observationId + l.side}>
                    {t('situation.waiting.side', {
                      side: sideName(l.side, t),
                      value: number(l.value),
                      // The checkpoint's clock, on 24 hours, as the queues page and the map show it.
                      at: formatDateTime(l.observedAt, locale, l.checkpoint.timeZone, 'minute'),
                    })}
                  </li>
                ))}
              </ul>
            </li>
          );
        })}
      </ul>
    </>
  );
}
