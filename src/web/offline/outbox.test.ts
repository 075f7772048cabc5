import { IDBCursor, IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import { openOutbox } from './outbox';
import { idOf, tally } from './test-events';

const fresh = () => openOutbox('test-outbox', { indexedDB: new IDBFactory(), IDBKeyRange });

describe('the outbox', () => {
  it("gives the next batch only the officer's own records, and older records made before makers were noted", async () => {
    const outbox = fresh();
    await outbox.put([tally(1)]);
    await outbox.put([tally(2)], { id: 'u-1', username: 'oficial.santarosa' });
    await outbox.put([tally(3)], { id: 'u-2', username: 'oficial.chacalluta' });
    expect((await outbox.next(10, 'u-2')).map((r) => r.id)).toEqual([idOf(1), idOf(3)]);
    expect((await outbox.summary('u-2')).others).toEqual([{ username: 'oficial.santarosa', count: 1 }]);
    expect((await outbox.next(10)).map((r) => r.id)).toEqual([idOf(1), idOf(2), idOf(3)]);
  });

  it('keeps records in the order they were made, each under its own id', async () => {
    const outbox = fresh();
    await outbox.put([tally(2), tally(1)]);
    await outbox.put([tally(3)]);
    const records = await outbox.list();
    expect(records.map((r) => r.id)).toEqual([idOf(2), idOf(1), idOf(3)]);
    expect(records.every((r) => r.refusal === null)).toBe(true);
  });

  it('keeps its records when the database is opened again (a reload)', async () => {
    const indexedDB = new IDBFactory();
    const first = openOutbox('reload', { indexedDB, IDBKeyRange });
    await first.put([tally(1), tally(2)]);
    await first.setLastSync('2026-04-04T17:31:00.000Z');
    first.close();
    const again = openOutbox('reload', { indexedDB, IDBKeyRange });
    expect((await again.list()).map((r) => r.id)).toEqual([idOf(1), idOf(2)]);
    expect(await again.lastSync()).toBe('2026-04-04T17:31:00.000Z');
  });

  it('keeps a refused record with its reason, and a corrected version replaces it under the same id', async () => {
    const outbox = fresh();
    await outbox.put([tally(1)]);
    const refusal = { code: 'tally.count-range', title: 'Count', detail: 'too many', errors: [] };
    await outbox.refuse([{ id: idOf(1), refusal }]);
    expect((await outbox.list())[0]?.refusal).toEqual(refusal);
    await outbox.put([{ ...tally(1), count: 2 }]);
    const records = await outbox.list();
    expect(records).toHaveLength(1);
    expect(records[0]?.refusal).toBeNull();
    expect(records[0]?.event).toMatchObject({ count: 2 });
  });

  it('lets records go only by their ids', async () => {
    const outbox = fresh();
    await outbox.put([tally(1), tally(2), tally(3)]);
    await outbox.remove([idOf(2)]);
    expect((await outbox.list()).map((r) => r.id)).toEqual([idOf(1), idOf(3)]);
  });

  it('has no last sync before the first', async () => {
    expect(await fresh().lastSync()).toBeNull();
  });

  it('sets a refused record aside: off the screen, still on the device, back in the queue if corrected', async () => {
    const indexedDB = new IDBFactory();
    const outbox = openOutbox('aside', { indexedDB, IDBKeyRange });
    await outbox.put([tally(1), tally(2), tally(3)]);
    const refusal = { code: 'tally.count-range', title: 'Count', detail: 'too many', errors: [] };
    await outbox.refuse([{ id: idOf(2), refusal }]);
    // A record waiting to be sent is not the officer's to set aside.
    await outbox.setAside([idOf(1), idOf(2)], '2026-04-04T18:00:00.000Z');
    const summary = await outbox.summary();
    expect([summary.total, summary.refused]).toEqual([2, []]);
    expect(summary.setAside.map((r) => [r.id, r.refusal?.code, r.setAsideAt])).toEqual([
      [idOf(2), 'tally.count-range', '2026-04-04T18:00:00.000Z'],
    ]);
    expect((await outbox.next(10)).map((r) => r.id)).toEqual([idOf(1), idOf(3)]);
    outbox.close();
    const again = openOutbox('aside', { indexedDB, IDBKeyRange });
    expect((await again.listSetAside()).map((r) => r.id)).toEqual([idOf(2)]);
    await again.put([{ ...tally(2), count: 2 }]);
    expect(await again.listSetAside()).toEqual([]);
    expect((await again.next(10)).map((r) => r.id)).toEqual([idOf(1), idOf(3), idOf(2)]);
  });

  it('counts what waits, refused and by officer, without reading every record (a long outage, each press)', async () => {
    const outbox = fresh();
    const santarosa = { id: 'u-1', username: 'oficial.santarosa' };
    const chacalluta = { id: 'u-2', username: 'oficial.chacalluta' };
    await outbox.put(
      Array.from({ length: 600 }, (_, i) => tally(i + 1)),
      santarosa,
    );
    await outbox.put([tally(601), tally(602)], chacalluta);
    await outbox.put([tally(603)]);
    const refusal = { code: 'date.future', title: 'Future', detail: '', errors: [] };
    const ahead = {
      code: 'validation',
      title: 'The event is not valid',
      detail: 'at: ahead',
      errors: [{ path: 'at', code: 'event.in-future', message: 'ahead' }],
    };
    await outbox.refuse([
      { id: idOf(2), refusal },
      { id: idOf(602), refusal },
      // Dated after the server's clock: it waits (for its officer), it is not refused.
      { id: idOf(3), refusal: ahead },
    ]);
    // Each record a read goes through is a step of a cursor: the counts take a few, not 603.
    const steps = vi.spyOn(IDBCursor.prototype, 'continue');
    const summary = await outbox.summary('u-1');
    expect(steps.mock.calls.length).toBeLessThan(10);
    steps.mockRestore();
    expect(summary.total).toBe(603);
    expect(summary.refused.map((r) => r.id)).toEqual([idOf(2), idOf(602)]);
    expect(summary.ahead.map((r) => r.id)).toEqual([idOf(3)]);
    expect(summary.others).toEqual([{ username: 'oficial.chacalluta', count: 1 }]);
    expect((await outbox.summary('u-2')).others).toEqual([{ username: 'oficial.santarosa', count: 599 }]);
  });

  it('numbers each record after every record made before, also once those were sent or set aside', async () => {
    const outbox = fresh();
    await outbox.put([tally(1), tally(2)]);
    await outbox.refuse([{ id: idOf(1), refusal: { code: 'x', title: 'x', detail: '', errors: [] } }]);
    await outbox.setAside([idOf(1)], '2026-04-04T18:00:00.000Z');
    await outbox.remove([idOf(2)]);
    await outbox.put([tally(3)]);
    expect((await outbox.list()).map((r) => r.seq)).toEqual([3]);
    expect((await outbox.listSetAside()).map((r) => r.seq)).toEqual([1]);
  });

  it('tells which records are still on the device, set aside ones too, and not those sent', async () => {
    const outbox = fresh();
    await outbox.put([tally(1), tally(2), tally(3)]);
    await outbox.refuse([{ id: idOf(1), refusal: { code: 'x', title: 'x', detail: '', errors: [] } }]);
    await outbox.setAside([idOf(1)], '2026-04-04T18:00:00.000Z');
    await outbox.remove([idOf(2)]);
    expect([...(await outbox.kept([idOf(1), idOf(2), idOf(3), idOf(4)]))].sort()).toEqual([idOf(1), idOf(3)]);
  });

  it('finds the records an earlier version refused once the database is upgraded', async () => {
    const indexedDB = new IDBFactory();
    const refusal = { code: 'tally.count-range', title: 'Count', detail: 'too many', errors: [] };
    // Version 2, as the app before this one left it: no index of refused records.
    await new Promise<void>((resolve, reject) => {
      const open = indexedDB.open('upgrade', 20);
      open.onupgradeneeded = () => {
        open.result.createObjectStore('records', { keyPath: 'id' }).createIndex('seq', 'seq');
        open.result.createObjectStore('settings', { keyPath: 'key' });
        open.result.createObjectStore('setAside', { keyPath: 'id' }).createIndex('seq', 'seq');
        const records = open.transaction?.objectStore('records');
        records?.put({ id: idOf(1), seq: 1, event: tally(1), refusal: null });
        records?.put({ id: idOf(2), seq: 2, event: tally(2), refusal });
      };
      open.onsuccess = () => {
        open.result.close();
        resolve();
      };
      open.onerror = () => reject(open.error);
    });
    const outbox = openOutbox('upgrade', { indexedDB, IDBKeyRange });
    const summary = await outbox.summary();
    expect([summary.total, summary.refused.map((r) => [r.id, r.refusal])]).toEqual([2, [[idOf(2), refusal]]]);
    expect((await outbox.next(10)).map((r) => r.id)).toEqual([idOf(1)]);
  });
});
