// The app's one outbox and sync loop, made on first use: it follows the browser's online and offline
// events, sends with the session's CSRF token (fetched again when a reload offline left none), and takes
// in presses an older tally kept in localStorage.
import type { PasoEvent } from '../../api/events';
import { parseEvent } from '../../api/events';
import { api } from '../api/paso';
import type { ApiProblem } from '../api/problem';
import type { User } from '../api/types';
import { isSignOutPending } from '../session/sign-out';
import { type Maker, openOutbox } from './outbox';
import { type EventSender, sendEvents } from './send-events';
import { sendLock } from './send-lock';
import { clockOffset } from './server-clock';
import { createSync, type Sync } from './sync';
import { outboxChanges } from './tabs';

let instance: Sync | null = null;
// Who is signed in: the records made are noted as theirs, and only theirs are sent with their session.
let signedIn: Maker | null = null;

// Answered instead of sending while a sign-out made offline has not reached the server: its session
// still lives there, and records must not go out under a session its user has ended.
const SIGNED_OUT: ApiProblem = {
  type: 'about:blank',
  title: 'Signed out on this device',
  status: 401,
  code: 'auth.required',
  errors: [],
};

// The outbox's sender: the API client, with the session's token asked for when the page has none.
const sender: EventSender = {
  postEvents: (events, options) =>
    isSignOutPending() ? Promise.resolve({ ok: false, error: SIGNED_OUT }) : api.postEvents(events, options),
  // Nor is that session's token read for the outbox (a session it would then send with).
  getSession: () => (isSignOutPending() ? Promise.resolve({ ok: true, value: null }) : api.getSession()),
  hasCsrfToken: () => api.client.hasCsrfToken(),
  setCsrfToken: (token) => api.client.setCsrfToken(token),
};

const schedule = (run: () => void, ms: number) => {
  const id = window.setTimeout(run, ms);
  return () => window.clearTimeout(id);
};

// Tally mode used to keep its queue in localStorage under this prefix: those presses join the outbox.
const OLD_TALLY_PREFIX = 'paso.tally.outbox:';

function oldTallyEvents(): PasoEvent[] {
  const events: PasoEvent[] = [];
  for (const key of Object.keys(window.localStorage)) {
    if (!key.startsWith(OLD_TALLY_PREFIX)) continue;
    let value: unknown = null;
    try {
      value = JSON.parse(window.localStorage.getItem(key) ?? 'null');
    } catch (error) {
      console.warn('an old tally queue could not be read', key, error);
    }
    window.localStorage.removeItem(key);
    if (!Array.isArray(value)) continue;
    for (const item of value) {
      const parsed = parseEvent(item);
      if (parsed.ok) events.push(parsed.value);
    }
  }
  return events;
}

export function getSync(): Sync {
  if (instance !== null) return instance;
  const sync = createSync({
    outbox: openOutbox(),
    send: (events, signal) => sendEvents(sender, events, signal),
    schedule,
    now: () => new Date(),
    online: navigator.onLine,
    maker: () => signedIn,
    changes: outboxChanges(),
    lock: sendLock(),
    serverOffset: clockOffset,
  });
  window.addEventListener('online', () => sync.setOnline(true));
  window.addEventListener('offline', () => sync.setOnline(false));
  const old = oldTallyEvents();
  if (old.length > 0) void sync.submit(old);
  instance = sync;
  return sync;
}

/** Who is signed in now (also offline, the user remembered on the device); their records are sent. */
export function setSyncUser(user: User): void {
  const changed = signedIn?.id !== user.id;
  signedIn = { id: user.id, username: user.username };
  if (changed && instance !== null) void instance.flush();
}

/** After a sign-out: nobody's records are sent until someone signs in again. */
export function clearSyncUser(): void {
  signedIn = null;
}

/** After a sign-in: records kept while the session had ended go at once, not at the next retry. */
export function resumeSync(): void {
  if (instance !== null) void instance.flush();
}

/** Records waiting on one officer's sign-in (null: made before makers were noted, anyone's). */
export type WaitingFor = { readonly username: string | null; readonly count: number };

/** Records waiting on this device to be sent (refused ones aside), by maker, without starting the sync. */
export async function countWaiting(): Promise<WaitingFor[]> {
  const outbox = openOutbox();
  try {
    // Asked for as nobody (no user has the empty id): every record with a maker comes back by maker.
    const { total, refused, others } = await outbox.summary('');
    const anyone = total - refused.length - others.reduce((sum, o) => sum + o.count, 0);
    return [...others, ...(anyone > 0 ? [{ username: null, count: anyone }] : [])];
  } finally {
    outbox.close();
  }
}
