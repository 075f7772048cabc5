// How far a convoy has come along its corridor, stop by stop, from its log: the stops it reached, the
// one it is at or left last, and those still ahead. The corridor map draws it; its words name it.

export type StopState = 'passed' | 'here' | 'ahead';

export interface StopProgress {
  readonly code: string;
  readonly name: string;
  readonly latitude: number;
  readonly longitude: number;
  readonly state: StopState;
}

export interface CorridorProgress {
  readonly stops: readonly StopProgress[];
  /** The stop the convoy is at, or left last; null before it reached any. */
  readonly last: StopProgress | null;
  /** Whether it has left `last` (on the road to the next stop). */
  readonly onTheRoad: boolean;
  /** Stops reached, `last` included. */
  readonly reached: number;
}

type Stop = {
  readonly code: string;
  readonly name: string;
  readonly latitude: number;
  readonly longitude: number;
};
type Visit = { readonly stop: string; readonly arrivedAt: string | null; readonly departedAt: string | null };

/**
 * Each stop of the corridor, in order, as passed, here (the last reached) or ahead. A stop counts as
 * reached when the log has an arrival or a departure there (the origin is only ever departed from).
 */
export function corridorProgress(stops: readonly Stop[], visits: readonly Visit[]): CorridorProgress {
  const reachedAt = new Map(
    visits.filter((v) => v.arrivedAt !== null || v.departedAt !== null).map((v) => [v.stop, v] as const),
  );
  // Stops are logged in order, so the last reached is the furthest along the corridor.
  let lastIndex = -1;
  stops.forEach((s, i) => {
    if (reachedAt.has(s.code)) lastIndex = i;
  });
  const progress = stops.map(
    (s, i): StopProgress => ({
      ...s,
      state: i < lastIndex ? 'passed' : i === lastIndex ? 'here' : 'ahead',
    }),
  );
  const last = lastIndex < 0 ? null : (progress[lastIndex] ?? null);
  const lastVisit = last === null ? undefined : reachedAt.get(last.code);
  return {
    stops: progress,
    last,
    onTheRoad: lastVisit?.departedAt !== null && lastVisit?.departedAt !== undefined,
    reached: lastIndex + 1,
  };
}
