// The corridor on a map: Leaflet over the offline basemap, the road from stop to stop with the part
// travelled drawn solid, and each stop marked passed, here or ahead. Loaded on its own (React.lazy),
// as the situation map is, so that Leaflet reaches only those who open a convoy. The words beside it
// say the same for those who do not see the map.
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { drawBasemap, nameZoomButtons } from '../situation/leaflet-basemap';
import type { CorridorProgress, StopState } from './corridor-progress';

const STYLE: Readonly<Record<StopState, L.CircleMarkerOptions>> = {
  passed: { radius: 6, color: '#12284c', fillColor: '#12284c', fillOpacity: 1, weight: 2 },
  here: { radius: 10, color: '#b35c00', fillColor: '#f59e0b', fillOpacity: 1, weight: 4 },
  ahead: { radius: 6, color: '#12284c', fillColor: '#ffffff', fillOpacity: 1, weight: 2 },
};

export function CorridorMap({ progress }: { readonly progress: CorridorProgress }) {
  const { t } = useTranslation();
  const element = useRef<HTMLElement>(null);
  useEffect(() => {
    if (!element.current || progress.stops.length === 0) return;
    const points = progress.stops.map((s): L.LatLngTuple => [s.latitude, s.longitude]);
    const bounds = L.latLngBounds(points);
    const m = L.map(element.current, { zoomSnap: 0.5, minZoom: 3, maxZoom: 12 });
    // The view first: a permanent label is placed as it is added, which needs one.
    m.fitBounds(bounds.pad(0.2));
    m.setMaxBounds(bounds.pad(2));
    const extent = {
      south: bounds.getSouth(),
      west: bounds.getWest(),
      north: bounds.getNorth(),
      east: bounds.getEast(),
    };
    drawBasemap(m, extent);
    L.polyline(points, { color: '#5b6b80', weight: 3, dashArray: '6 6', interactive: false }).addTo(m);
    const travelled = points.slice(0, progress.reached);
    if (travelled.length > 1)
      L.polyline(travelled, { color: '#12284c', weight: 5, interactive: false }).addTo(m);
    const last = progress.stops.length - 1;
    progress.stops.forEach((s, i) => {
      const marker = L.circleMarker([s.latitude, s.longitude], {
        ...STYLE[s.state],
        className: `corridor-stop corridor-stop-${s.state}`,
      }).addTo(m);
      // The origin, the exit point and where the convoy is are named at all times; the others on hover.
      const named = i === 0 || i === last || s.state === 'here';
      marker.bindTooltip(s.name, {
        permanent: named,
        direction: 'right',
        offset: [10, 0],
        className: named ? 'corridor-label' : '',
      });
    });
    nameZoomButtons(m.getContainer(), t);
    return () => {
      m.remove();
    };
  }, [progress, t]);
  return (
    // A region, not an image: it holds the map's zoom buttons, which an image's children are not (axe:
    // nested-interactive), as the situation map does.
    <section
      ref={element}
      className="corridor-map"
      data-testid="corridor-map"
      aria-label={t('transit.route.mapLabel')}
    />
  );
}
