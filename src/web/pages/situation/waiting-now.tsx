// "Esperando ahora" on the dashboard: the people waiting in the line of each checkpoint, from the
// latest observation of each side (officers record them on the queues page), with when it was seen,
// kept fresh by the same feed as the map. Observations are counts made by eye, shown beside the
// crossings and never added to them.
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../format/format';
import { useLocale } from '../../hooks/use-locale';
import { sideName } from './labels';
import { useSituationFeed } from './use-situation-feed';

export function WaitingNow({ checkpoint }: { readonly checkpoint: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { picture } = useSituationFeed();
  if (picture === null) return <p className="empty">{t('situation.waiting.loading')}</p>;
  const seen = picture.latest.filter(
    (l) => l.kind === 'peopleWaiting' && (checkpoint === '' || l.checkpoint.code === checkpoint),
  );
  if (seen.length === 0) return <p className="empty">{t('dashboard.waitingNone')}</p>;
  const total = seen.reduce((sum, l) => sum + l.value, 0);
  const number = (n: number) => formatNumber(n, locale);
  const time = (iso: string) =>
    new Date(iso).toLocaleString(locale, {
      day: 'numeric',
      month: 'short',
      hour: '2-digit',
      minute: '2-digit',
    });
  const places = [...new Set(seen.map((l) => l.checkpoint.code))];
  return (
    <>
      <p className="dashboard-waiting-total" data-testid="waiting-total">
        {t('situation.waiting.total', { count: total, value: number(total) })}
      </p>
      <ul className="dashboard-waiting-list">
        {places.map((code) => {
          const of = seen.filter((l) => l.checkpoint.code === code);
          return (
            <li key={code}>
              <strong>{of[0]?.checkpoint.name}</strong>
              <ul>
                {of.map((l) => (
                  <li key={l.observationId + l.side}>
                    {t('situation.waiting.side', {
                      side: sideName(l.side, t),
                      value: number(l.value),
                      at: time(l.observedAt),
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
