import { describe, expect, it } from 'vitest';
import { DIALECTS, eachTestDb } from '../../../test/support/databases';
import { clientKey, createLoginThrottle, type LoginThrottle } from './login-throttle';

const MINUTE = 60_000;
const T0 = Date.parse('2025-11-27T15:00:00Z');

describe.each(DIALECTS)('createLoginThrottle on %s', (dialect) => {
  const t = eachTestDb(dialect);
  // How long a login for `account` from `ip` must wait at `now` (0: it may be tried).
  const waitOf = async (throttle: LoginThrottle, account: string, ip: string, now: number) => {
    const verdict = await throttle.check(t.db.kysely, account, ip, now);
    return verdict.allowed ? 0 : verdict.retryAfterMs;
  };
  // As the login route does: counted, then the forgotten counts deleted (at most once a minute).
  const fail = async (throttle: LoginThrottle, account: string, ip: string, now: number) => {
    await throttle.recordFailure(t.db.kysely, account, ip, now);
    await throttle.forgetOld(t.db.kysely, now);
  };

  it('makes a client wait after its failures at one account, doubling the wait with each further one', async () => {
    const throttle = createLoginThrottle(3);
    for (let i = 0; i < 3; i++) {
      expect(await waitOf(throttle, 'ana', '192.0.2.1', T0)).toBe(0);
      await fail(throttle, 'ana', '192.0.2.1', T0);
    }
    expect(await waitOf(throttle, 'ana', '192.0.2.1', T0)).toBe(30_000);
    expect(await waitOf(throttle, 'ana', '192.0.2.1', T0 + 30_000)).toBe(0);
    await fail(throttle, 'ana', '192.0.2.1', T0 + 30_000);
    expect(await waitOf(throttle, 'ana', '192.0.2.1', T0 + 30_000)).toBe(60_000);
  });

  it('never makes a client wait more than 15 minutes, and forgets after an hour without failures', async () => {
    const throttle = createLoginThrottle(1);
    let now = T0;
    for (let i = 0; i < 20; i++) {
      await fail(throttle, 'ana', '192.0.2.1', now);
      now += MINUTE;
    }
    const last = now - MINUTE;
    expect(await waitOf(throttle, 'ana', '192.0.2.1', last)).toBe(15 * MINUTE);
    await fail(throttle, 'ana', '192.0.2.1', last + 15 * MINUTE);
    expect(await waitOf(throttle, 'ana', '192.0.2.1', last + 75 * MINUTE)).toBe(0);
    await fail(throttle, 'ana', '192.0.2.1', last + 75 * MINUTE);
    // Forgotten: one failure again, which is the limit of one.
    expect(await waitOf(throttle, 'ana', '192.0.2.1', last + 75 * MINUTE)).toBe(30_000);
  });

  it('clears, on a correct login, only that client’s failures at the account', async () => {
    const throttle = createLoginThrottle(2);
    await fail(throttle, 'ana', '192.0.2.1', T0);
    await fail(throttle, 'ana', '192.0.2.2', T0);
    expect(await throttle.check(t.db.kysely, 'ana', '192.0.2.1', T0)).toEqual({
      allowed: true,
      failedBefore: true,
    });
    await throttle.recordSuccess(t.db.kysely, 'ana', '192.0.2.1');
    expect(await throttle.check(t.db.kysely, 'ana', '192.0.2.1', T0)).toEqual({
      allowed: true,
      failedBefore: false,
    });
    await fail(throttle, 'ana', '192.0.2.1', T0);
    expect(await waitOf(throttle, 'ana', '192.0.2.1', T0)).toBe(0);
    await fail(throttle, 'ana', '192.0.2.2', T0);
    expect(await waitOf(throttle, 'ana', '192.0.2.2', T0)).toBe(30_000);
  });

  it('backs off an account guessed at from many addresses, by a minute at most', async () => {
    const throttle = createLoginThrottle(2);
    // Two failures from each of two addresses: both are at their own limit, the account at its.
    for (const ip of ['192.0.2.1', '192.0.2.2']) {
      await fail(throttle, 'ana', ip, T0);
      await fail(throttle, 'ana', ip, T0);
    }
    expect(await waitOf(throttle, 'ana', '198.51.100.9', T0)).toBe(1000);
    expect(await waitOf(throttle, 'ana', '198.51.100.9', T0 + 1000)).toBe(0);
    for (let i = 0; i < 20; i++) await fail(throttle, 'ana', `203.0.113.${i}`, T0 + 1000);
    expect(await waitOf(throttle, 'ana', '198.51.100.9', T0 + 1000)).toBe(MINUTE);
    expect(await waitOf(throttle, 'bruno', '198.51.100.9', T0 + 1000)).toBe(0);
  });

  it('stops a client that fails at many accounts until its 15-minute window ends', async () => {
    const throttle = createLoginThrottle(2);
    for (let i = 0; i < 20; i++) await fail(throttle, `user${i}`, '192.0.2.1', T0 + i * 1000);
    expect(await waitOf(throttle, 'someone', '192.0.2.1', T0 + 60_000)).toBe(14 * MINUTE);
    expect(await waitOf(throttle, 'someone', '192.0.2.2', T0 + 60_000)).toBe(0);
    expect(await waitOf(throttle, 'someone', '192.0.2.1', T0 + 15 * MINUTE)).toBe(0);
  });

  it('counts the addresses of one IPv6 /64 as one client', async () => {
    const throttle = createLoginThrottle(2);
    await fail(throttle, 'ana', '2001:db8:1:2::1', T0);
    await fail(throttle, 'ana', '2001:db8:1:2:ffff::2', T0);
    expect(await waitOf(throttle, 'ana', '2001:db8:1:2::3', T0)).toBe(30_000);
    expect(await waitOf(throttle, 'ana', '2001:db8:1:3::1', T0)).toBe(0);
  });

  // Before, each server (and each start of one) counted in its own memory: a guesser behind a load
  // balancer of N servers had N times the attempts, and a restart gave them all back.
  it('counts the failures another server saw, and those from before a restart', async () => {
    const [one, other] = [createLoginThrottle(3), createLoginThrottle(3)];
    await fail(one, 'ana', '192.0.2.1', T0);
    await fail(other, 'ana', '192.0.2.1', T0);
    await fail(one, 'ana', '192.0.2.1', T0);
    for (const throttle of [one, other, createLoginThrottle(3)]) {
      expect(await waitOf(throttle, 'ana', '192.0.2.1', T0)).toBe(30_000);
    }
  });

  it('deletes the counts an hour after their latest failure, at a later failure', async () => {
    const throttle = createLoginThrottle(3);
    const accounts = async () =>
      (
        await t.db.kysely
          .selectFrom('login_failure')
          .select('account')
          .where('scope', '=', 'account')
          .execute()
      )
        .map((r) => r.account)
        .sort();
    await fail(throttle, 'ana', '192.0.2.1', T0);
    await fail(throttle, 'bruno', '192.0.2.2', T0 + 30 * MINUTE);
    expect(await accounts()).toEqual(['ana', 'bruno']);
    await fail(throttle, 'carla', '192.0.2.3', T0 + 61 * MINUTE);
    expect(await accounts()).toEqual(['bruno', 'carla']);
    expect(await t.db.kysely.selectFrom('login_failure').select('client').execute()).not.toContainEqual({
      client: '192.0.2.1',
    });
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
