// The lease that stands in for Web Locks: one tab sends at a time; a lease its tab can no longer renew
// (closed, crashed) or dated before the device's clock was set back does not hold the others for ever.
import { describe, expect, it } from 'vitest';
import { LEASE_MS, leaseLock } from './send-lock';

const START = Date.parse('2026-04-04T17:31:00Z');

function device() {
  const values = new Map<string, string>();
  const storage = {
    getItem: (key: string) => values.get(key) ?? null,
    setItem: (key: string, value: string) => values.set(key, value),
    removeItem: (key: string) => values.delete(key),
  };
  const clock = { now: START };
  const tab = (owner: string) =>
    leaseLock({
      owner,
      storage: () => storage,
      now: () => clock.now,
      wait: () => new Promise((resolve) => setTimeout(resolve, 0)),
      every: () => () => undefined,
    });
  return { values, clock, tab };
}

/** Work that goes on until `finish` is called, noting when it started. */
function longWork(log: string[], name: string) {
  let finish: () => void = () => undefined;
  const done = new Promise<void>((resolve) => {
    finish = resolve;
  });
  return {
    run: async () => {
      log.push(`${name} starts`);
      await done;
      log.push(`${name} ends`);
    },
    finish: () => finish(),
  };
}

const turns = (n: number) => Array.from({ length: n }, () => new Promise((r) => setTimeout(r, 0)));

describe('the outbox lease, where Web Locks are missing', () => {
  it('lets one tab send at a time: the next starts once the first is done', async () => {
    const { tab, values } = device();
    const log: string[] = [];
    const first = longWork(log, 'first');
    const second = longWork(log, 'second');
    const a = tab('a').run(first.run);
    const b = tab('b').run(second.run);
    for (const turn of turns(20)) await turn;
    expect(log).toEqual(['first starts']);
    first.finish();
    await a;
    await expect.poll(() => log).toEqual(['first starts', 'first ends', 'second starts']);
    second.finish();
    await b;
    expect(values.size).toBe(0);
  });

  it.each([
    ['ran out: its tab was closed or crashed while sending', START - LEASE_MS - 1],
    ['is dated beyond its length: written before the device clock was set back', START + 3 * 3_600_000],
  ])('does not wait for a lease that %s', async (_, until) => {
    const { tab, values } = device();
    values.set('paso.outbox.send', JSON.stringify({ owner: 'gone', until }));
    const log: string[] = [];
    await tab('a').run(async () => {
      log.push('sent');
    });
    expect(log).toEqual(['sent']);
  });

  it('sends as if alone where no storage can hold a lease (a private window)', async () => {
    const lock = leaseLock({
      owner: 'a',
      storage: () => {
        throw new Error('SecurityError');
      },
      now: () => START,
      wait: () => Promise.resolve(),
      every: () => () => undefined,
    });
    expect(await lock.run(async () => 'sent')).toBe('sent');
  });
});
