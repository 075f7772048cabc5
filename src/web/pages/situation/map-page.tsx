// The situation map: checkpoints, their queues, open incidents and shelters on an offline basemap,
// kept fresh by useSituationFeed. Beside it, the same picture as text (for screen readers and print).
import { lazy } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Picture } from '../../api/situation-endpoints';
import { LazyPart } from '../../components/error-boundary';
import { MapLegend } from '../../components/map-legend';
import { ProblemMessage } from '../../components/problem-message';
import { formatNumber } from '../../format/format';
import { useLocale } from '../../hooks/use-locale';
import { PATHS } from '../../routes';
import { figurePhrase, incidentKindName, severityName, sideName, statusName } from './labels';
import { useSituationFeed } from './use-situation-feed';
import './situation.css';
import { PageFrame } from '../../components/page-frame';

const SituationMap = lazy(() => import('./situation-map').then((m) => ({ default: m.SituationMap })));

export function MapPage() {
  const { t } = useTranslation();
  const { picture, failure, refresh } = useSituationFeed();
  const locale = useLocale();
  // On the reader's clock, with its offset: the checkpoints' own clocks may differ (GMT-5, GMT-3).
  const time = new Intl.DateTimeFormat(locale, {
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
    timeZoneName: 'shortOffset',
  });
  return (
    <PageFrame
      testId="map-page"
      className="situation-map-page"
      title={t('situation.map.title')}
      lead={t('situation.map.lead')}
    >
      {failure ? <ProblemMessage problem={failure} onRetry={refresh} /> : null}
      {picture === null ? (
        failure ? null : (
          <p className="loading" role="status">
            {t('common.loading')}
          </p>
        )
      ) : (
        <>
          <p className="map-as-of" role="status" aria-live="polite">
            {t('situation.map.asOf', { time: time.format(new Date(picture.asOf)) })}
          </p>
          <div className="map-layout">
            <LazyPart part="map">
              <SituationMap picture={picture} />
            </LazyPart>
            <MapLegendAndLists picture={picture} />
          </div>
        </>
      )}
    </PageFrame>
  );
}

function MapLegendAndLists({ picture }: { readonly picture: Picture }) {
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
          const queues = picture.latest.filter((l) => l.checkpoint.code === c.code);
          return (
            <div key={c.code} className="map-queue" data-testid={`queue-${c.code}`}>
              <h3>{c.name}</h3>
              {queues.length === 0 ? (
                <p className="empty">{t('situation.map.noQueues')}</p>
              ) : (
                <ul>
                  {(['entry', 'exit'] as const).map((side) => {
                    const of = queues.filter((q) => q.side === side);
                    if (of.length === 0) return null;
                    return (
                      <li key={side}>
                        <strong>{sideName(side, t)}:</strong>{' '}
                        {of.map((q) => figurePhrase(q.kind, q.value, locale, t)).join(' · ')}
                      </li>
                    );
                  })}
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
                  {incidentKindName(i.kind, t)} · {statusName(i.status, t)}
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
