import { describe, expect, it } from 'vitest';
import { appendToLog, replayConvoy } from './convoy-log';
import type { LoggedEvent, Stop } from './types';

const STOPS: Stop[] = ['TACNA', 'NAZCA', 'TUMBES'].map((code) => ({
  code,
  name: code,
  latitude: 0,
  longitude: 0,
}));
const P = '00000000-0000-4000-8000-000000000001';
const event = (id: number, at: string, body: Record<string, unknown>): LoggedEvent =>
  ({ id: `00000000-0000-4000-8000-0000000001${String(id).padStart(2, '0')}`, at, ...body }) as LoggedEvent;
const BOARDED = event(1, '2025-11-28T10:00:00Z', { kind: 'boarding', personId: P, boarded: true });
const DEPARTED = event(2, '2025-11-28T11:00:00Z', { kind: 'departed' });

function append(log: LoggedEvent[], next: LoggedEvent, now = '2025-11-30T00:00:00Z') {
  const before = replayConvoy([P], log, STOPS);
  if (!before.ok) throw new Error(before.error.detail);
  return appendToLog([P], log, before.value, next, STOPS, now);
}
const correcting = (id: number, target: LoggedEvent, at = '2025-11-28T12:00:00Z') =>
  event(id, at, { kind: 'correction', corrects: target.id, reason: 'por error' });

describe('appendToLog with a correction', () => {
  it('puts the picture back to before the step it annuls', () => {
    const after = append([BOARDED, DEPARTED], correcting(3, DEPARTED));
    expect(after).toMatchObject({ ok: true, value: { status: 'boarding', departedAt: null } });
    expect(after.ok && after.value.lastStep?.id).toBe(BOARDED.id);
  });
  it.each([
    ['a boarding check (corrected by another check)', [BOARDED], BOARDED, 'sequence.not-correctable'],
    ['a step that is not the last', [BOARDED, DEPARTED], BOARDED, 'sequence.correction-not-last'],
  ])('refuses to annul %s', (_, log, target, code) => {
    expect(append(log, correcting(3, target))).toMatchObject({ ok: false, error: { code } });
  });
  it('refuses a correction earlier than the last event of the log', () => {
    const late = correcting(3, DEPARTED, '2025-11-28T10:30:00Z');
    expect(append([BOARDED, DEPARTED], late)).toMatchObject({
      ok: false,
      error: { code: 'sequence.time-order' },
    });
  });
  it('refuses to reopen a cancelled convoy', () => {
    const cancelled = event(3, '2025-11-28T12:00:00Z', { kind: 'cancelled', reason: 'bloqueo' });
    const undo = correcting(4, cancelled, '2025-11-28T13:00:00Z');
    expect(append([BOARDED, cancelled], undo)).toMatchObject({
      ok: false,
      error: { code: 'sequence.finished' },
    });
  });
});

describe('appendToLog against the server clock', () => {
  const NOW = '2025-11-28T10:30:00.000Z';
  it('takes a step dated up to five minutes after the server clock (a device a little ahead)', () => {
    const ahead = event(2, '2025-11-28T10:35:00.000Z', { kind: 'departed' });
    expect(append([BOARDED], ahead, NOW)).toMatchObject({ ok: true, value: { status: 'departed' } });
  });
  it('refuses a step dated later, which would close the log to every true step until then', () => {
    const later = event(2, '2025-11-28T10:35:01.000Z', { kind: 'departed' });
    expect(append([BOARDED], later, NOW)).toMatchObject({ ok: false, error: { code: 'sequence.in-future' } });
    const correction = correcting(3, BOARDED, '2025-11-29T10:00:00.000Z');
    expect(append([BOARDED], correction, NOW)).toMatchObject({
      ok: false,
      error: { code: 'sequence.in-future' },
    });
  });
});
