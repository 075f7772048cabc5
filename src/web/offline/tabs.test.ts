import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import type { EventOutcome, PasoEvent } from '../../api/events';
import { err, ok } from '../../domain/shared';
import type { ApiResult } from '../api/client';
import { CLIENT_CODES, clientProblem } from '../api/problem';
import { openOutbox } from './outbox';
import { createSync, type Sync } from './sync';
import { outboxChanges } from './tabs';
import { tally } from './test-events';

type Server = { up: boolean; received: string[] };

const opened: Sync[] = [];
afterEach(() => {
  for (const sync of opened.splice(0)) sync.stop();
});

// Two tabs of the booth on one device: one IndexedDB, two pages, each with its own sync loop, joined
// by a BroadcastChannel as the browser joins them (Node has the same class).
function twoTabs(server: Server, channelName: string | null) {
  const indexedDB = new IDBFactory();
  const tab = () => {
    const changes = channelName === null ? undefined : outboxChanges(channelName);
    const sync = createSync({
      outbox: openOutbox('tabs-test', { indexedDB, IDBKeyRange }),
      send: async (events: readonly PasoEvent[]): Promise<ApiResult<readonly EventOutcome[]>> => {
        if (!server.up) return err(clientProblem(CLIENT_CODES.network));
        server.received.push(...events.map((e) => e.id));
        return ok(events.map((e, index) => ({ id: e.id, index, status: 'applied' as const })));
      },
      schedule: () => () => undefined,
      now: () => new Date('2026-04-04T17:31:00Z'),
      online: true,
      changes,
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
});
