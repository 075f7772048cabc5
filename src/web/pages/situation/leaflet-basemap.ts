// What every Paso map draws first: the offline country outlines (basemap.ts) around an extent, with
// their credit; and Leaflet's zoom and popup close buttons named in the reader's language, not English.
import type { TFunction } from 'i18next';
import L from 'leaflet';
import type { Extent } from '../../../domain/situation';
import { countryShapes, WORLD_50M } from './basemap';

export function drawBasemap(map: L.Map, extent: Extent): void {
  L.geoJSON(countryShapes(WORLD_50M, extent), {
    style: { color: '#7a8594', weight: 1.2, fillColor: '#f3f1e7', fillOpacity: 1 },
    interactive: false,
  }).addTo(map);
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution('Natural Earth · Leaflet');
}

/** Names the zoom buttons inside `container` (the map's, or its zoom control's) in the reader's language. */
export function nameZoomButtons(container: HTMLElement | undefined, t: TFunction): void {
  for (const [selector, name] of [
    ['.leaflet-control-zoom-in', t('situation.map.zoomIn')],
    ['.leaflet-control-zoom-out', t('situation.map.zoomOut')],
  ] as const) {
    const button = container?.querySelector(selector);
    button?.setAttribute('title', name);
    button?.setAttribute('aria-label', name);
  }
}

/** Names a popup's close button, once it is open, in the reader's language: Leaflet says "Close popup"
 * whatever the page's language, and a screen reader reads it in the page's (WCAG 3.1.2). */
export function nameCloseButton(popup: L.Popup, t: TFunction): void {
  popup
    .getElement()
    ?.querySelector('.leaflet-popup-close-button')
    ?.setAttribute('aria-label', t('situation.map.closePopup'));
}
