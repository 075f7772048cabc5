// The device's clock against the server's. Records carry the device's time: a clock hours ahead has
// every record made offline refused at the sync (event.in-future), one hours behind files them in
// hours that are not theirs. The offset is learnt from the `Date` header of the server's answers, but
// never from a read the service worker may answer from its cache (dated when it was kept); kept on the
// device so that a page reloaded offline still warns, and replaced at the next answer.
import { useSyncExternalStore } from 'react';
import { FUTURE_TOLERANCE_MS } from '../../api/events';
import { REFERENCE_READS } from './offline-reads';

/** An offset at least this large is said: the server refuses a record dated this far ahead of it. */
export const CLOCK_TOLERANCE_MS = FUTURE_TOLERANCE_MS;

const KEY = 'paso.clock-offset';

type FetchLike = (input: string, init: RequestInit) => Promise<Response>;
type Storage = Pick<globalThis.Storage, 'getItem' | 'setItem'>;

/**
 * The device's clock minus the server's, in ms, from an answer's `Date` header received when the
 * device's clock read `receivedAt`; null when the answer has no date that can be read.
 */
export function offsetOf(dateHeader: string | null, receivedAt: number): number | null {
  if (dateHeader === null) return null;
  const server = Date.parse(dateHeader);
  return Number.isNaN(server) ? null : receivedAt - server;
}

/** The offset kept on this device; null before any answer, or when it cannot be read. */
export function readOffset(storage: Storage): number | null {
  try {
    const value = Number(storage.getItem(KEY) ?? Number.NaN);
    return Number.isFinite(value) ? value : null;
  } catch (error) {
    console.warn('the clock offset kept on this device could not be read', error);
    return null;
  }
}

const listeners = new Set<() => void>();
let offset: number | null = typeof window === 'undefined' ? null : readOffset(window.localStorage);

function keep(next: number, storage: Storage): void {
  offset = next;
  try {
    storage.setItem(KEY, String(next));
  } catch (error) {
    // Storage refused (a private window): the warning holds on this page.
    console.warn('the clock offset could not be kept on this device', error);
  }
  for (const listener of listeners) listener();
}

/** Whether the service worker may answer this request from its cache, with the date it was kept. */
function mayBeKept(input: string, init: RequestInit): boolean {
  return (init.method ?? 'GET') === 'GET' && REFERENCE_READS.includes(input);
}

/**
 * `fetch` that notes the server's clock from its answers: to anything but the reads the service worker
 * keeps (answered from its cache offline, with the date they were kept).
 */
export function notingServerClock(
  fetchImpl: FetchLike,
  now: () => number = () => Date.now(),
  storage: () => Storage = () => window.localStorage,
): FetchLike {
  return async (input, init) => {
    const response = await fetchImpl(input, init);
    if (!mayBeKept(input, init)) {
      const next = offsetOf(response.headers.get('date'), now());
      if (next !== null) keep(next, storage());
    }
    return response;
  };
}

/** The device's clock minus the server's, as last learnt (ms); null before any answer. */
export function clockOffset(): number | null {
  return offset;
}

/**
 * The time now on the server's clock, as far as this device knows it: its own clock less the offset
 * last learnt (`known`, the one kept here unless given); on its own clock (`onServerClock` false)
 * before any answer taught it.
 */
export function serverTime(
  deviceNow: number = Date.now(),
  known: number | null = offset,
): { at: string; onServerClock: boolean } {
  return {
    at: new Date(deviceNow - (known ?? 0)).toISOString(),
    onServerClock: known !== null,
  };
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
};

/** The device's clock minus the server's, as last learnt (ms); null before any answer. */
export function useClockOffset(): number | null {
  return useSyncExternalStore(subscribe, () => offset);
}

/** A duration as hours and minutes, "3 h 5 min", "3 h" or "12 min": the same in Spanish and English. */
export function durationWords(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest} min`;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}
