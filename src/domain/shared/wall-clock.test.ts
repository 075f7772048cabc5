import { describe, expect, it } from 'vitest';
import { instantAt, isTimeZone, wallClock } from './wall-clock';

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

// What the clocks read at an instant: wallClock reads them, instantAt finds the instant back.
const READINGS = [
  // Tacna: UTC−5 all year. Santiago: UTC−3 in its summer (the 2025–26 one starts on 7 September),
  // UTC−4 in its winter.
  ['2025-11-27T04:59:59Z', 'America/Lima', '2025-11-26T23:59:59.000Z'],
  ['2025-11-27T05:00:00Z', 'America/Lima', '2025-11-27T00:00:00.000Z'],
  ['2025-11-27T02:30:00Z', 'America/Santiago', '2025-11-26T23:30:00.000Z'],
  ['2025-07-02T02:00:00Z', 'America/Santiago', '2025-07-01T22:00:00.000Z'],
] as const;

describe('wallClock', () => {
  it.each(READINGS)('reads %s in %s as %s', (instant, zone, expected) => {
    expect(new Date(wallClock(Date.parse(instant), zone)).toISOString()).toBe(expected);
  });
});

describe('instantAt', () => {
  it.each(READINGS)('finds %s as the instant the clocks in %s read %s', (instant, zone, wall) => {
    expect(instantAt(Date.parse(wall), zone)).toBe(Date.parse(instant));
  });
});
