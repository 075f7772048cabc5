// The day a date field reads, and whether the calendar has it: what the field says, and when.
import { describe, expect, it } from 'vitest';
import { isCalendarDate, isoFromTyped } from '../../domain/shared';
import { dayProblem, typedDay } from './date-field';

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

  it.each([
    ['31/02/2026', false, 'impossible'],
    ['31/02/2026', true, 'impossible'],
    ['12/13/2026', false, 'impossible'],
    ['25/12/26', false, null],
    ['25/12/26', true, 'unread'],
    ['31/0', false, null],
    ['25/12/2026', true, null],
    ['', true, null],
  ] as const)('says of %s (the field left: %s) %s', (typed, left, expected) => {
    // A day written whole that the calendar has not is said at once, Enter or not; a day not yet
    // whole only once the field is left.
    expect(dayProblem(typed, left)).toBe(expected);
  });

  it('shows a day back as it is typed, day first', () => {
    expect(typedDay('2026-12-25')).toBe('25/12/2026');
    expect(isoFromTyped(typedDay('2026-12-25'))).toBe('2026-12-25');
  });
});
