// A device whose clock ran ahead: the server refuses its records as dated after its own clock
// (event.in-future). They are the officer's work all the same: they wait on the device, unchanged, are
// not listed as refused, and go again by themselves once the server's clock has reached them.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { type EventOutcome, FUTURE_TOLERANCE_MS, type PasoEvent } from '../../api/events';
import { ok } from '../../domain/shared';
import { type Outbox, openOutbox } from './outbox';
import { createSync } from './sync';
import { AHEAD_WAIT_MS } from './sync-rules';
import { idOf, tally } from './test-events';

const HOUR = 3_600_000;
const START = Date.parse('2026-04-04T17:30:00Z');

/** A server that refuses records dated more than 5 minutes after its clock, as the API does. */
function serverAt(start: number) {
  const server = { now: start, batches: [] as string[][] };
  const send = async (events: readonly PasoEvent[]) => {
    server.batches.push(events.map((e) => e.id));
    return ok(
      events.map((e, index): EventOutcome => {
        if (Date.parse(e.at) <= server.now + FUTURE_TOLERANCE_MS)
          return { id: e.id, index, status: 'applied' };
        const errors = [{ path: 'at', code: 'event.in-future', message: 'ahead' }];
        const problem = { code: 'validation', title: 'The event is not valid', detail: 'at: ahead', errors };
        return { id: e.id, index, status: 'problem', problem };
      }),
    );
  };
  return { server, send };
}

/** A tally made on a device whose clock read `at`. */
const madeAt = (n: number, at: number): PasoEvent => ({ ...tally(n), at: new Date(at).toISOString() });

/** A page of the booth on a device whose clock is `ahead` ms ahead of the server's (as it has learnt). */
function page(
  outbox: Outbox,
  send: ReturnType<typeof serverAt>['send'],
  clock: { device: number; offset: number },
) {
  const timers: { run: () => void; ms: number }[] = [];
  const sync = createSync({
    outbox,
    send,
    schedule: (run, ms) => {
      const timer = { run, ms };
      timers.push(timer);
      // A timer that has run is no longer listed: cancelling it then takes nothing away.
      return () => {
        if (timers.includes(timer)) timers.splice(timers.indexOf(timer), 1);
      };
    },
    now: () => new Date(clock.device),
    online: true,
    serverOffset: () => clock.offset,
  });
  const runTimers = async () => {
    for (const timer of timers.splice(0)) timer.run();
    await sync.flush();
  };
  return { sync, timers, runTimers };
}

describe('records dated after the server clock', () => {
  it('wait on the device, counted and not refused, and go by themselves once the server clock reaches them', async () => {
    const { server, send } = serverAt(START);
    const outbox = openOutbox('ahead-wait', { indexedDB: new IDBFactory(), IDBKeyRange });
    const clock = { device: START + 3 * HOUR, offset: 3 * HOUR };
    const { sync, timers, runTimers } = page(outbox, send, clock);

    expect(await sync.submit([madeAt(1, clock.device)])).toEqual({ kind: 'queued' });
    expect(sync.getState()).toMatchObject({ waiting: 1, refused: [], ahead: [{ id: idOf(1) }] });
    expect(sync.outcomeOf(idOf(1))).toBeUndefined();
    // When the server last answered is said on its clock, not on the device's, hours ahead.
    expect(sync.getState().lastSync).toBe(new Date(START).toISOString());
    // The first would be taken in 3 hours less 4 minutes: a timer waits an hour at most, then looks again.
    expect(timers.map((t) => t.ms)).toEqual([AHEAD_WAIT_MS.max]);

    // An hour on, the server's clock has not reached it: it goes, is refused the same way, and waits on.
    server.now += HOUR;
    clock.device += HOUR;
    await runTimers();
    expect(server.batches).toEqual([[idOf(1)], [idOf(1)]]);
    expect(sync.getState()).toMatchObject({ waiting: 1, ahead: [{ id: idOf(1) }] });
    expect(timers.map((t) => t.ms)).toEqual([AHEAD_WAIT_MS.max]);

    server.now += 2 * HOUR;
    clock.device += 2 * HOUR;
    await runTimers();
    expect(server.batches.at(-1)).toEqual([idOf(1)]);
    expect(await outbox.list()).toEqual([]);
    expect(sync.getState()).toMatchObject({ waiting: 0, ahead: [] });
    expect(sync.outcomeOf(idOf(1))).toMatchObject({ status: 'applied' });
    expect(timers).toEqual([]);
  });

  it('are not sent again with every new record while the server clock has not reached them', async () => {
    const { server, send } = serverAt(START);
    const outbox = openOutbox('ahead-quiet', { indexedDB: new IDBFactory(), IDBKeyRange });
    const clock = { device: START + 3 * HOUR, offset: 3 * HOUR };
    const { sync } = page(outbox, send, clock);
    await sync.submit([madeAt(1, clock.device)]);

    // The officer sets the device's clock right and goes on: the new records go, the first one waits.
    clock.device = START;
    clock.offset = 0;
    expect(await sync.submit([madeAt(2, clock.device)])).toMatchObject({ kind: 'sent' });
    await sync.submit([madeAt(3, clock.device)]);
    expect(server.batches).toEqual([[idOf(1)], [idOf(2)], [idOf(3)]]);
    expect(sync.getState()).toMatchObject({ waiting: 1, ahead: [{ id: idOf(1) }] });
  });

  it('go once the server clock reaches them when the booth is opened again, whatever the device clock said', async () => {
    const { server, send } = serverAt(START);
    const indexedDB = new IDBFactory();
    const clock = { device: START + 3 * HOUR, offset: 3 * HOUR };
    const first = page(openOutbox('ahead-reload', { indexedDB, IDBKeyRange }), send, clock);
    await first.sync.submit([madeAt(1, clock.device), madeAt(2, clock.device)]);
    first.sync.stop();

    // Later the clock was set right while offline, and the offset kept is the old one: a page opened
    // again tries them once anyway, and the server, whose clock has now reached them, takes them.
    server.now += 3 * HOUR;
    clock.device = server.now;
    const outbox = openOutbox('ahead-reload', { indexedDB, IDBKeyRange });
    const again = page(outbox, send, clock);
    await again.sync.flush();
    expect(server.batches.at(-1)).toEqual([idOf(1), idOf(2)]);
    expect(await outbox.list()).toEqual([]);
    expect(again.sync.getState()).toMatchObject({ waiting: 0, ahead: [] });
  });

  it('are tried again when the network returns', async () => {
    const { server, send } = serverAt(START);
    const outbox = openOutbox('ahead-online', { indexedDB: new IDBFactory(), IDBKeyRange });
    const clock = { device: START + 3 * HOUR, offset: 3 * HOUR };
    const { sync } = page(outbox, send, clock);
    await sync.submit([madeAt(1, clock.device)]);
    server.now += 3 * HOUR;
    sync.setOnline(false);
    sync.setOnline(true);
    await sync.flush();
    expect(server.batches).toEqual([[idOf(1)], [idOf(1)]]);
    expect(await outbox.list()).toEqual([]);
  });

  it('leave the other records of their batch to be sent, and are kept apart from those refused for good', async () => {
    const { server, send } = serverAt(START);
    const outbox = openOutbox('ahead-mixed', { indexedDB: new IDBFactory(), IDBKeyRange });
    const clock = { device: START, offset: 0 };
    const { sync } = page(outbox, send, clock);
    const result = await sync.submit([madeAt(1, START), madeAt(2, START + HOUR), madeAt(3, START)]);
    expect(result).toEqual({ kind: 'queued' });
    expect(sync.outcomeOf(idOf(1))).toMatchObject({ status: 'applied' });
    expect(sync.outcomeOf(idOf(3))).toMatchObject({ status: 'applied' });
    expect((await outbox.list()).map((r) => [r.id, r.refusal?.errors.map((e) => e.code)])).toEqual([
      [idOf(2), ['event.in-future']],
    ]);
    expect(sync.getState()).toMatchObject({ waiting: 1, refused: [], ahead: [{ id: idOf(2) }] });
    expect(server.batches).toHaveLength(1);
  });
});
