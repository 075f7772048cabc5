import { describe, expect, it } from 'vitest';
import { isTimeZone, wallClock } from './wall-clock';

describe('isTimeZone', () => {
  it.each([
    ['America/Lima', true],
    ['America/Santiago', true],
    ['America/Nowhere', false],
    ['', false],
  ])('says whether %j is a time zone the runtime knows: %s', (zone, expected) => {
    expect(isTimeZone(zone)).toBe(expected);
  });
});

describe('wallClock', () => {
  it.each([
    // Tacna: UTC−5 all year. Santiago: UTC−3 in its summer (the 2025–26 one starts on 7 September).
    ['2025-11-27T04:59:59Z', 'America/Lima', '2025-11-26T23:59:59.000Z'],
    ['2025-11-27T05:00:00Z', 'America/Lima', '2025-11-27T00:00:00.000Z'],
    ['2025-11-27T02:30:00Z', 'America/Santiago', '2025-11-26T23:30:00.000Z'],
  ])('reads %s in %s as %s', (instant, zone, expected) => {
    expect(new Date(wallClock(Date.parse(instant), zone)).toISOString()).toBe(expected);
  });
});
