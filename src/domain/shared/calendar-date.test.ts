import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, isCalendarDate } from './calendar-date';

describe('calendar dates', () => {
  it('adds days across the end of a month, a leap day and a year', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-02-29', 1)).toBe('2024-03-01');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2025-03-01', -1)).toBe('2025-02-28');
    expect(addDays('2025-11-27', 0)).toBe('2025-11-27');
  });

  it('counts whole days between two dates, negative backwards', () => {
    expect(daysBetween('2025-11-01', '2025-11-27')).toBe(26);
    expect(daysBetween('2024-02-01', '2024-03-01')).toBe(29);
    expect(daysBetween('2025-11-27', '2025-11-20')).toBe(-7);
    expect(daysBetween('2025-11-27', '2025-11-27')).toBe(0);
  });

  it.each([
    ['2025-11-29', true],
    ['2024-02-29', true],
    ['2025-02-29', false],
    ['2025-13-01', false],
    ['2025-1-01', false],
    ['29/11/2025', false],
    ['27/11/2025', false],
  ])('reads %s as a real date: %s', (text, real) => {
    expect(isCalendarDate(text)).toBe(real);
  });

  it('never throws on any text, and adding days then taking them away is the same date', () => {
    fc.assert(fc.property(fc.string(), (s) => void isCalendarDate(s)));
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1990-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }),
        fc.integer({ min: -1000, max: 1000 }),
        (d, n) => {
          const date = d.toISOString().slice(0, 10);
          expect(addDays(addDays(date, n), -n)).toBe(date);
          expect(daysBetween(date, addDays(date, n))).toBe(n);
        },
      ),
    );
  });
});
