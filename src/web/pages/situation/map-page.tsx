// The situation map: checkpoints, their queues, open incidents and shelters on an offline basemap,
// kept fresh by useSituationFeed. Beside it, the same picture as text (for screen readers and print).
import { lazy } from 'react';
import { useTranslation } from 'react-i18next';
import { LazyPart } from '../../components/error-boundary';
import { ProblemMessage } from '../../components/problem-message';
import { useLocale } from '../../hooks/use-locale';
import { MapLegendAndLists } from './map-side';
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
