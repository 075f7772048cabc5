// The device's clock is learnt against the server's from the answers' Date header, only from answers a
// service worker cannot have kept (not the reference reads it keeps), and kept on the device for a page
// reloaded offline.
import { describe, expect, it } from 'vitest';
import { clockOffset, notingServerClock, offsetOf, readOffset, serverTime } from './server-clock';

const memory = () => {
  const values = new Map<string, string>();
  return {
    getItem: (k: string) => values.get(k) ?? null,
    setItem: (k: string, v: string) => values.set(k, v),
  };
};

const answer = (date: string | null) => async () =>
  new Response('{}', { headers: date === null ? {} : { date } });

describe('the server clock', () => {
  it.each([
    [
      'a clock three hours ahead',
      'Mon, 07 Dec 2026 13:00:00 GMT',
      Date.UTC(2026, 11, 7, 16, 0, 0),
      3 * 3_600_000,
    ],
    [
      'a clock two hours behind',
      'Mon, 07 Dec 2026 13:00:00 GMT',
      Date.UTC(2026, 11, 7, 11, 0, 0),
      -2 * 3_600_000,
    ],
    ['a clock that agrees', 'Mon, 07 Dec 2026 13:00:00 GMT', Date.UTC(2026, 11, 7, 13, 0, 0, 400), 400],
    ['no date', null, 0, null],
    ['a date that cannot be read', 'yesterday', 0, null],
  ] as const)('reads %s from the answer', (_, header, receivedAt, expected) => {
    expect(offsetOf(header, receivedAt)).toBe(expected);
  });

  it('learns from a POST, keeps it on the device, and never learns from a read the service worker keeps', async () => {
    const storage = memory();
    const now = () => Date.UTC(2026, 11, 7, 16, 0, 0);
    const fetchNoting = notingServerClock(answer('Mon, 07 Dec 2026 13:00:00 GMT'), now, () => storage);
    // The reference reads may come from the service worker's cache, dated when they were kept.
    for (const path of ['/api/checkpoints', '/api/meta', '/api/countries', '/api/documents/policy']) {
      await fetchNoting(path, { method: 'GET' });
    }
    expect(readOffset(storage)).toBeNull();
    await fetchNoting('/api/events', { method: 'POST' });
    expect(readOffset(storage)).toBe(3 * 3_600_000);
  });

  it('learns from a read that only the server answers, and tells the time on its clock', async () => {
    const storage = memory();
    const now = () => Date.UTC(2026, 11, 7, 16, 0, 0);
    const fetchNoting = notingServerClock(answer('Mon, 07 Dec 2026 14:00:00 GMT'), now, () => storage);
    // The pass verifier's keys: the service worker never keeps them.
    await fetchNoting('/api/passes/keyset', { method: 'GET' });
    expect(readOffset(storage)).toBe(2 * 3_600_000);
    expect(clockOffset()).toBe(2 * 3_600_000);
    expect(serverTime(now())).toEqual({ at: '2026-12-07T14:00:00.000Z', onServerClock: true });
  });
});
