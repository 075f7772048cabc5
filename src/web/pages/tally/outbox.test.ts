// The tally outbox batches presses made while a request is in flight, loses none on a failed send
// or a reload, and keeps the events the server refused apart.
import { describe, expect, it } from 'vitest';
import type { EventOutcome, PasoEvent } from '../../../api/events';
import type { ApiResult } from '../../api/client';
import { createOutbox, type OutboxState } from './outbox';

const tally = (n: number): PasoEvent => ({
  kind: 'tally',
  id: `0c0a0000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  at: '2025-11-27T15:00:00.000Z',
  checkpoint: 'PE-SANTA-ROSA',
  direction: 'entry',
  category: 'woman',
  count: 1,
});

const applied = (events: readonly PasoEvent[]): ApiResult<readonly EventOutcome[]> => ({
  ok: true,
  value: events.map((e, index) => ({ id: e.id, index, status: 'applied' as const })),
});

const offline: ApiResult<readonly EventOutcome[]> = {
  ok: false,
  error: { type: 'about:blank', title: 'offline', status: 0, errors: [] },
};

// A server whose answers the test releases one at a time, and a clock the test runs by hand.
function harness(stored: string | null = null) {
  const sent: PasoEvent[][] = [];
  const answers: ((result: ApiResult<readonly EventOutcome[]>) => void)[] = [];
  const timers: (() => void)[] = [];
  const storage = new Map<string, string>(stored === null ? [] : [['k', stored]]);
  let state: OutboxState | null = null;
  const outbox = createOutbox({
    send: (events) => {
      sent.push([...events]);
      return new Promise((resolve) => answers.push(resolve));
    },
    storage: { getItem: (k) => storage.get(k) ?? null, setItem: (k, v) => void storage.set(k, v) },
    key: 'k',
    onChange: (s) => {
      state = s;
    },
    schedule: (run) => {
      timers.push(run);
      return () => undefined;
    },
  });
  const answer = async (result: (events: readonly PasoEvent[]) => ApiResult<readonly EventOutcome[]>) => {
    // One request at a time: the answer is to the last batch sent.
    answers.shift()?.(result(sent.at(-1) ?? []));
    // Let the outbox take the answer (and send its next batch) before the test looks.
    await new Promise((r) => setTimeout(r, 0));
  };
  return { outbox, sent, answer, timers, storage, state: () => state };
}

describe('the tally outbox', () => {
  it('sends presses made while a request is in flight together in the next one', async () => {
    const h = harness();
    h.outbox.add(tally(1));
    h.outbox.add(tally(2));
    h.outbox.add(tally(3));
    expect(h.sent.map((b) => b.length)).toEqual([1]);
    expect(h.state()?.pending).toHaveLength(3);
    await h.answer(applied);
    expect(h.sent.map((b) => b.map((e) => e.id))).toEqual([[tally(1).id], [tally(2).id, tally(3).id]]);
    await h.answer(applied);
    expect(h.state()).toMatchObject({ pending: [], sending: false, problem: null });
    expect(h.storage.get('k')).toBe('[]');
  });

  it('keeps every event through a failed send and sends them again later', async () => {
    const h = harness();
    h.outbox.add(tally(1));
    await h.answer(() => offline);
    expect(h.state()?.pending).toHaveLength(1);
    expect(h.state()?.problem?.status).toBe(0);
    h.outbox.add(tally(2));
    expect(h.sent).toHaveLength(2);
    await h.answer(() => offline);
    h.timers.shift()?.();
    expect(h.sent.at(-1)?.map((e) => e.id)).toEqual([tally(1).id, tally(2).id]);
    await h.answer(applied);
    expect(h.state()).toMatchObject({ pending: [], problem: null });
  });

  it('sends what a reload left in storage, skipping what cannot be read', async () => {
    const h = harness(JSON.stringify([tally(7), { kind: 'tally', id: 'broken' }]));
    h.outbox.flush();
    expect(h.sent).toEqual([[tally(7)]]);
    await h.answer(applied);
    expect(h.state()?.pending).toEqual([]);
  });

  it('lists the events the server refused and does not send them again', async () => {
    const h = harness();
    h.outbox.add(tally(1));
    await h.answer((events) => ({
      ok: true,
      value: events.map((e, index) => ({ id: e.id, index, status: 'problem' as const })),
    }));
    expect(h.state()?.refused.map((r) => r.event.id)).toEqual([tally(1).id]);
    expect(h.state()?.pending).toEqual([]);
    expect(h.sent).toHaveLength(1);
  });
});
