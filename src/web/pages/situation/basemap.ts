// The offline basemap: country outlines from world-atlas (Natural Earth 1:50m, bundled by Vite as
// JSON; no tile server, no network), as GeoJSON for Leaflet. Polygons that cross the antimeridian
// (Fiji, Russia's Chukotka, Antarctica) would draw stripes across the map (ECOSYSTEM pitfall 9): they
// are dropped, as is everything far from the operation, which the map never shows. Peru's and Chile's
// border near Tacna and Arica is drawn along the Línea de la Concordia (concordia-line.ts).
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries50m from 'world-atlas/countries-50m.json';
import type { Extent } from '../../../domain/situation';
import { concordiaPolygon } from './concordia-line';

export type CountryShape = Feature<MultiPolygon, { readonly name: string }>;

// Far enough that panning a little never shows an empty sea where a coast should be.
const KEEP_AROUND_DEGREES = 25;

const crossesAntimeridian = (ring: readonly Position[]): boolean =>
  ring.some((p, i) => i > 0 && Math.abs((p[0] ?? 0) - (ring[i - 1]?.[0] ?? 0)) > 180);

function isNear(polygon: readonly (readonly Position[])[], box: Extent): boolean {
  const outer = polygon[0] ?? [];
  const lons = outer.map((p) => p[0] ?? 0);
  const lats = outer.map((p) => p[1] ?? 0);
  return (
    Math.max(...lons) >= box.west &&
    Math.min(...lons) <= box.east &&
    Math.max(...lats) >= box.south &&
    Math.min(...lats) <= box.north
  );
}

/** Countries as GeoJSON multipolygons, keeping only polygons near `extent` that draw cleanly. */
export function countryShapes(topology: Topology, extent: Extent): CountryShape[] {
  const box = {
    south: extent.south - KEEP_AROUND_DEGREES,
    west: extent.west - KEEP_AROUND_DEGREES,
    north: extent.north + KEEP_AROUND_DEGREES,
    east: extent.east + KEEP_AROUND_DEGREES,
  };
  const object = topology.objects.countries as GeometryCollection<{ name?: string }>;
  const collection = feature(topology, object) as FeatureCollection<
    Polygon | MultiPolygon,
    { name?: string }
  >;
  return collection.features.flatMap((f): CountryShape[] => {
    if (f.geometry === null) return [];
    const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    const kept = polygons.filter((p) => !p.some(crossesAntimeridian) && isNear(p, box));
    if (kept.length === 0) return [];
    const name = f.properties?.name ?? '';
    return [
      {
        type: 'Feature',
        properties: { name },
        geometry: {
          type: 'MultiPolygon',
          coordinates: name === 'Peru' || name === 'Chile' ? kept.map(concordiaPolygon) : kept,
        },
      },
    ];
  });
}

/** The bundled world-atlas countries at 1:50m. */
export const WORLD_50M = countries50m as unknown as Topology;
