// Slows password guessing without letting one client lock out another. Only failed logins count, so
// officers who log in correctly behind one shared address at a shift change never wait. In memory,
// per server process; the clock is passed in.
import { isIP } from 'node:net';

export type ThrottleVerdict =
  | { readonly allowed: true }
  | { readonly allowed: false; readonly retryAfterMs: number };

export interface LoginThrottle {
  /** Whether a login for this account from this address may be tried now. */
  check(account: string, ip: string, now: number): ThrottleVerdict;
  recordFailure(account: string, ip: string, now: number): void;
  /** The right password clears what this client failed at this account; nothing else. */
  recordSuccess(account: string, ip: string): void;
}

interface Backoff {
  readonly failures: number;
  readonly last: number;
}
interface BackoffRule {
  readonly after: number;
  readonly firstWaitMs: number;
  readonly maxWaitMs: number;
}
interface Window {
  readonly failures: number;
  readonly start: number;
}

const SECOND = 1000;
const MINUTE = 60 * SECOND;
// Failures are forgotten after an hour without one; longer than the longest wait, so that waiting
// out a backoff does not also wipe it.
const FORGET_MS = 60 * MINUTE;
const WINDOW_MS = 15 * MINUTE;
// Each table keeps at most this many keys, forgetting the least recently failed first.
const MAX_KEYS = 100_000;

function backoffWait(state: Backoff | undefined, rule: BackoffRule, now: number): number {
  if (!state || state.failures < rule.after) return 0;
  const wait = Math.min(rule.firstWaitMs * 2 ** (state.failures - rule.after), rule.maxWaitMs);
  return Math.max(0, state.last + wait - now);
}

function windowWait(state: Window | undefined, max: number, now: number): number {
  if (!state || state.failures < max) return 0;
  return Math.max(0, state.start + WINDOW_MS - now);
}

function remember<V>(table: Map<string, V>, key: string, value: V): void {
  table.delete(key);
  table.set(key, value);
  if (table.size > MAX_KEYS) {
    const oldest = table.keys().next();
    if (!oldest.done) table.delete(oldest.value);
  }
}

// An IPv6 client usually holds a whole /64: counting each of its addresses apart would let it
// change address at every guess. IPv4-mapped addresses count as the IPv4 address they carry.
export function clientKey(ip: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  if (mapped?.[1]) return mapped[1];
  const address = ip.split('%')[0] ?? ip;
  if (isIP(address) !== 6) return ip;
  const [head = '', tail] = address.toLowerCase().split('::');
  const headParts = head ? head.split(':') : [];
  const tailParts = tail ? tail.split(':') : [];
  // An embedded IPv4 address fills the last two groups.
  const tailGroups = tailParts.length + (tailParts.some((p) => p.includes('.')) ? 1 : 0);
  const zeros = tail === undefined ? [] : Array<string>(8 - headParts.length - tailGroups).fill('0');
  const groups = [...headParts, ...zeros, ...tailParts].slice(0, 4).map((g) => g.replace(/^0+(?=.)/, ''));
  return `${groups.join(':')}::/64`;
}

/**
 * `perAccountAndClient` failed logins from one client at one account make that client wait, 30 s and
 * doubling with each further failure up to 15 min; other clients are not affected. Ten times as many
 * failures from one client within 15 minutes, whatever the accounts, stop that client until the
 * window ends (password spraying). Twice as many at one account from all clients together start a
 * backoff for the account, 1 s doubling up to a minute, which slows guessing from many addresses
 * while never holding the account's owner out for longer than a minute after the last failure.
 */
export function createLoginThrottle(perAccountAndClient: number): LoginThrottle {
  const pairRule: BackoffRule = {
    after: perAccountAndClient,
    firstWaitMs: 30 * SECOND,
    maxWaitMs: 15 * MINUTE,
  };
  const accountRule: BackoffRule = { after: 2 * perAccountAndClient, firstWaitMs: SECOND, maxWaitMs: MINUTE };
  const perClient = 10 * perAccountAndClient;
  const pairs = new Map<string, Backoff>();
  const accounts = new Map<string, Backoff>();
  const clients = new Map<string, Window>();

  const pairKey = (account: string, ip: string) => `${account}\u0000${clientKey(ip)}`;
  const backoff = (table: Map<string, Backoff>, key: string, now: number) => {
    const state = table.get(key);
    if (state && now - state.last >= FORGET_MS) {
      table.delete(key);
      return undefined;
    }
    return state;
  };
  const window = (key: string, now: number) => {
    const state = clients.get(key);
    if (state && now - state.start >= WINDOW_MS) {
      clients.delete(key);
      return undefined;
    }
    return state;
  };

  return {
    check(account, ip, now) {
      const wait = Math.max(
        backoffWait(backoff(pairs, pairKey(account, ip), now), pairRule, now),
        backoffWait(backoff(accounts, account, now), accountRule, now),
        windowWait(window(clientKey(ip), now), perClient, now),
      );
      return wait > 0 ? { allowed: false, retryAfterMs: wait } : { allowed: true };
    },
    recordFailure(account, ip, now) {
      const pair = pairKey(account, ip);
      remember(pairs, pair, { failures: (backoff(pairs, pair, now)?.failures ?? 0) + 1, last: now });
      remember(accounts, account, {
        failures: (backoff(accounts, account, now)?.failures ?? 0) + 1,
        last: now,
      });
      const client = clientKey(ip);
      const current = window(client, now);
      remember(clients, client, { failures: (current?.failures ?? 0) + 1, start: current?.start ?? now });
    },
    recordSuccess(account, ip) {
      pairs.delete(pairKey(account, ip));
    },
  };
}
