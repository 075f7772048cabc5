// The day a date field reads, and whether the calendar has it: what the field says once it is left.
import { describe, expect, it } from 'vitest';
import { isCalendarDate, isoFromTyped } from '../../domain/shared';
import { typedDay } from './date-field';

describe('a day typed day first', () => {
  it.each([
    ['25/12/2026', true],
    ['29/02/2028', true],
    ['29/02/2026', false],
    ['31/04/2026', false],
    ['25/12/26', false],
    ['12/2026', false],
    ['mañana', false],
  ])('reads %s typed day first as a day of the calendar: %s', (typed, expected) => {
    expect(isCalendarDate(isoFromTyped(typed))).toBe(expected);
  });

  it('shows a day back as it is typed, day first', () => {
    expect(typedDay('2026-12-25')).toBe('25/12/2026');
    expect(isoFromTyped(typedDay('2026-12-25'))).toBe('2026-12-25');
  });
});
