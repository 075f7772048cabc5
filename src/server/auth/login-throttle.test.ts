import { describe, expect, it } from 'vitest';
import { clientKey, createLoginThrottle } from './login-throttle';

const MINUTE = 60_000;
const T0 = Date.parse('2025-11-27T15:00:00Z');

describe('createLoginThrottle', () => {
  it('makes a client wait after its failures at one account, doubling the wait with each further one', () => {
    const throttle = createLoginThrottle(3);
    for (let i = 0; i < 3; i++) {
      expect(throttle.check('ana', '192.0.2.1', T0)).toEqual({ allowed: true });
      throttle.recordFailure('ana', '192.0.2.1', T0);
    }
    expect(throttle.check('ana', '192.0.2.1', T0)).toEqual({ allowed: false, retryAfterMs: 30_000 });
    expect(throttle.check('ana', '192.0.2.1', T0 + 30_000)).toEqual({ allowed: true });
    throttle.recordFailure('ana', '192.0.2.1', T0 + 30_000);
    expect(throttle.check('ana', '192.0.2.1', T0 + 30_000)).toEqual({ allowed: false, retryAfterMs: 60_000 });
  });

  it('never makes a client wait more than 15 minutes, and forgets after an hour without failures', () => {
    const throttle = createLoginThrottle(1);
    let now = T0;
    for (let i = 0; i < 20; i++) {
      throttle.recordFailure('ana', '192.0.2.1', now);
      now += MINUTE;
    }
    const last = now - MINUTE;
    expect(throttle.check('ana', '192.0.2.1', last)).toEqual({ allowed: false, retryAfterMs: 15 * MINUTE });
    throttle.recordFailure('ana', '192.0.2.1', last + 15 * MINUTE);
    expect(throttle.check('ana', '192.0.2.1', last + 75 * MINUTE)).toEqual({ allowed: true });
    throttle.recordFailure('ana', '192.0.2.1', last + 75 * MINUTE);
    // Forgotten: one failure again, which is the limit of one.
    expect(throttle.check('ana', '192.0.2.1', last + 75 * MINUTE)).toEqual({
      allowed: false,
      retryAfterMs: 30_000,
    });
  });

  it('clears, on a correct login, only that client’s failures at the account', () => {
    const throttle = createLoginThrottle(2);
    throttle.recordFailure('ana', '192.0.2.1', T0);
    throttle.recordFailure('ana', '192.0.2.2', T0);
    throttle.recordSuccess('ana', '192.0.2.1');
    throttle.recordFailure('ana', '192.0.2.1', T0);
    expect(throttle.check('ana', '192.0.2.1', T0)).toEqual({ allowed: true });
    throttle.recordFailure('ana', '192.0.2.2', T0);
    expect(throttle.check('ana', '192.0.2.2', T0)).toEqual({ allowed: false, retryAfterMs: 30_000 });
  });

  it('backs off an account guessed at from many addresses, by a minute at most', () => {
    const throttle = createLoginThrottle(2);
    // Two failures from each of two addresses: both are at their own limit, the account at its.
    for (const ip of ['192.0.2.1', '192.0.2.2']) {
      throttle.recordFailure('ana', ip, T0);
      throttle.recordFailure('ana', ip, T0);
    }
    expect(throttle.check('ana', '198.51.100.9', T0)).toEqual({ allowed: false, retryAfterMs: 1000 });
    expect(throttle.check('ana', '198.51.100.9', T0 + 1000)).toEqual({ allowed: true });
    for (let i = 0; i < 20; i++) throttle.recordFailure('ana', `203.0.113.${i}`, T0 + 1000);
    expect(throttle.check('ana', '198.51.100.9', T0 + 1000)).toEqual({
      allowed: false,
      retryAfterMs: MINUTE,
    });
    expect(throttle.check('bruno', '198.51.100.9', T0 + 1000)).toEqual({ allowed: true });
  });

  it('stops a client that fails at many accounts until its 15-minute window ends', () => {
    const throttle = createLoginThrottle(2);
    for (let i = 0; i < 20; i++) throttle.recordFailure(`user${i}`, '192.0.2.1', T0 + i * 1000);
    expect(throttle.check('someone', '192.0.2.1', T0 + 60_000)).toEqual({
      allowed: false,
      retryAfterMs: 14 * MINUTE,
    });
    expect(throttle.check('someone', '192.0.2.2', T0 + 60_000)).toEqual({ allowed: true });
    expect(throttle.check('someone', '192.0.2.1', T0 + 15 * MINUTE)).toEqual({ allowed: true });
  });

  it('counts the addresses of one IPv6 /64 as one client', () => {
    const throttle = createLoginThrottle(2);
    throttle.recordFailure('ana', '2001:db8:1:2::1', T0);
    throttle.recordFailure('ana', '2001:db8:1:2:ffff::2', T0);
    expect(throttle.check('ana', '2001:db8:1:2::3', T0).allowed).toBe(false);
    expect(throttle.check('ana', '2001:db8:1:3::1', T0).allowed).toBe(true);
  });
});

describe('clientKey', () => {
  it.each([
    ['192.0.2.1', '192.0.2.1'],
    ['::ffff:192.0.2.1', '192.0.2.1'],
    ['2001:db8:0001:2::1', '2001:db8:1:2::/64'],
    ['2001:db8::', '2001:db8:0:0::/64'],
    ['::1', '0:0:0:0::/64'],
    ['fe80::1%eth0', 'fe80:0:0:0::/64'],
    ['2001:db8:1:2:3:4:5:6', '2001:db8:1:2::/64'],
    ['64:ff9b::192.0.2.1', '64:ff9b:0:0::/64'],
    ['not an address', 'not an address'],
  ])('keys %s as %s', (ip, key) => {
    expect(clientKey(ip)).toBe(key);
  });
});
