import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { instantAt, instantsAt, isTimeZone, wallClock } from './wall-clock';

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

describe('instantsAt', () => {
  const at = (wall: string, zone: string) =>
    instantsAt(Date.parse(`${wall}Z`), zone).map((ms) => new Date(ms).toISOString());

  it.each([
    // Chacalluta's 03:09 on a summer night is 06:09 UTC, whatever zone the device reading it is in.
    ['2026-12-05T03:09:00', 'America/Santiago', ['2026-12-05T06:09:00.000Z']],
    ['2026-12-05T01:09:00', 'America/Lima', ['2026-12-05T06:09:00.000Z']],
    ['2026-07-01T22:00:00', 'America/Santiago', ['2026-07-02T02:00:00.000Z']],
  ])('finds the one instant the clocks in %s read %s', (wall, zone, expected) => {
    expect(at(wall, zone)).toEqual(expected);
  });

  it('finds both instants of the hour Chile repeats when its summer time ends, the earlier first', () => {
    // On 5 April 2026 at 00:00 (UTC−3) the clocks turn back to 23:00 on the 4th (UTC−4).
    expect(at('2026-04-04T23:30:00', 'America/Santiago')).toEqual([
      '2026-04-05T02:30:00.000Z',
      '2026-04-05T03:30:00.000Z',
    ]);
  });

  it('finds no instant in the hour Chile skips when its summer time starts', () => {
    // On 6 September 2026 the clocks go from 00:00 (UTC−4) straight to 01:00 (UTC−3).
    expect(at('2026-09-06T00:30:00', 'America/Santiago')).toEqual([]);
    expect(at('2026-09-06T01:00:00', 'America/Santiago')).toEqual(['2026-09-06T04:00:00.000Z']);
  });

  it('agrees with wallClock on every instant it finds', () => {
    fc.assert(
      fc.property(
        fc.integer({
          min: Date.parse('2020-01-01T00:00:00Z') / 60_000,
          max: Date.parse('2030-01-01T00:00:00Z') / 60_000,
        }),
        fc.constantFrom('America/Santiago', 'America/Lima', 'UTC'),
        (minute, zone) => {
          const instant = minute * 60_000;
          const wall = wallClock(instant, zone);
          expect(instantsAt(wall, zone)).toContain(instant);
          for (const found of instantsAt(wall, zone)) expect(wallClock(found, zone)).toBe(wall);
        },
      ),
    );
  });
});
