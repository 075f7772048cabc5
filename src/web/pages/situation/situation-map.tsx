// The map itself: Leaflet over the offline basemap, with checkpoints, their queues, open incidents
// (coloured by severity) and shelters. Loaded on its own (React.lazy) so that Leaflet and the
// outlines reach only those who open the map. Popups are built as DOM text, never as HTML. The
// checkpoints' labels are placed, at each zoom and size, where they stay inside the map and apart.
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import type { TFunction } from 'i18next';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Severity } from '../../../domain/situation';
import type { Picture } from '../../api/situation-endpoints';
import { formatDateTime, formatNumber } from '../../format/format';
import { useLocale } from '../../hooks/use-locale';
import { type LabelSide, placeLabels } from './label-placement';
import { incidentKindName, severityName, statusName } from './labels';
import { drawBasemap, nameCloseButton, nameZoomButtons } from './leaflet-basemap';
import { openingPoints } from './opening-points';
import { type QueueLine, queueLabel, queueLines } from './queue-lines';

export const SEVERITY_COLOURS: Readonly<Record<Severity, string>> = {
  low: '#2e7d32',
  medium: '#b58900',
  high: '#e65100',
  critical: '#b71c1c',
};
const SEVERITY_RADIUS: Readonly<Record<Severity, number>> = { low: 7, medium: 9, high: 11, critical: 13 };

type Line = QueueLine;

// A popup scrolls rather than grow past a phone's map (24rem high), and the map moves it below the
// zoom buttons in its top left corner (its name was under them).
const POPUP_OPTIONS: L.PopupOptions = { maxHeight: 220, autoPanPaddingTopLeft: [5, 72] };

// A label's offset from its marker on each side; Leaflet adds a margin of 6 px for the arrow.
const LABEL_OFFSETS: Readonly<Record<LabelSide, L.PointTuple>> = {
  right: [10, 0],
  left: [-10, 0],
  top: [0, -10],
  bottom: [0, 10],
};
const LABEL_GAP = 16;

/** Each checkpoint's label on the side of its marker where it stays inside the map and off the others. */
function placeCheckpointLabels(map: L.Map, markers: readonly L.CircleMarker[]): void {
  const labels = markers.flatMap((marker) => {
    const tooltip = marker.getTooltip();
    const element = tooltip?.getElement();
    return tooltip === undefined || element === undefined ? [] : [{ marker, tooltip, element }];
  });
  const size = map.getSize();
  const sides = placeLabels(
    labels.map(({ marker, element }) => {
      const at = map.latLngToContainerPoint(marker.getLatLng());
      return { x: at.x, y: at.y, width: element.offsetWidth, height: element.offsetHeight };
    }),
    { width: size.x, height: size.y },
    LABEL_GAP,
  );
  labels.forEach(({ tooltip }, i) => {
    const side = sides[i] ?? 'right';
    if (tooltip.options.direction === side) return;
    tooltip.options.direction = side;
    tooltip.options.offset = LABEL_OFFSETS[side];
    tooltip.update();
  });
}

function popup(title: string, lines: readonly Line[]): HTMLElement {
  const box = document.createElement('div');
  box.className = 'map-popup';
  const heading = document.createElement('strong');
  heading.textContent = title;
  box.append(heading);
  const list = document.createElement('dl');
  for (const [label, value] of lines) {
    const dt = document.createElement('dt');
    dt.textContent = label;
    const dd = document.createElement('dd');
    dd.textContent = value;
    list.append(dt, dd);
  }
  box.append(list);
  return box;
}

/** Draws the picture's layer; answers the checkpoints' markers, whose labels are then placed. */
function drawPicture(layer: L.LayerGroup, picture: Picture, t: TFunction, locale: string): L.CircleMarker[] {
  layer.clearLayers();
  const checkpointMarkers: L.CircleMarker[] = [];
  for (const s of picture.shelters ?? []) {
    L.circleMarker([s.latitude, s.longitude], {
      radius: 7,
      color: '#4a148c',
      fillColor: '#ce93d8',
      fillOpacity: 0.9,
      weight: 2,
      className: 'shelter-marker',
    })
      .bindPopup(
        popup(s.name, [
          [t('situation.map.city'), s.city],
          [
            t('situation.map.occupancy'),
            t('situation.map.occupancyValue', {
              occupancy: formatNumber(s.occupancy, locale),
              capacity: formatNumber(s.capacity, locale),
            }),
          ],
        ]),
        POPUP_OPTIONS,
      )
      .addTo(layer);
  }
  for (const c of picture.checkpoints) {
    const queues = picture.latest.filter((l) => l.checkpoint.code === c.code);
    const lines = queueLines(queues, locale, t);
    const marker = L.circleMarker([c.latitude, c.longitude], {
      radius: 9,
      color: '#0d3c61',
      fillColor: '#1f6fb2',
      fillOpacity: 1,
      weight: 3,
      className: 'checkpoint-marker',
    })
      .bindPopup(
        popup(c.name, lines.length > 0 ? lines : [[t('situation.map.queues'), t('situation.map.noQueues')]]),
        POPUP_OPTIONS,
      )
      .addTo(layer);
    marker.bindTooltip(queueLabel(c.name, queues, picture.asOf, locale, t), {
      permanent: true,
      direction: 'right',
      offset: LABEL_OFFSETS.right,
      className: 'checkpoint-label',
    });
    checkpointMarkers.push(marker);
  }
  for (const i of picture.incidents) {
    L.circleMarker([i.latitude, i.longitude], {
      radius: SEVERITY_RADIUS[i.severity],
      color: '#ffffff',
      weight: 2,
      fillColor: SEVERITY_COLOURS[i.severity],
      fillOpacity: 0.95,
      className: `incident-marker incident-${i.severity}`,
    })
      .bindPopup(
        popup(i.title, [
          [t('situation.incident.kind'), incidentKindName(i.kind, t)],
          [t('situation.incident.severity'), severityName(i.severity, t)],
          [t('situation.incident.status'), statusName(i.status, t)],
          [
            t('situation.incident.occurredAt'),
            formatDateTime(i.occurredAt, locale, i.checkpoint?.timeZone, 'minute'),
          ],
          ...incidentDescriptionLines(i, t),
        ]),
        POPUP_OPTIONS,
      )
      .addTo(layer);
  }
  layer.eachLayer((marker) => marker.on('popupopen', (event) => nameCloseButton(event.popup, t)));
  return checkpointMarkers;
}

/**
 * An incident's description in its popup: for partners and analysts, the neutral line in place of
 * one not shared with them (never sent); for the staff, one not shared is said to be theirs alone.
 */
function incidentDescriptionLines(i: Picture['incidents'][number], t: TFunction): Line[] {
  const label = t('situation.incident.description');
  if (i.descriptionWithheld) return [[label, t('situation.incident.withheld')]];
  if (!i.description) return [];
  if (i.descriptionShared) return [[label, i.description]];
  return [[`${label} · ${t('situation.incident.staffOnlyTag')}`, i.description]];
}

/** The bounds the map opens on: what lies inside the extent (openingPoints), with some room. */
function openingBounds(picture: Picture): L.LatLngBounds {
  const points = openingPoints(picture).map((p): L.LatLngExpression => [p.latitude, p.longitude]);
  const e = picture.extent;
  if (points.length === 0) return L.latLngBounds([e.south, e.west], [e.north, e.east]);
  return L.latLngBounds(points).pad(0.25);
}

export function SituationMap({ picture }: { readonly picture: Picture }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const element = useRef<HTMLElement>(null);
  const map = useRef<L.Map | null>(null);
  const layer = useRef<L.LayerGroup | null>(null);
  const opened = useRef(false);
  const checkpointMarkers = useRef<readonly L.CircleMarker[]>([]);
  const zoom = useRef<L.Control.Zoom | null>(null);
  const { south, west, north, east } = picture.extent;

  // The map and its basemap are made once per extent; the picture's layer is redrawn on each update.
  useEffect(() => {
    if (!element.current) return;
    const extent = { south, west, north, east };
    const bounds = L.latLngBounds([south, west], [north, east]);
    const m = L.map(element.current, {
      maxBounds: bounds.pad(1),
      minZoom: 5,
      maxZoom: 14,
      zoomSnap: 0.5,
      zoomControl: false,
    });
    // Leaflet's own zoom buttons are named in English: named in the reader's language below.
    zoom.current = L.control.zoom().addTo(m);
    drawBasemap(m, extent);
    layer.current = L.layerGroup().addTo(m);
    map.current = m;
    // A zoom or a narrower window moves the markers apart or together: the labels are placed again.
    m.on('zoomend resize', () => placeCheckpointLabels(m, checkpointMarkers.current));
    // A new map has no view yet: the next drawing sets it (on a new extent, and when React mounts
    // the page twice in development).
    opened.current = false;
    return () => {
      m.remove();
      map.current = null;
      layer.current = null;
      zoom.current = null;
    };
  }, [south, west, north, east]);

  useEffect(() => nameZoomButtons(zoom.current?.getContainer(), t));

  useEffect(() => {
    if (!map.current || !layer.current) return;
    checkpointMarkers.current = drawPicture(layer.current, picture, t, locale);
    if (!opened.current) {
      map.current.fitBounds(openingBounds(picture));
      opened.current = true;
    }
    placeCheckpointLabels(map.current, checkpointMarkers.current);
  }, [picture, t, locale]);

  return (
    // A region, not an image: it holds the map's zoom buttons, which an image's children are not.
    <section
      ref={element}
      className="situation-map"
      data-testid="situation-map"
      aria-label={t('situation.map.label')}
    />
  );
}
