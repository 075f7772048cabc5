import { describe, expect, it } from 'vitest';
import { daysBetween, formatDay, isoDay } from './days';

describe('booth days', () => {
  it('counts whole days either way', () => {
    expect(daysBetween('2025-11-27', '2025-11-27')).toBe(0);
    expect(daysBetween('2025-11-27', '2026-01-01')).toBe(35);
    expect(daysBetween('2025-11-27', '2019-06-30')).toBe(-2342);
  });

  it('gives today in UTC', () => {
    expect(isoDay(new Date('2025-11-27T23:30:00-05:00'))).toBe('2025-11-28');
  });

  it.each([
    ['1990-03-15', '15 Mar 1990'],
    ['1990-03', 'March 1990'],
    ['1990', '1990'],
  ])('shows %s as precisely as it is known', (date, shown) => {
    expect(formatDay(date, 'en-GB')).toBe(shown);
  });
});
