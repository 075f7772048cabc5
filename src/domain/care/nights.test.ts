import { describe, expect, it } from 'vitest';
import { cutoffInstant, lastNights, occupancyByNight } from './nights';

describe('occupancy by night', () => {
  it.each([
    ['2025-11-27', 'America/Lima', '2025-11-28T03:00:00.000Z'],
    // Chile keeps summer time in November (UTC-3), winter time in July (UTC-4).
    ['2025-11-27', 'America/Santiago', '2025-11-28T01:00:00.000Z'],
    ['2025-07-01', 'America/Santiago', '2025-07-02T02:00:00.000Z'],
  ])('puts the 22:00 cut-off of %s in %s at %s', (date, zone, instant) => {
    expect(cutoffInstant(date, zone)).toBe(instant);
  });

  it('counts whoever arrives at the cut-off and not whoever leaves at it', () => {
    const at = cutoffInstant('2025-11-26', 'America/Lima');
    const events = [
      { kind: 'check-in' as const, personId: 'a', bedKind: 'family' as const, at, seq: 1 },
      {
        kind: 'check-in' as const,
        personId: 'b',
        bedKind: 'general' as const,
        at: '2025-11-25T12:00:00.000Z',
        seq: 2,
      },
      { kind: 'check-out' as const, personId: 'b', bedKind: 'general' as const, at, seq: 3 },
    ];
    const nights = occupancyByNight(events, lastNights('2025-11-26', 2), 'America/Lima');
    expect(nights.map((n) => [n.date, n.people, n.byKind.family])).toEqual([
      ['2025-11-25', 1, 0],
      ['2025-11-26', 1, 1],
    ]);
  });
});
