// Whose clock each stop of a corridor keeps: a convoy's times are shown and typed on the clock of the
// checkpoint a stop belongs to (Chacalluta's is America/Santiago, Santa Rosa's America/Lima), and are
// stored in UTC. The corridor's stops are towns, not checkpoints: the registered checkpoints are the
// only clocks Paso knows, and a road changes clocks only where it crosses a border, at a checkpoint.
import { distanceKm } from '../shared';
import type { Stop } from './types';

/** What a stop needs of a checkpoint to take its clock. */
export interface CheckpointClock {
  readonly latitude: number;
  readonly longitude: number;
  readonly timeZone: string;
}

/** How near a checkpoint a stop along the road must be to take its clock rather than the stop's before. */
const CHECKPOINT_REACH_KM = 50;

/**
 * The time zone of each stop, in order. The origin keeps the clock of the checkpoint nearest to it
 * (a corridor starts where people were admitted). Each later stop keeps the clock of the nearest
 * checkpoint within CHECKPOINT_REACH_KM, where the road may cross a border, and otherwise the clock of
 * the stop before it: Tumbes, 1,500 km up the road from Santa Rosa, keeps Tacna's clock rather than
 * whichever of two far checkpoints happens to be a few kilometres nearer. No checkpoint: UTC.
 */
export function stopTimeZones(
  stops: readonly Pick<Stop, 'latitude' | 'longitude'>[],
  checkpoints: readonly CheckpointClock[],
): readonly string[] {
  const zones: string[] = [];
  let previous = 'UTC';
  for (const [i, stop] of stops.entries()) {
    let nearest: { readonly zone: string; readonly km: number } | null = null;
    for (const checkpoint of checkpoints) {
      const km = distanceKm(stop, checkpoint);
      if (nearest === null || km < nearest.km) nearest = { zone: checkpoint.timeZone, km };
    }
    const reached = nearest !== null && (i === 0 || nearest.km <= CHECKPOINT_REACH_KM);
    previous = reached && nearest !== null ? nearest.zone : previous;
    zones.push(previous);
  }
  return zones;
}
