// A booth's device for server tests: the web app's own outbox (in a fake IndexedDB) and sync loop,
// sending its batches to the test server through app.inject() as the given user; every batch sent is
// kept, as sent, so a test can send them again in another order.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { FastifyInstance } from 'fastify';
import { EventBatchReply, type PasoEvent } from '../../src/api/events';
import { err, ok } from '../../src/domain/shared';
import { CLIENT_CODES, clientProblem, toProblem } from '../../src/web/api/problem';
import { openOutbox } from '../../src/web/offline/outbox';
import { createSync, type Sync } from '../../src/web/offline/sync';
import { as, type Login } from './app';

export interface Device {
  readonly sync: Sync;
  /** Every batch the device sent, in order, as sent. */
  readonly batches: PasoEvent[][];
  /** Cuts or restores the device's network (the sync loop is told, as the browser tells it). */
  setOnline(online: boolean): void;
  /** Sends from now on with another session (the officer signed in again). */
  signIn(who: Login): void;
}

export function makeDevice(app: FastifyInstance, who: Login, name: string, online = true): Device {
  const batches: PasoEvent[][] = [];
  let up = online;
  let session = who;
  const sync = createSync({
    outbox: openOutbox(name, { indexedDB: new IDBFactory(), IDBKeyRange }),
    send: async (events) => {
      if (!up) return err(clientProblem(CLIENT_CODES.network));
      batches.push([...events]);
      const response = await app.inject({
        method: 'POST',
        url: '/api/events',
        headers: as(session),
        payload: { events },
      });
      if (response.statusCode !== 200) return err(toProblem(response.statusCode, response.json()));
      return ok(EventBatchReply.parse(response.json()).outcomes);
    },
    // Retries are not timed here: a test flushes when it means to.
    schedule: () => () => undefined,
    now: () => new Date(),
    online,
  });
  return {
    sync,
    batches,
    signIn(next) {
      session = next;
    },
    setOnline(next) {
      up = next;
      sync.setOnline(next);
    },
  };
}
