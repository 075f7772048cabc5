// Beside the map, the same picture written out: the legend, each checkpoint's queues with when they
// were observed, the open incidents with since when, and the shelters. It is what a screen reader and
// the keyboard reach (the map's markers take no focus), and what is read at a glance at night: the
// time of the picture is when it was asked for, not when the queues were looked at.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Picture } from '../../api/situation-endpoints';
import { MapLegend } from '../../components/map-legend';
import { formatDateTime, formatNumber } from '../../format/format';
import { useLocale } from '../../hooks/use-locale';
import { PATHS } from '../../routes';
import { incidentKindName, severityName, statusName } from './labels';
import { queueLines } from './queue-lines';

export function MapLegendAndLists({ picture }: { readonly picture: Picture }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <aside className="map-side">
      <section aria-labelledby="map-legend">
        <h2 id="map-legend">{t('situation.map.legend')}</h2>
        <MapLegend
          className="map-legend"
          keys={[
            { swatch: 'swatch swatch-checkpoint', label: t('situation.map.checkpoint') },
            { swatch: 'swatch swatch-shelter', label: t('situation.map.shelter') },
            ...(['critical', 'high', 'medium', 'low'] as const).map((s) => ({
              swatch: `swatch swatch-${s}`,
              label: t('situation.map.incidentOf', { severity: severityName(s, t).toLocaleLowerCase() }),
            })),
          ]}
        />
      </section>
      <section aria-labelledby="map-queues">
        <h2 id="map-queues">{t('situation.map.queues')}</h2>
        {picture.checkpoints.map((c) => {
          // As the checkpoint's popup says them: each side's figures with the time they were seen
          // on the checkpoint's clock (before, here without it: figures of yesterday read as now's).
          const lines = queueLines(
            picture.latest.filter((l) => l.checkpoint.code === c.code),
            locale,
            t,
          );
          return (
            <div key={c.code} className="map-queue" data-testid={`queue-${c.code}`}>
              <h3>{c.name}</h3>
              {lines.length === 0 ? (
                <p className="empty">{t('situation.map.noQueues')}</p>
              ) : (
                <ul>
                  {lines.map(([side, figures]) => (
                    <li key={`${side} ${figures}`}>
                      <strong>{side}:</strong> {figures}
                    </li>
                  ))}
                </ul>
              )}
            </div>
          );
        })}
      </section>
      <section aria-labelledby="map-incidents">
        <h2 id="map-incidents">{t('situation.map.openIncidents')}</h2>
        {picture.incidents.length === 0 ? (
          <p className="empty">{t('situation.incidents.emptyOpen')}</p>
        ) : (
          <ul className="map-incident-list">
            {picture.incidents.map((i) => (
              <li key={i.id} data-testid="map-incident">
                <span className={`tag severity-${i.severity}`}>{severityName(i.severity, t)}</span>{' '}
                <Link to={`${PATHS.incidents}?id=${i.id}`}>{i.title}</Link>
                <br />
                <small>
                  {incidentKindName(i.kind, t)} · {statusName(i.status, t)} ·{' '}
                  <span className="nowrap">
                    {t('situation.map.since', {
                      time: formatDateTime(i.occurredAt, locale, i.checkpoint?.timeZone, 'minute'),
                    })}
                  </span>
                </small>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="map-shelters">
        <h2 id="map-shelters">{t('situation.map.shelters')}</h2>
        {picture.shelters === null ? (
          <p className="empty">{t('situation.map.sheltersHidden')}</p>
        ) : (
          <ul>
            {picture.shelters.map((s) => (
              <li key={s.id}>
                {s.name} —{' '}
                {t('situation.map.occupancyValue', {
                  occupancy: formatNumber(s.occupancy, locale),
                  capacity: formatNumber(s.capacity, locale),
                })}
              </li>
            ))}
          </ul>
        )}
      </section>
    </aside>
  );
}
