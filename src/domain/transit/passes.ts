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

// A pass counts in whole seconds (JWT NumericDate): a window is compared as the pass holds it.
const seconds = (iso: string) => Math.floor(Date.parse(iso) / 1000);

/** Whether a pass valid over `held` is valid all through `needed`. */
const covers = (held: PassWindow, needed: PassWindow): boolean =>
  seconds(held.validFrom) <= seconds(needed.validFrom) &&
  seconds(held.validUntil) >= seconds(needed.validUntil);

/**
 * Whether a pass issued for a convoy's old times no longer does for its new ones, and must be issued
 * again: it was valid over the whole window the old times gave (passWindow) and is not over the new
 * one — the convoy now leaves before the pass starts, or arrives too late for it, margin included.
 * A pass still valid over the new window (a later departure, an earlier arrival) stands as it is: a
 * checkpoint reading it offline sees nothing changed. A pass whose window its issuer chose apart from
 * the convoy's (by hand) is the issuer's to judge.
 */
export function outdatedByNewTimes(
  pass: PassWindow,
  before: { readonly plannedDeparture: string; readonly plannedArrival: string },
  after: { readonly plannedDeparture: string; readonly plannedArrival: string },
): boolean {
  return (
    covers(pass, passWindow(before.plannedDeparture, before.plannedArrival)) &&
    !covers(pass, passWindow(after.plannedDeparture, after.plannedArrival))
  );
}
