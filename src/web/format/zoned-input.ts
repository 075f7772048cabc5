// A datetime-local field read on a checkpoint's clock, not the browser's: an officer in Lima recording
// for Chacalluta types what the clocks at Chacalluta read. Around a change of summer time a typed
// time can name two instants or none, and the form must say so rather than guess.
import { instantsAt, wallClock } from '../../domain/shared';
import { inZoneOrUtc } from './format';

/** What a datetime-local field shows for an instant on a zone's clock, to the minute: 2026-12-05T03:09. */
export function zonedInputOf(date: Date, timeZone: string): string {
  return inZoneOrUtc(timeZone, (zone) =>
    new Date(wallClock(date.getTime(), zone)).toISOString().slice(0, 16),
  );
}

/** What a time typed on a zone's clock names: the instants are ISO 8601 UTC. */
export type ZonedTime =
  | { readonly kind: 'one'; readonly instant: string }
  /** The hour the clocks turn back: the time occurs twice, the earlier first. */
  | { readonly kind: 'twice'; readonly earlier: string; readonly later: string }
  /** The hour the clocks skip: no instant reads so. */
  | { readonly kind: 'skipped' }
  | { readonly kind: 'unread' };

// As a datetime-local field gives it, with seconds when its step asks for them.
const LOCAL_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/;

export function instantOfZonedInput(value: string, timeZone: string): ZonedTime {
  if (!LOCAL_TIME.test(value)) return { kind: 'unread' };
  const text = value.length === 16 ? `${value}:00` : value;
  const wall = Date.parse(`${text}Z`);
  // Date.parse rolls 31 February over into March: a date that is not one reads back different.
  if (Number.isNaN(wall) || new Date(wall).toISOString().slice(0, 19) !== text) return { kind: 'unread' };
  const found = inZoneOrUtc(timeZone, (zone) => instantsAt(wall, zone)).map((ms) =>
    new Date(ms).toISOString(),
  );
  const [first, second] = found;
  if (first === undefined) return { kind: 'skipped' };
  if (second === undefined) return { kind: 'one', instant: first };
  return { kind: 'twice', earlier: first, later: second };
}
