import { describe, expect, it } from 'vitest';
import type { EventOutcome } from '../../api/events';
import {
  AHEAD_WAIT_MS,
  acceptedFrom,
  aheadDelay,
  isAheadRefusal,
  nextBatch,
  type OutboxRecord,
  RETRY_MS,
  retryDelay,
  settle,
} from './sync-rules';
import { idOf, tally } from './test-events';

const record = (n: number, refused = false): OutboxRecord => ({
  id: idOf(n),
  seq: n,
  event: tally(n),
  refusal: refused ? { code: 'tally.count-range', title: 'Bad count', detail: '', errors: [] } : null,
});

const outcome = (n: number, index: number, status: EventOutcome['status']): EventOutcome => ({
  id: idOf(n),
  index,
  status,
  ...(status === 'problem'
    ? { problem: { code: 'date.future', title: 'Future', detail: 'x', errors: [] } }
    : {}),
});

describe('nextBatch', () => {
  it('takes the oldest records first, up to the batch size', () => {
    const batch = nextBatch([record(3), record(1), record(2)], 2);
    expect(batch.map((r) => r.seq)).toEqual([1, 2]);
  });

  it('leaves refused records for the officer, not for the network', () => {
    expect(nextBatch([record(1, true), record(2)]).map((r) => r.seq)).toEqual([2]);
  });

  it('is empty when every record waits for a correction', () => {
    expect(nextBatch([record(1, true)])).toEqual([]);
  });
});

describe('settle', () => {
  it.each([
    ['applied', 'done'],
    ['duplicate', 'done'],
    ['problem', 'refused'],
  ] as const)('a record the server answered %s is %s', (status, where) => {
    const settled = settle([record(1)], [outcome(1, 0, status)]);
    expect(settled.done.length + settled.refused.length + settled.unanswered.length).toBe(1);
    expect(where === 'done' ? settled.done : settled.refused.map((r) => r.id)).toEqual([idOf(1)]);
  });

  it('keeps the reason of a refusal with the record', () => {
    const settled = settle([record(1)], [outcome(1, 0, 'problem')]);
    expect(settled.refused[0]?.refusal.code).toBe('date.future');
  });

  it('leaves in a record whose outcome is missing or does not line up with the batch', () => {
    const settled = settle(
      [record(1), record(2), record(3)],
      [outcome(1, 0, 'applied'), outcome(3, 1, 'applied')],
    );
    expect(settled.done).toEqual([idOf(1)]);
    expect(settled.unanswered).toEqual([idOf(2), idOf(3)]);
  });
});

describe('retryDelay', () => {
  it('waits longer after each failure and then stays at the longest wait', () => {
    const waits = [1, 2, 3, 4, 5, 6, 7, 50].map(retryDelay);
    expect(waits).toEqual([...RETRY_MS, 60_000, 60_000]);
    for (let i = 1; i < waits.length; i += 1) expect(waits[i]).toBeGreaterThanOrEqual(waits[i - 1] ?? 0);
  });
});

describe('records dated after the server clock', () => {
  const error = (code: string) => ({ path: 'at', code, message: code });
  const refusal = (code: string, errors: string[]) => ({
    code,
    title: 't',
    detail: 'd',
    errors: errors.map(error),
  });
  it.each([
    ['the server answers the time alone as in the future', refusal('validation', ['event.in-future']), true],
    ['the code alone says so', refusal('event.in-future', []), true],
    ['another field is wrong too', refusal('validation', ['event.in-future', 'date.future']), false],
    ['another rule refused it', refusal('validation', ['date.future']), false],
    ['the server refused it as a conflict', refusal('event.conflict', []), false],
  ])('wait for the server clock when %s: %s', (_, why, waits) => {
    expect(isAheadRefusal(why)).toBe(waits);
  });

  it('go again from their time less the server tolerance and a minute, a timer waiting an hour at most', () => {
    const at = Date.parse('2026-04-04T20:30:00Z');
    const ahead = { ...record(1), event: { ...record(1).event, at: new Date(at).toISOString() } };
    const waiting = { ...ahead, refusal: refusal('validation', ['event.in-future']) };
    expect(acceptedFrom(ahead.event)).toBe(at - 4 * 60_000);
    expect(aheadDelay([waiting], at - 30 * 60_000)).toBe(26 * 60_000);
    expect(aheadDelay([waiting], at - 5 * 3_600_000)).toBe(AHEAD_WAIT_MS.max);
    expect(aheadDelay([waiting], at)).toBe(AHEAD_WAIT_MS.min);
    expect(aheadDelay([record(2)], at)).toBeNull();
  });
});
