import { describe, expect, it } from 'vitest';
import {
  dateInputToIso,
  dateTimeInputOf,
  formatCoordinate,
  formatDateTime,
  formatDayAndTime,
  formatNumber,
  formatPercent,
  formatZonedClock,
} from './format';

describe('formatZonedClock', () => {
  const instant = new Date('2025-11-26T17:05:00Z');

  it('shows the time in the checkpoint zone with its offset', () => {
    expect(formatZonedClock(instant, 'en-GB', 'America/Lima')).toMatch(/12:05.*GMT-5/);
    expect(formatZonedClock(instant, 'en-GB', 'America/Santiago')).toMatch(/14:05.*GMT-3/);
  });

  it('falls back to UTC for a zone it does not know', () => {
    expect(formatZonedClock(instant, 'en-GB', 'Mars/Olympus')).toMatch(/17:05.*GMT/);
  });
});

describe('formatDateTime', () => {
  it('shows an instant in the given zone', () => {
    expect(formatDateTime('2025-11-26T17:05:00Z', 'en-GB', 'America/Lima')).toMatch(
      /26 Nov 2025.*12:05:00.*GMT-5/,
    );
  });

  it('stops at the minute when asked: what people note by eye', () => {
    const text = formatDateTime('2025-11-26T17:05:42Z', 'es-PE', 'America/Lima', 'minute');
    expect(text).toMatch(/12:05 GMT-5/);
    expect(text).not.toContain(':42');
  });

  it('returns what it was given when it is not a date', () => {
    expect(formatDateTime('yesterday', 'en-GB')).toBe('yesterday');
  });
});

describe('formatDayAndTime', () => {
  // 2025-12-03 at the checkpoint in Lima (UTC−05:00).
  const TODAY = '2025-12-03';

  it('gives the time alone for today at the checkpoint', () => {
    expect(formatDayAndTime('2025-12-03T19:05:00Z', TODAY, 'es-419', 'America/Lima')).toEqual({
      day: 'today',
      time: '14:05',
    });
  });

  it('says yesterday for an instant that is still today in UTC but yesterday at the checkpoint', () => {
    // 02:30 UTC on the 3rd is 21:30 on the 2nd in Lima.
    expect(formatDayAndTime('2025-12-03T02:30:00Z', TODAY, 'es-419', 'America/Lima')).toEqual({
      day: 'yesterday',
      time: '21:30',
    });
  });

  it.each([
    ['es-419', '2025-12-01T19:05:00Z', '1 dic'],
    ['en-GB', '2025-12-01T19:05:00Z', '1 Dec'],
    ['es-419', '2024-12-03T19:05:00Z', '3 dic 2024'],
  ])('names the day further back, in %s', (locale, iso, date) => {
    expect(formatDayAndTime(iso, TODAY, locale, 'America/Lima')).toEqual({
      day: 'other',
      date,
      time: '14:05',
    });
  });

  it('counts yesterday across the first of a month and of a year', () => {
    expect(formatDayAndTime('2025-12-31T20:00:00Z', '2026-01-01', 'en-GB', 'America/Lima').day).toBe(
      'yesterday',
    );
  });
});

describe('numbers', () => {
  it('groups thousands and rounds percentages', () => {
    expect(formatNumber(12345, 'en-GB')).toBe('12,345');
    expect(formatPercent(0.456, 'en-GB')).toBe('46%');
  });

  it.each([
    ['es-419', 1200, '1,200'],
    ['en-GB', 1200, '1,200'],
  ])('writes a count in %s as the rest of the app does', (locale, value, text) => {
    expect(formatNumber(value, locale)).toBe(text);
  });

  it.each([
    ['es-419', -18.0089, '-18.0089'],
    ['en-GB', -18.0089, '-18.0089'],
    ['es-419', -18.35, '-18.35'],
    ['es-419', -70.246_349, '-70.2463'],
  ])('writes a coordinate in %s with the same decimal mark as any other number', (locale, value, text) => {
    expect(formatCoordinate(value, locale)).toBe(text);
  });
});

describe('dateInputToIso', () => {
  it('spans the whole local day', () => {
    const start = dateInputToIso('2025-11-26', false);
    const end = dateInputToIso('2025-11-26', true);
    expect(start).toBeDefined();
    expect(end).toBeDefined();
    const startDate = new Date(start ?? '');
    const endDate = new Date(end ?? '');
    expect([startDate.getFullYear(), startDate.getMonth(), startDate.getDate()]).toEqual([2025, 10, 26]);
    expect([startDate.getHours(), startDate.getMinutes()]).toEqual([0, 0]);
    expect([endDate.getDate(), endDate.getHours(), endDate.getMinutes()]).toEqual([26, 23, 59]);
  });

  it.each(['', '2025-02-30', '26/11/2025', '2025-1-1'])('ignores %j', (value) => {
    expect(dateInputToIso(value, false)).toBeUndefined();
  });
});

describe('dateTimeInputOf', () => {
  it('writes the local wall clock that reads back as the same minute', () => {
    const at = new Date(2025, 10, 26, 14, 5);
    expect(dateTimeInputOf(at)).toBe('2025-11-26T14:05');
    expect(new Date(dateTimeInputOf(at)).getTime()).toBe(at.getTime());
  });
});
