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

  it('takes only real dates written YYYY-MM-DD', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2025-02-29')).toBe(false);
    expect(isCalendarDate('2025-13-01')).toBe(false);
    expect(isCalendarDate('2025-1-01')).toBe(false);
    expect(isCalendarDate('27/11/2025')).toBe(false);
  });
});
