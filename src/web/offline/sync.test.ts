import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import type { EventOutcome, PasoEvent } from '../../api/events';
import { err, ok } from '../../domain/shared';
import type { ApiResult } from '../api/client';
import { CLIENT_CODES, clientProblem, toProblem } from '../api/problem';
import { type Maker, openOutbox } from './outbox';
import { createSync } from './sync';
import { crossing, idOf, tally } from './test-events';

type Answer = (events: readonly PasoEvent[]) => ApiResult<readonly EventOutcome[]>;

const applyAll: Answer = (events) => ok(events.map((e, index) => ({ id: e.id, index, status: 'applied' })));
const offline: Answer = () => err(clientProblem(CLIENT_CODES.network));
/** Refuses the second tally as dated in the future and applies the rest. */
const refuseTwo: Answer = (events) =>
  ok(
    events.map((e, index) =>
      e.id === idOf(2)
        ? {
            id: e.id,
            index,
            status: 'problem' as const,
            problem: { code: 'date.future', title: 'Future', detail: 'd', errors: [] },
          }
        : { id: e.id, index, status: 'applied' as const },
    ),
  );

/** A sync over a fresh outbox whose server answers with `answer` and whose timers run when told. */
function setUp(options: { online?: boolean; answer?: Answer; maker?: () => Maker | null } = {}) {
  const outbox = openOutbox('sync-test', { indexedDB: new IDBFactory(), IDBKeyRange });
  const server = { answer: options.answer ?? applyAll, batches: [] as PasoEvent[][] };
  const timers: { run: () => void; ms: number }[] = [];
  const sync = createSync({
    outbox,
    send: async (events) => {
      server.batches.push([...events]);
      return server.answer(events);
    },
    schedule: (run, ms) => {
      const timer = { run, ms };
      timers.push(timer);
      // A timer that has run is no longer listed: cancelling it then takes nothing away.
      return () => {
        if (timers.includes(timer)) timers.splice(timers.indexOf(timer), 1);
      };
    },
    now: () => new Date('2026-04-04T17:31:00Z'),
    online: options.online ?? true,
    maker: options.maker,
  });
  const runTimers = async () => {
    for (const timer of timers.splice(0)) timer.run();
    await sync.flush();
  };
  return { outbox, server, timers, sync, runTimers };
}

describe('the sync loop', () => {
  it('sends a record at once and answers with its outcome; the outbox is empty after', async () => {
    const { sync, outbox } = setUp();
    const result = await sync.submit([tally(1)]);
    expect(result).toEqual({ kind: 'sent', outcomes: [{ id: idOf(1), index: 0, status: 'applied' }] });
    expect(await outbox.list()).toEqual([]);
    expect(sync.getState()).toMatchObject({
      waiting: 0,
      lastSync: '2026-04-04T17:31:00.000Z',
      problem: null,
    });
  });

  it('keeps records made offline, sends nothing, and drains them when the network returns', async () => {
    const { sync, server, outbox } = setUp({ online: false });
    expect(await sync.submit([tally(1)])).toEqual({ kind: 'queued' });
    await sync.submit([tally(2), tally(3)]);
    expect(server.batches).toEqual([]);
    expect(sync.getState()).toMatchObject({ online: false, waiting: 3, lastSync: null });
    sync.setOnline(true);
    await sync.flush();
    expect(server.batches.map((b) => b.map((e) => e.id))).toEqual([[idOf(1), idOf(2), idOf(3)]]);
    expect(await outbox.list()).toEqual([]);
    expect(sync.getState().waiting).toBe(0);
  });

  it('tells the outcome of a record kept offline once a later sync sent it', async () => {
    const { sync } = setUp({ online: false });
    await sync.submit([tally(1)]);
    expect(sync.outcomeOf(idOf(1))).toBeUndefined();
    sync.setOnline(true);
    await sync.flush();
    expect(sync.outcomeOf(idOf(1))).toEqual({ id: idOf(1), index: 0, status: 'applied' });
  });

  it('tells the officer of a crossing screening held when a later sync sent it, until they have read it', async () => {
    // Screening holds the first and the third crossing.
    const holdOddOnes: Answer = (events) =>
      ok(
        events.map((e, index) => ({
          id: e.id,
          index,
          status: 'applied' as const,
          screening: e.id === idOf(1) || e.id === idOf(3) ? ('hold' as const) : ('clear' as const),
        })),
      );
    const { sync } = setUp({ online: false, answer: holdOddOnes });
    await sync.submit([crossing(1), crossing(2)]);
    expect(sync.getState().heldLater).toEqual([]);
    sync.setOnline(true);
    await sync.flush();
    expect(sync.getState().heldLater.map((r) => r.event)).toEqual([expect.objectContaining({ id: idOf(1) })]);
    // One answered while the booth waited is the booth's to show: it is not added here.
    expect(await sync.submit([crossing(3)])).toMatchObject({ kind: 'sent' });
    expect(sync.getState().heldLater.map((r) => r.id)).toEqual([idOf(1)]);
    sync.heldLaterRead([idOf(1)]);
    expect(sync.getState().heldLater).toEqual([]);
  });

  it('lets a record go when the server already had it (duplicate)', async () => {
    const { sync, outbox } = setUp({
      answer: (events) => ok(events.map((e, index) => ({ id: e.id, index, status: 'duplicate' }))),
    });
    await sync.submit([tally(1)]);
    expect(await outbox.list()).toEqual([]);
  });

  it('keeps a refused record with its reason and does not send it again by itself', async () => {
    const { sync, server, outbox } = setUp({
      answer: refuseTwo,
    });
    await sync.submit([tally(1), tally(2)]);
    expect((await outbox.list()).map((r) => [r.id, r.refusal?.code])).toEqual([[idOf(2), 'date.future']]);
    expect(sync.getState()).toMatchObject({ waiting: 0, refused: [{ id: idOf(2) }] });
    await sync.flush();
    expect(server.batches).toHaveLength(1);
  });

  it("sends only the signed-in officer's records; another officer's wait until that officer signs in again", async () => {
    const santaRosa = { id: 'u-1', username: 'oficial.santarosa' };
    const chacalluta = { id: 'u-2', username: 'oficial.chacalluta' };
    let signedIn: Maker = santaRosa;
    const { sync, server } = setUp({ online: false, maker: () => signedIn });
    await sync.submit([tally(1), tally(2)]);

    // The session ended during the outage; a colleague signs in on the same device.
    signedIn = chacalluta;
    sync.setOnline(true);
    await sync.flush();
    expect(server.batches).toEqual([]);
    expect(sync.getState()).toMatchObject({
      waiting: 0,
      othersWaiting: [{ username: 'oficial.santarosa', count: 2 }],
    });
    await sync.submit([tally(3)]);
    expect(server.batches.flat().map((e) => e.id)).toEqual([idOf(3)]);

    signedIn = santaRosa;
    await sync.flush();
    expect(server.batches.flat().map((e) => e.id)).toEqual([idOf(3), idOf(1), idOf(2)]);
    expect(sync.getState()).toMatchObject({ waiting: 0, othersWaiting: [] });
  });

  it('sends nothing while nobody is signed in, and the records go once their officer signs in', async () => {
    const santaRosa = { id: 'u-1', username: 'oficial.santarosa' };
    let signedIn: Maker | null = santaRosa;
    const { sync, server, outbox } = setUp({ online: false, maker: () => signedIn });
    await sync.submit([tally(1), tally(2)]);

    // Signed out during the outage; the network returns on the login page.
    signedIn = null;
    sync.setOnline(true);
    await sync.flush();
    expect(server.batches).toEqual([]);
    expect(await outbox.list()).toHaveLength(2);

    signedIn = santaRosa;
    await sync.flush();
    expect(server.batches.flat().map((e) => e.id)).toEqual([idOf(1), idOf(2)]);
    expect(await outbox.list()).toEqual([]);
  });

  it('keeps every record after a failed send and tries again later, waiting longer each time', async () => {
    const { sync, server, timers, runTimers, outbox } = setUp({ answer: offline });
    expect(await sync.submit([tally(1)])).toEqual({ kind: 'queued' });
    expect(timers.map((t) => t.ms)).toEqual([1_000]);
    await runTimers();
    expect(timers.map((t) => t.ms)).toEqual([2_000]);
    expect(sync.getState().problem?.code).toBe(CLIENT_CODES.network);
    server.answer = applyAll;
    await runTimers();
    expect(await outbox.list()).toEqual([]);
    expect(timers).toEqual([]);
    expect(sync.getState().problem).toBeNull();
  });

  it('starts again at once, from the shortest wait, when the network returns', async () => {
    const { sync, server, timers } = setUp({ answer: offline });
    await sync.submit([tally(1)]);
    await sync.flush();
    await sync.flush();
    expect(timers.map((t) => t.ms)).toEqual([5_000]);
    sync.setOnline(true);
    await sync.flush();
    expect(timers.map((t) => t.ms)).toEqual([1_000]);
    server.answer = applyAll;
    sync.setOnline(true);
    await sync.flush();
    expect(sync.getState().waiting).toBe(0);
  });

  it('sends a long outbox in batches, oldest first, until it is empty', async () => {
    const { sync, server } = setUp({ online: false });
    await sync.submit(Array.from({ length: 600 }, (_, i) => tally(i + 1)));
    sync.setOnline(true);
    await sync.flush();
    expect(server.batches.map((b) => b.length)).toEqual([250, 250, 100]);
    expect(server.batches[0]?.[0]?.id).toBe(idOf(1));
    expect(sync.getState().waiting).toBe(0);
  });

  it('keeps records the answer does not speak of, and stops rather than ask forever', async () => {
    const { sync, server, outbox } = setUp({ answer: () => ok([]) });
    await sync.submit([tally(1)]);
    expect(server.batches).toHaveLength(1);
    expect((await outbox.list()).map((r) => r.id)).toEqual([idOf(1)]);
  });

  it('never goes back to an older count when reads of the outbox finish out of order', async () => {
    const outbox = openOutbox('sync-order', { indexedDB: new IDBFactory(), IDBKeyRange });
    // The first read of the outbox counts, then answers only after everything else is done.
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    let armed = false;
    let slowTaken = false;
    const slowFirst = {
      ...outbox,
      summary: async () => {
        const slow = armed && !slowTaken;
        if (slow) slowTaken = true;
        const read = await outbox.summary();
        if (slow) await gate;
        return read;
      },
    };
    const sync = createSync({
      outbox: slowFirst,
      send: async () => offline([]),
      schedule: () => () => undefined,
      now: () => new Date('2026-04-04T17:31:00Z'),
      online: false,
    });
    await sync.flush();
    armed = true;
    const shown: number[] = [];
    sync.subscribe(() => shown.push(sync.getState().waiting));
    const first = sync.submit([tally(1)]);
    while (!slowTaken) await new Promise((resolve) => setTimeout(resolve, 1));
    await sync.submit([tally(2)]);
    release();
    await first;
    expect(sync.getState().waiting).toBe(2);
    expect(shown.filter((n, i) => i > 0 && n < (shown[i - 1] ?? 0))).toEqual([]);
  });

  const offlineFlags = async (outbox: ReturnType<typeof setUp>['outbox']) =>
    (await outbox.list()).map((r) => [r.id, r.event.offline ?? false]);

  it.each([
    ['no answer (connection refused)', offline],
    ['a proxy answering 502', () => err(toProblem(502, '<html>Bad Gateway</html>'))],
    ['a proxy answering 503', () => err(toProblem(503, undefined))],
    ['a gateway timeout', () => err(toProblem(504, undefined))],
  ] as const)(
    'marks the records made after a send got %s, though the network was up, and resends the one tried as it was',
    async (_, answer) => {
      const { sync, server, outbox, runTimers } = setUp({ answer });
      // Tried once: the server may have stored it before the answer was lost, so it is never changed.
      expect(await sync.submit([tally(1)])).toEqual({ kind: 'queued' });
      await sync.submit([tally(2), tally(3)]);
      expect(await offlineFlags(outbox)).toEqual([
        [idOf(1), false],
        [idOf(2), true],
        [idOf(3), true],
      ]);
      // The screen says so too: no server, though the browser says it is online.
      expect(sync.getState()).toMatchObject({ online: true, serverUnreachable: true });
      server.answer = applyAll;
      await runTimers();
      expect(sync.getState().serverUnreachable).toBe(false);
      expect(server.batches[0]).toEqual([tally(1)]);
      expect(server.batches.at(-1)?.map((e) => [e.id, e.offline ?? false])).toEqual([
        [idOf(1), false],
        [idOf(2), true],
        [idOf(3), true],
      ]);
      // Once the server answers again, records are no longer made offline.
      await sync.submit([tally(4)]);
      expect(server.batches.at(-1)?.map((e) => [e.id, e.offline ?? false])).toEqual([[idOf(4), false]]);
    },
  );

  it('marks a record made while the browser says it is offline', async () => {
    const { sync, server } = setUp({ online: false });
    await sync.submit([tally(1)]);
    sync.setOnline(true);
    await sync.flush();
    expect(server.batches.map((b) => b.map((e) => e.offline))).toEqual([[true]]);
  });

  it('does not mark records made after a server error: the server answered', async () => {
    const { sync, server, outbox } = setUp();
    await sync.submit([tally(1)]);
    expect(server.batches.map((b) => b.map((e) => e.offline))).toEqual([[undefined]]);
    server.answer = () => err(toProblem(500, { status: 500, title: 'Internal Server Error' }));
    await sync.submit([tally(2)]);
    await sync.submit([tally(3)]);
    expect(await offlineFlags(outbox)).toEqual([
      [idOf(2), false],
      [idOf(3), false],
    ]);
    expect(sync.getState().serverUnreachable).toBe(false);
  });

  it('sets a refused record aside when the officer asks, and still saves it with the export', async () => {
    const { sync, server } = setUp({ online: false, answer: refuseTwo });
    await sync.submit([tally(1), tally(2), tally(3)]);
    sync.setOnline(true);
    await sync.flush();
    expect(sync.getState().refused.map((r) => r.id)).toEqual([idOf(2)]);
    await sync.setAside([idOf(2)]);
    expect(sync.getState()).toMatchObject({ refused: [], waiting: 0 });
    expect(sync.getState().setAside.map((r) => [r.id, r.setAsideAt])).toEqual([
      [idOf(2), '2026-04-04T17:31:00.000Z'],
    ]);
    expect((await sync.records()).map((r) => r.id)).toEqual([idOf(2)]);
    await sync.flush();
    expect(server.batches).toHaveLength(1);
  });
});
