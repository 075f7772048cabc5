import { describe, expect, it } from 'vitest';
import { daysBetween, formatDay, formatInstantAsWritten, isoDay, monthsApart } from './days';

describe('booth days', () => {
  it.each([
    ['2026-01-31', '2026-02-28', 0],
    ['2026-01-31', '2026-03-01', 1],
    ['2019-06-07', '2026-12-07', 90],
    ['2026-12-07', '2019-06-08', 89],
    ['2026-12-07', '2026-12-07', 0],
  ])('counts whole months between %s and %s: %i', (a, b, months) => {
    expect(monthsApart(a, b)).toBe(months);
  });

  it('counts whole days either way', () => {
    expect(daysBetween('2025-11-27', '2025-11-27')).toBe(0);
    expect(daysBetween('2025-11-27', '2026-01-01')).toBe(35);
    expect(daysBetween('2025-11-27', '2019-06-30')).toBe(-2342);
  });

  it.each([
    ['2025-11-27T23:30:00-05:00', 'America/Lima', '2025-11-27'],
    ['2025-11-28T00:30:00-05:00', 'America/Lima', '2025-11-28'],
    ['2025-11-27T23:30:00-03:00', 'America/Santiago', '2025-11-27'],
    ['2025-11-27T23:30:00-05:00', 'UTC', '2025-11-28'],
  ])('dates %s in %s as %s', (instant, timeZone, day) => {
    expect(isoDay(new Date(instant), timeZone)).toBe(day);
  });

  it.each([
    ['1990-03-15', '15 Mar 1990'],
    ['1990-03', 'March 1990'],
    ['1990', '1990'],
  ])('shows %s as precisely as it is known', (date, shown) => {
    expect(formatDay(date, 'en-GB')).toBe(shown);
  });

  it.each([
    ['2025-11-25T00:00:00-05:00', '25 Nov 2025 00:00 (UTC−05:00)'],
    ['2026-01-24T08:30Z', '24 Jan 2026 08:30 (UTC)'],
    ['not a date', 'not a date'],
  ])('shows the instant %s on the clock it was written in', (instant, shown) => {
    expect(formatInstantAsWritten(instant, 'en-GB')).toBe(shown);
  });
});
