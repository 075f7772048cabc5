// Which shelters a checkpoint's surge fills: shelters carry no checkpoint, so those within reach of it
// (people stranded at a crossing are taken to the nearest town's shelters) and nearer to it than to any
// other registered checkpoint, so that no shelter counts for two crossings.
import { distanceKm, type GeoPoint } from '../shared';

/** How far from a checkpoint a shelter may be and still take in its arrivals. */
export const SHELTER_REACH_KM = 50;

export interface PlacedCheckpoint extends GeoPoint {
  readonly code: string;
}

/** The shelters of `checkpointCode`, in the order given. */
export function sheltersNear<S extends GeoPoint>(
  checkpointCode: string,
  checkpoints: readonly PlacedCheckpoint[],
  shelters: readonly S[],
  reachKm = SHELTER_REACH_KM,
): S[] {
  const checkpoint = checkpoints.find((c) => c.code === checkpointCode);
  if (checkpoint === undefined) return [];
  return shelters.filter((s) => {
    const km = distanceKm(s, checkpoint);
    return km <= reachKm && checkpoints.every((c) => c.code === checkpointCode || distanceKm(s, c) > km);
  });
}
