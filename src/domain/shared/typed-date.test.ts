import { describe, expect, it } from 'vitest';
import { isoFromTyped } from './typed-date';

describe('isoFromTyped', () => {
  it.each([
    ['14/03/1988', '1988-03-14', 'day first, with slashes'],
    ['4/3/1988', '1988-03-04', 'one-digit day and month'],
    ['14-03-1988', '1988-03-14', 'with hyphens'],
    ['14.03.1988', '1988-03-14', 'with dots'],
    ['14 03 1988', '1988-03-14', 'with spaces'],
    ['03/1988', '1988-03', 'a month and a year'],
    ['3-1988', '1988-03', 'a one-digit month and a year'],
    ['1988', '1988', 'a year'],
    ['1988-03-14', '1988-03-14', 'the ISO form'],
    ['1988-3-4', '1988-03-04', 'the ISO form with one-digit parts'],
    ['1988/03/14', '1988-03-14', 'year first, with slashes'],
    ['  14/03/1988 ', '1988-03-14', 'with spaces around'],
  ])('reads %j as %j (%s)', (typed, iso) => {
    expect(isoFromTyped(typed)).toBe(iso);
  });

  it.each([
    ['14/03/88', 'a two-digit year (which century?)'],
    ['14 de marzo de 1988', 'a month in words'],
    ['1988-03-14T00:00', 'a time'],
    ['', 'nothing'],
  ])('leaves %j as typed, trimmed, for the check to refuse (%s)', (typed) => {
    expect(isoFromTyped(typed)).toBe(typed.trim());
  });

  it('gives an impossible day as typed, in the ISO form, for the check to refuse', () => {
    expect(isoFromTyped('31/02/1988')).toBe('1988-02-31');
  });
});
