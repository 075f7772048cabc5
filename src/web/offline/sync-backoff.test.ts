import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import type { EventOutcome, PasoEvent } from '../../api/events';
import { err, ok } from '../../domain/shared';
import type { ApiResult } from '../api/client';
import { CLIENT_CODES, clientProblem } from '../api/problem';
import { openOutbox } from './outbox';
import { createSync } from './sync';
import { RETRY_MS, SEND_TIMEOUT_MS } from './sync-rules';
import { idOf, tally } from './test-events';

type Mode = 'answers' | 'unreachable' | 'silent';

/**
 * A server behind a link that answers, refuses every connection ('unreachable'), or takes the request,
 * applies it and never answers ('silent'). It applies each id once and answers `duplicate` after.
 */
function serverBehind(mode: Mode) {
  const server = {
    mode,
    requests: [] as string[][],
    applied: [] as string[],
    signals: [] as AbortSignal[],
  };
  const apply = (events: readonly PasoEvent[]): EventOutcome[] =>
    events.map((e, index) => {
      const again = server.applied.includes(e.id);
      if (!again) server.applied.push(e.id);
      return { id: e.id, index, status: again ? 'duplicate' : 'applied' };
    });
  const send = (events: readonly PasoEvent[], signal: AbortSignal) => {
    server.requests.push(events.map((e) => e.id));
    server.signals.push(signal);
    if (server.mode === 'unreachable') return Promise.resolve(err(clientProblem(CLIENT_CODES.network)));
    const outcomes = apply(events);
    if (server.mode === 'answers') return Promise.resolve(ok(outcomes));
    return new Promise<ApiResult<readonly EventOutcome[]>>(() => undefined);
  };
  return { server, send };
}

/** A booth online (as the browser says) whose timers run only when the test says so. */
function booth(mode: Mode) {
  const outbox = openOutbox('sync-backoff', { indexedDB: new IDBFactory(), IDBKeyRange });
  const { server, send } = serverBehind(mode);
  const timers: { run: () => void; ms: number }[] = [];
  const sync = createSync({
    outbox,
    send,
    schedule: (run, ms) => {
      const timer = { run, ms };
      timers.push(timer);
      return () => {
        if (timers.includes(timer)) timers.splice(timers.indexOf(timer), 1);
      };
    },
    now: () => new Date('2026-04-04T17:31:00Z'),
    online: true,
  });
  /** Runs the retry's timer, and waits for the try it starts. */
  const runTimers = async () => {
    for (const timer of timers.splice(0)) timer.run();
    await sync.flush();
  };
  // Between sends only the retry's timer waits: a send's time limit ends with it.
  const waits = () => timers.map((t) => t.ms);
  return { outbox, server, sync, timers, runTimers, waits };
}

describe('the sync loop while no server answers, though the browser says it is online', () => {
  it('sends nothing more when records are made after a failed send: they wait for the retry', async () => {
    const { server, sync, runTimers, outbox } = booth('unreachable');
    expect(await sync.submit([tally(1)])).toEqual({ kind: 'queued' });
    for (let n = 2; n <= 20; n += 1) expect(await sync.submit([tally(n)])).toEqual({ kind: 'queued' });
    // One request for twenty records: each new one did not send the first batch again.
    expect(server.requests).toHaveLength(1);
    expect(sync.getState()).toMatchObject({ waiting: 20, serverUnreachable: true });
    // The retry sends them all together, once.
    await runTimers();
    expect(server.requests).toHaveLength(2);
    expect(server.requests[1]).toHaveLength(20);
    server.mode = 'answers';
    await runTimers();
    expect(server.requests).toHaveLength(3);
    expect(await outbox.list()).toEqual([]);
    expect(server.applied).toEqual(Array.from({ length: 20 }, (_, i) => idOf(i + 1)));
  });

  it('waits longer after each failed try, up to a minute, and from the shortest again after a success', async () => {
    const { server, sync, runTimers, waits } = booth('unreachable');
    await sync.submit([tally(1)]);
    const seen = [waits()];
    for (let i = 0; i < RETRY_MS.length; i += 1) {
      await sync.submit([tally(10 + i)]);
      await runTimers();
      seen.push(waits());
    }
    expect(seen).toEqual([[1_000], [2_000], [5_000], [10_000], [30_000], [60_000], [60_000]]);
    // One request per try, whatever was made in between.
    expect(server.requests).toHaveLength(1 + RETRY_MS.length);
    server.mode = 'answers';
    await runTimers();
    expect(sync.getState().waiting).toBe(0);
    server.mode = 'unreachable';
    await sync.submit([tally(2)]);
    expect(waits()).toEqual([1_000]);
  });

  it('starts again at once when the network comes back, and when the officer asks', async () => {
    const { server, sync, waits } = booth('unreachable');
    await sync.submit([tally(1)]);
    await sync.submit([tally(2)]);
    expect(server.requests).toHaveLength(1);
    // The officer presses "Reintentar": a try at once, the wait grows.
    await sync.flush();
    expect(server.requests).toHaveLength(2);
    expect(waits()).toEqual([2_000]);
    // The browser's 'online' event: a try at once, from the shortest wait.
    sync.setOnline(false);
    sync.setOnline(true);
    await sync.flush();
    expect(waits()).toEqual([1_000]);
    server.mode = 'answers';
    sync.setOnline(true);
    await sync.flush();
    expect(sync.getState().waiting).toBe(0);
    // With the server answering again, a new record goes at once.
    expect(await sync.submit([tally(3)])).toMatchObject({ kind: 'sent' });
  });

  it('gives up a send left unanswered, keeps its records, and applies each once when the server answers', async () => {
    const { server, sync, runTimers, outbox, timers, waits } = booth('silent');
    const first = sync.submit([tally(1)]);
    await expect.poll(() => timers.map((t) => t.ms)).toEqual([SEND_TIMEOUT_MS]);
    // Made while the first send hangs: it waits, and no second request goes meanwhile.
    const second = sync.submit([tally(2)]);
    // The time limit passes: the send is aborted and answered as no server.
    for (const timer of timers.splice(0)) timer.run();
    expect(await first).toEqual({ kind: 'queued' });
    expect(await second).toEqual({ kind: 'queued' });
    expect(server.signals[0]?.aborted).toBe(true);
    expect(server.requests).toEqual([[idOf(1)]]);
    expect(sync.getState()).toMatchObject({ waiting: 2, serverUnreachable: true });
    expect(waits()).toEqual([1_000]);
    // The server had stored the first record: the retry's answer says duplicate, and both leave.
    server.mode = 'answers';
    await runTimers();
    expect(server.requests).toEqual([[idOf(1)], [idOf(1), idOf(2)]]);
    expect(server.applied).toEqual([idOf(1), idOf(2)]);
    expect(sync.outcomeOf(idOf(1))).toMatchObject({ status: 'duplicate' });
    expect(await outbox.list()).toEqual([]);
  });
});
