// The time zone a decree's days are counted in when whoever records it does not say: the zone of the
// checkpoints it names when they share one (a decree for Chacalluta in Santiago's time), else Peru's.
export const PERU_TIME_ZONE = 'America/Lima';

/** The zone of the checkpoints a decree names, when they have one; Peru's for none or for two. */
export function defaultTimeZone(checkpointZones: readonly string[]): string {
  const zones = new Set(checkpointZones);
  const [only] = zones;
  return zones.size === 1 && only !== undefined ? only : PERU_TIME_ZONE;
}
