// Occupancy by night: a person counts for the night of a local date when they are staying at the
// shelter at its cut-off, 22:00 local time by default (docs/care.md). Computed from the stay events.
import { addDays, instantAt } from '../shared';
import type { StayEvent } from './occupancy';
import type { BedKind } from './types';

export const NIGHT_CUTOFF_HOUR = 22;

/** The instant (UTC, ISO 8601) of the cut-off hour on a local date (YYYY-MM-DD) in a zone. */
export function cutoffInstant(date: string, timeZone: string, hour = NIGHT_CUTOFF_HOUR): string {
  const [y, m, d] = date.split('-').map(Number);
  const wall = Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1, hour);
  return new Date(instantAt(wall, timeZone)).toISOString();
}

/** The local dates of the last `count` nights up to and including `today`, oldest first. */
export function lastNights(today: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => addDays(today, i - (count - 1)));
}

export interface NightCount {
  readonly date: string;
  /** The instant counted, UTC. */
  readonly cutoff: string;
  readonly people: number;
  readonly byKind: Readonly<Record<BedKind, number>>;
}

/**
 * People present at each night's cut-off: a stay runs from its check-in (included) to its check-out
 * (excluded), so someone who leaves at 22:00 sharp does not count and someone who arrives then does.
 */
export function occupancyByNight(
  events: readonly Omit<StayEvent, 'shelterId'>[],
  nights: readonly string[],
  timeZone: string,
  hour = NIGHT_CUTOFF_HOUR,
): NightCount[] {
  const stays: { kind: BedKind; from: number; to: number }[] = [];
  const open = new Map<string, { kind: BedKind; from: number }>();
  for (const e of [...events].sort((a, b) => a.seq - b.seq)) {
    const at = Date.parse(e.at);
    if (e.kind === 'check-in') open.set(e.personId, { kind: e.bedKind, from: at });
    else {
      const stay = open.get(e.personId);
      if (stay) stays.push({ ...stay, to: at });
      open.delete(e.personId);
    }
  }
  for (const stay of open.values()) stays.push({ ...stay, to: Number.POSITIVE_INFINITY });
  return nights.map((date) => {
    const cutoff = cutoffInstant(date, timeZone, hour);
    const t = Date.parse(cutoff);
    const byKind = { family: 0, women: 0, children: 0, general: 0 };
    for (const s of stays) if (s.from <= t && t < s.to) byKind[s.kind] += 1;
    return { date, cutoff, people: byKind.family + byKind.women + byKind.children + byKind.general, byKind };
  });
}
