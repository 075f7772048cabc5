// The points the map opens on: the checkpoints, open incidents and shelters inside the operation's
// extent. A point stored outside it (a shelter saved before shelters were checked, with a sign typed
// wrong) is left out, or the map would open at its widest zoom with the whole operation in one dot.
import { type Extent, type GeoPoint, isWithinExtent } from '../../../domain/situation';

export interface MapPoints {
  readonly extent: Extent;
  readonly checkpoints: readonly GeoPoint[];
  readonly incidents: readonly GeoPoint[];
  /** null for roles that may not see shelters. */
  readonly shelters: readonly GeoPoint[] | null;
}

export function openingPoints(picture: MapPoints): readonly GeoPoint[] {
  return [...picture.checkpoints, ...picture.incidents, ...(picture.shelters ?? [])]
    .filter((p) => isWithinExtent(picture.extent, p))
    .map((p) => ({ latitude: p.latitude, longitude: p.longitude }));
}
