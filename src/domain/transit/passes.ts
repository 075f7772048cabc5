// What a travel pass needs from the manifest: its validity window, the convoy's planned departure (or
// its actual one, when it left earlier) to its planned arrival plus a margin for the delays of a long road.
export const PASS_MARGIN_HOURS = 24;

export interface PassWindow {
  readonly validFrom: string;
  readonly validUntil: string;
}

/**
 * From the planned departure to the planned arrival plus the margin (UTC, ISO 8601). A convoy that has
 * already left before its planned time (`departedAt`) gets passes valid from then: a pass issued to
 * someone on the road must read valid at the next checkpoint.
 */
export function passWindow(
  plannedDeparture: string,
  plannedArrival: string,
  departedAt: string | null = null,
  marginHours = PASS_MARGIN_HOURS,
): PassWindow {
  const until = Date.parse(plannedArrival) + marginHours * 3600_000;
  const from =
    departedAt !== null && Date.parse(departedAt) < Date.parse(plannedDeparture)
      ? new Date(departedAt).toISOString()
      : plannedDeparture;
  return { validFrom: from, validUntil: new Date(until).toISOString() };
}
