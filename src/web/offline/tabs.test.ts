import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { EventOutcome, PasoEvent } from '../../api/events';
import { err, ok } from '../../domain/shared';
import type { ApiResult } from '../api/client';
import { CLIENT_CODES, clientProblem } from '../api/problem';
import { openOutbox } from './outbox';
import { leaseLock, type SendLock, sendLock } from './send-lock';
import { createSync, type Sync } from './sync';
import { outboxChanges } from './tabs';
import { idOf, tally } from './test-events';

/** The server, whose answers wait for `answering` when it is set (a send still on its way). */
type Server = { up: boolean; received: string[]; answering?: Promise<void> };

const opened: Sync[] = [];
afterEach(() => {
  for (const sync of opened.splice(0)) sync.stop();
  vi.unstubAllGlobals();
});

// Two tabs of the booth on one device: one IndexedDB, two pages, each with its own sync loop, joined
// by a BroadcastChannel as the browser joins them (Node has the same class), and each with the lock
// `lock` makes for it (as each page takes the browser's).
function twoTabs(server: Server, channelName: string | null, lock?: () => SendLock) {
  const indexedDB = new IDBFactory();
  const tab = () => {
    const changes = channelName === null ? undefined : outboxChanges(channelName);
    const sync = createSync({
      outbox: openOutbox('tabs-test', { indexedDB, IDBKeyRange }),
      send: async (events: readonly PasoEvent[]): Promise<ApiResult<readonly EventOutcome[]>> => {
        if (!server.up) return err(clientProblem(CLIENT_CODES.network));
        server.received.push(...events.map((e) => e.id));
        await server.answering;
        return ok(events.map((e, index) => ({ id: e.id, index, status: 'applied' as const })));
      },
      schedule: () => () => undefined,
      now: () => new Date('2026-04-04T17:31:00Z'),
      online: true,
      changes,
      ...(lock === undefined ? {} : { lock: lock() }),
    });
    opened.push(sync);
    const stop = sync.stop;
    sync.stop = () => {
      stop();
      changes?.close();
    };
    return sync;
  };
  return { first: tab(), second: tab() };
}

const settled = () => new Promise((resolve) => setTimeout(resolve, 50));

describe('two tabs of the booth on one device', () => {
  it('show the same records waiting when one of them keeps records offline, and none once they are sent', async () => {
    const server: Server = { up: false, received: [] };
    const { first, second } = twoTabs(server, `tabs-${Math.random()}`);
    await first.submit([tally(1), tally(2)]);
    await second.submit([tally(3)]);
    await expect.poll(() => [first.getState().waiting, second.getState().waiting]).toEqual([3, 3]);

    server.up = true;
    await first.flush();
    await expect.poll(() => [first.getState().waiting, second.getState().waiting]).toEqual([0, 0]);
    expect(second.getState().lastSync).toBe('2026-04-04T17:31:00.000Z');
    expect(server.received.sort()).toEqual([tally(1).id, tally(2).id, tally(3).id].sort());
  });

  it('without the channel between them, the tab that did nothing keeps its old count', async () => {
    const server: Server = { up: false, received: [] };
    const { first, second } = twoTabs(server, null);
    await second.flush();
    await first.submit([tally(1), tally(2)]);
    await settled();
    expect([first.getState().waiting, second.getState().waiting]).toEqual([2, 0]);
  });

  // The Web Locks API as Chromium gives it to the pages of one origin: one holder of a name at a time,
  // the others in turn.
  const webLocks = () => {
    const queues = new Map<string, Promise<unknown>>();
    return {
      request: (name: string, work: () => Promise<unknown>) => {
        const turn = (queues.get(name) ?? Promise.resolve()).then(work, work);
        queues.set(
          name,
          turn.catch(() => undefined),
        );
        return turn;
      },
    };
  };
  const shared = new Map<string, string>();
  const storage = {
    getItem: (key: string) => shared.get(key) ?? null,
    setItem: (key: string, value: string) => shared.set(key, value),
    removeItem: (key: string) => shared.delete(key),
  };
  let tabs = 0;

  it.each([
    [
      'Web Locks',
      () => {
        vi.stubGlobal('navigator', { locks: webLocks() });
        return sendLock;
      },
    ],
    [
      'a lease in localStorage, where Web Locks are missing',
      () => () => {
        tabs += 1;
        return leaseLock({
          owner: `tab-${tabs}`,
          storage: () => storage,
          now: () => Date.parse('2026-04-04T17:31:00Z'),
          wait: () => new Promise((resolve) => setTimeout(resolve, 0)),
          every: () => () => undefined,
        });
      },
    ],
  ] as const)(
    'send each record once, one tab at a time, and both know what the server answered (%s)',
    async (_, locks) => {
      const server: Server = { up: false, received: [] };
      const { first, second } = twoTabs(server, `tabs-${Math.random()}`, locks());
      await first.submit([tally(1), tally(2)]);
      await second.submit([tally(3)]);

      // The network returns: both tabs hear it and drain at once; the first's send takes a while.
      let answer: () => void = () => undefined;
      server.answering = new Promise((resolve) => {
        answer = resolve;
      });
      server.up = true;
      const both = Promise.all([first.flush(), second.flush()]);
      await expect.poll(() => server.received.length).toBe(3);
      answer();
      await both;
      expect(server.received.sort()).toEqual([idOf(1), idOf(2), idOf(3)]);
      await expect.poll(() => [first.getState().waiting, second.getState().waiting]).toEqual([0, 0]);
      expect(second.outcomeOf(idOf(3))).toMatchObject({ status: 'applied' });
      expect(first.outcomeOf(idOf(3))).toMatchObject({ status: 'applied' });
    },
  );
});
