// The map's extent: the box the operation covers, made from its checkpoints plus a margin. Incidents
// are placed inside it; the map opens on it. Degrees of latitude and longitude (WGS 84).

export interface GeoPoint {
  readonly latitude: number;
  readonly longitude: number;
}

export interface Extent {
  readonly south: number;
  readonly west: number;
  readonly north: number;
  readonly east: number;
}

// About 55 km around the checkpoints: Tacna and Arica, the Pan-American highway between them, and the
// roads where queues and blockades form. Far enough for the towns, near enough to catch a swapped sign.
export const EXTENT_MARGIN_DEGREES = 0.5;

// Without checkpoints there is no operation to place anything in: the whole earth, so nothing valid
// is refused on a fresh installation.
export const WHOLE_EARTH: Extent = { south: -90, west: -180, north: 90, east: 180 };

const clamp = (value: number, low: number, high: number): number => Math.min(high, Math.max(low, value));

/** The box around the given points, grown by `margin` degrees on each side (within the earth). */
export function operationExtent(points: readonly GeoPoint[], margin = EXTENT_MARGIN_DEGREES): Extent {
  if (points.length === 0) return WHOLE_EARTH;
  const lats = points.map((p) => p.latitude);
  const lons = points.map((p) => p.longitude);
  return {
    south: clamp(Math.min(...lats) - margin, -90, 90),
    west: clamp(Math.min(...lons) - margin, -180, 180),
    north: clamp(Math.max(...lats) + margin, -90, 90),
    east: clamp(Math.max(...lons) + margin, -180, 180),
  };
}

export function isWithinExtent(extent: Extent, point: GeoPoint): boolean {
  return (
    Number.isFinite(point.latitude) &&
    Number.isFinite(point.longitude) &&
    point.latitude >= extent.south &&
    point.latitude <= extent.north &&
    point.longitude >= extent.west &&
    point.longitude <= extent.east
  );
}
