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

describe('instantAt', () => {
  it.each([
    ['2025-11-26T22:00:00Z', 'America/Lima', '2025-11-27T03:00:00.000Z'],
    // Santiago on summer time (UTC−3) in November, on winter time (UTC−4) in July.
    ['2025-11-26T22:00:00Z', 'America/Santiago', '2025-11-27T01:00:00.000Z'],
    ['2025-07-01T22:00:00Z', 'America/Santiago', '2025-07-02T02:00:00.000Z'],
  ])('finds when the clocks read %s in %s: %s', (wall, zone, expected) => {
    expect(new Date(instantAt(Date.parse(wall), zone)).toISOString()).toBe(expected);
  });

  it('gives back the instant whose wall clock it is handed', () => {
    const at = Date.parse('2025-11-27T15:00:00Z');
    expect(instantAt(wallClock(at, 'America/Santiago'), 'America/Santiago')).toBe(at);
  });
});
