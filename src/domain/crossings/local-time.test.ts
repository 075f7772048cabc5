import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { latestDayAt, localHour, todayAt } from './local-time';

// Instants checked against Intl (ICU 78, tzdata 2025c) before they were written down: Chile ends summer
// time at local 00:00 on Sunday 5 April 2026 (back to 23:00 on Saturday 4 April) and starts it at
// local 00:00 on Sunday 6 September 2026 (on to 01:00).
describe('localHour', () => {
  it.each([
    ['2026-04-04T17:00:00Z', 'America/Lima', { date: '2026-04-04', hour: 12 }],
    ['2026-04-05T04:59:59Z', 'America/Lima', { date: '2026-04-04', hour: 23 }],
    ['2026-04-05T05:00:00Z', 'America/Lima', { date: '2026-04-05', hour: 0 }],
    ['2026-01-15T03:30:00Z', 'America/Santiago', { date: '2026-01-15', hour: 0 }],
    ['2026-07-15T03:30:00Z', 'America/Santiago', { date: '2026-07-14', hour: 23 }],
  ])('reads %s in %s as the local date and hour', (instant, zone, expected) => {
    expect(localHour(instant, zone)).toEqual(expected);
  });

  it('reads an instant written with an offset as the same instant in UTC', () => {
    expect(localHour('2026-04-04T18:30:00-05:00', 'America/Lima')).toEqual(
      localHour('2026-04-04T23:30:00Z', 'America/Lima'),
    );
  });

  it('gives hour 00, not 24, at local midnight', () => {
    expect(localHour('2026-04-05T05:00:00Z', 'America/Lima').hour).toBe(0);
  });

  it('puts two instants an hour apart in the same local hour 23 when Chile ends summer time', () => {
    // 02:30Z is 23:30 at -03 (summer time); 03:30Z is 23:30 again at -04, after the clocks went back.
    const first = localHour('2026-04-05T02:30:00Z', 'America/Santiago');
    const second = localHour('2026-04-05T03:30:00Z', 'America/Santiago');
    expect(first).toEqual({ date: '2026-04-04', hour: 23 });
    expect(second).toEqual({ date: '2026-04-04', hour: 23 });
    expect(localHour('2026-04-05T04:00:00Z', 'America/Santiago')).toEqual({ date: '2026-04-05', hour: 0 });
  });

  it('never gives local hour 00 on the Sunday Chile starts summer time', () => {
    // 03:59:59Z is 23:59:59 on Saturday at -04; one second later it is 01:00 on Sunday at -03.
    expect(localHour('2026-09-06T03:59:59Z', 'America/Santiago')).toEqual({ date: '2026-09-05', hour: 23 });
    expect(localHour('2026-09-06T04:00:00Z', 'America/Santiago')).toEqual({ date: '2026-09-06', hour: 1 });
    const hours = new Set<number>();
    // Every five minutes from Sunday 00:00 UTC to Monday 06:00 UTC covers the whole local Sunday.
    for (let minute = 0; minute < 30 * 60; minute += 5) {
      const at = new Date(Date.UTC(2026, 8, 6, 0, 0) + minute * 60_000);
      const local = localHour(at, 'America/Santiago');
      if (local.date === '2026-09-06') hours.add(local.hour);
    }
    expect(hours.has(0)).toBe(false);
    expect(hours.size).toBe(23);
  });

  it('always gives a date YYYY-MM-DD and an hour 0–23', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('1970-01-01T00:00:00Z'),
          max: new Date('2100-01-01T00:00:00Z'),
          noInvalidDate: true,
        }),
        fc.constantFrom('America/Lima', 'America/Santiago', 'UTC'),
        (at, zone) => {
          const { date, hour } = localHour(at, zone);
          expect(date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
          expect(Number.isInteger(hour) && hour >= 0 && hour <= 23).toBe(true);
        },
      ),
    );
  });
});

describe('todayAt', () => {
  // 03:30 UTC on 5 December: 00:30 in Arica (UTC−3 in summer), still 22:30 on the 4th in Tacna (UTC−5).
  const now = new Date('2026-12-05T03:30:00Z');

  it('is the earliest local date of the checkpoints: the day not yet over at all of them', () => {
    expect(todayAt(['America/Santiago', 'America/Lima'], now)).toBe('2026-12-04');
    expect(todayAt(['America/Santiago'], now)).toBe('2026-12-05');
  });

  it("is UTC's date when there is no checkpoint", () => {
    expect(todayAt([], now)).toBe('2026-12-05');
  });
});

describe('latestDayAt', () => {
  // 03:30 UTC on 5 December: 00:30 in Arica (UTC−3 in summer), still 22:30 on the 4th in Tacna (UTC−5).
  const now = new Date('2026-12-05T03:30:00Z');

  it('is the latest local date of the checkpoints: the last day begun at one of them', () => {
    expect(latestDayAt(['America/Lima', 'America/Santiago'], now)).toBe('2026-12-05');
    expect(latestDayAt(['America/Lima'], now)).toBe('2026-12-04');
  });

  it("is UTC's date when there is no checkpoint", () => {
    expect(latestDayAt([], now)).toBe('2026-12-05');
  });
});
