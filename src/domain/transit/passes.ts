// What a travel pass needs from the manifest: its validity window, the convoy's planned departure to
// its planned arrival plus a margin for the delays of a long road.
export const PASS_MARGIN_HOURS = 24;

export interface PassWindow {
  readonly validFrom: string;
  readonly validUntil: string;
}

/** From the planned departure to the planned arrival plus the margin (UTC, ISO 8601). */
export function passWindow(
  plannedDeparture: string,
  plannedArrival: string,
  marginHours = PASS_MARGIN_HOURS,
): PassWindow {
  const until = Date.parse(plannedArrival) + marginHours * 3600_000;
  return { validFrom: plannedDeparture, validUntil: new Date(until).toISOString() };
}
