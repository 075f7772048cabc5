// The convoy's route: where it is along its corridor in words ("En Arequipa, parada 2 de 4"), a legend,
// and the corridor map (loaded on its own, as Leaflet is large).
import type { TFunction } from 'i18next';
import { lazy, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConvoyDetail } from '../../api/transit-endpoints';
import { LazyPart } from '../../components/error-boundary';
import { MapLegend } from '../../components/map-legend';
import { type CorridorProgress, corridorProgress } from './corridor-progress';

const CorridorMap = lazy(() => import('./corridor-map').then((m) => ({ default: m.CorridorMap })));

/** Where the convoy is, in words; null for a convoy that was cancelled (it goes nowhere). */
export function whereNow(progress: CorridorProgress, status: string, t: TFunction): string | null {
  if (status === 'cancelled') return null;
  const total = progress.stops.length;
  const last = progress.last;
  const origin = progress.stops[0]?.name ?? '';
  if (last === null) return t('transit.route.notLeft', { origin });
  const next = progress.stops[progress.reached]?.name;
  if (next === undefined && !progress.onTheRoad) return t('transit.route.arrived', { stop: last.name });
  if (progress.onTheRoad && next !== undefined)
    return t('transit.route.onTheRoad', { from: last.name, to: next, number: progress.reached, total });
  return t('transit.route.atStop', { stop: last.name, number: progress.reached, total });
}

export function CorridorRoute({ detail }: { readonly detail: ConvoyDetail }) {
  const { t } = useTranslation();
  const progress = useMemo(
    () => corridorProgress(detail.corridor.stops, detail.visits),
    [detail.corridor.stops, detail.visits],
  );
  const words = whereNow(progress, detail.convoy.status, t);
  return (
    <section aria-labelledby="route-title" data-testid="convoy-route">
      <h2 id="route-title">{t('transit.route.title')}</h2>
      {words === null ? null : (
        <p className="route-now" data-testid="route-now">
          {words}
        </p>
      )}
      <MapLegend
        className="route-legend"
        keys={[
          { swatch: 'route-key route-key-passed', label: t('transit.route.passed') },
          { swatch: 'route-key route-key-here', label: t('transit.route.here') },
          { swatch: 'route-key route-key-ahead', label: t('transit.route.ahead') },
        ]}
      />
      <LazyPart part="map">
        <CorridorMap progress={progress} />
      </LazyPart>
    </section>
  );
}
