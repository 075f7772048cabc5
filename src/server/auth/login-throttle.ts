// Slows password guessing without letting one client lock out another. Only failed logins count, so
// officers who log in correctly behind one shared address at a shift change never wait. The counts
// live in the database (store/accounts/login-failures.ts), shared by every Paso server on it and kept
// across restarts; the clock is passed in.
import { isIP } from 'node:net';
import {
  clearLoginFailures,
  countLoginFailure,
  forgetLoginFailures,
  type LoginFailureCount,
  readLoginFailures,
} from '../../store/accounts';
import type { Executor } from '../../store/executor';

export type ThrottleVerdict =
  | {
      readonly allowed: true;
      /** This client has failed at this account since its last correct login (which clears that). */
      readonly failedBefore: boolean;
    }
  | { readonly allowed: false; readonly retryAfterMs: number };

export interface LoginThrottle {
  /** Whether a login for this account from this address may be tried now: one indexed read. */
  check(db: Executor, account: string, ip: string, now: number): Promise<ThrottleVerdict>;
  /** Counts a failure; `tx` is the transaction that audits it. */
  recordFailure(tx: Executor, account: string, ip: string, now: number): Promise<void>;
  /** Deletes the counts forgotten, at most once a minute (after a failure, outside its transaction). */
  forgetOld(db: Executor, now: number): Promise<void>;
  /** The right password clears what this client failed at this account; nothing else. */
  recordSuccess(tx: Executor, account: string, ip: string): Promise<void>;
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
// How often a server deletes the counts forgotten (at its next failure): the table holds about an
// hour of failures, whatever the servers. Not in the failure's transaction, which on PostgreSQL holds
// the audit chain's lock: after an attack the delete may take many rows.
const FORGET_EVERY_MS = MINUTE;

function backoffWait(state: Backoff | undefined, rule: BackoffRule, now: number): number {
  if (!state || state.failures < rule.after) return 0;
  const wait = Math.min(rule.firstWaitMs * 2 ** (state.failures - rule.after), rule.maxWaitMs);
  return Math.max(0, state.last + wait - now);
}

function windowWait(state: Window | undefined, max: number, now: number): number {
  if (!state || state.failures < max) return 0;
  return Math.max(0, state.start + WINDOW_MS - now);
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
 * Failures at any of the servers sharing the database count alike.
 */
export function createLoginThrottle(perAccountAndClient: number): LoginThrottle {
  const pairRule: BackoffRule = {
    after: perAccountAndClient,
    firstWaitMs: 30 * SECOND,
    maxWaitMs: 15 * MINUTE,
  };
  const accountRule: BackoffRule = { after: 2 * perAccountAndClient, firstWaitMs: SECOND, maxWaitMs: MINUTE };
  const perClient = 10 * perAccountAndClient;
  let forgotAt = Number.NEGATIVE_INFINITY;

  // A count is read as none once it is forgotten (or its window over), whether or not it is deleted yet.
  const backoff = (count: LoginFailureCount | undefined, now: number): Backoff | undefined => {
    if (!count) return undefined;
    const last = Date.parse(count.lastAt);
    return now - last >= FORGET_MS ? undefined : { failures: count.failures, last };
  };
  const window = (count: LoginFailureCount | undefined, now: number): Window | undefined => {
    if (!count) return undefined;
    const start = Date.parse(count.firstAt);
    return now - start >= WINDOW_MS ? undefined : { failures: count.failures, start };
  };
  const iso = (ms: number) => new Date(ms).toISOString();

  return {
    async check(db, account, ip, now) {
      const counts = await readLoginFailures(db, account, clientKey(ip));
      const pair = backoff(counts.pair, now);
      const wait = Math.max(
        backoffWait(pair, pairRule, now),
        backoffWait(backoff(counts.account, now), accountRule, now),
        windowWait(window(counts.client, now), perClient, now),
      );
      return wait > 0 ? { allowed: false, retryAfterMs: wait } : { allowed: true, failedBefore: !!pair };
    },
    async recordFailure(tx, account, ip, now) {
      await countLoginFailure(tx, account, clientKey(ip), {
        at: iso(now),
        forgottenUpTo: iso(now - FORGET_MS),
        windowOverUpTo: iso(now - WINDOW_MS),
      });
    },
    async forgetOld(db, now) {
      if (now - forgotAt < FORGET_EVERY_MS) return;
      forgotAt = now;
      await forgetLoginFailures(db, iso(now - FORGET_MS));
    },
    async recordSuccess(tx, account, ip) {
      await clearLoginFailures(tx, account, clientKey(ip));
    },
  };
}
