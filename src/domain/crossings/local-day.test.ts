import { describe, expect, it } from 'vitest';
import { localDayBounds } from './local-day';

describe('localDayBounds', () => {
  it.each([
    ['2025-11-27', 'America/Lima', '2025-11-27T05:00:00.000Z', '2025-11-28T05:00:00.000Z'],
    // Summer time ends at 00:00 on 5 April 2026 in Santiago: 4 April is 25 hours long.
    ['2026-04-04', 'America/Santiago', '2026-04-04T03:00:00.000Z', '2026-04-05T04:00:00.000Z'],
    // Summer time starts on 6 September 2026: that day has no hour 00 and 23 hours in all.
    ['2026-09-06', 'America/Santiago', '2026-09-06T04:00:00.000Z', '2026-09-07T03:00:00.000Z'],
    ['2026-01-01', 'UTC', '2026-01-01T00:00:00.000Z', '2026-01-02T00:00:00.000Z'],
  ])('spans %s in %s from %s to %s', (date, zone, from, to) => {
    expect(localDayBounds(date, zone)).toEqual({ from, to });
  });
});
