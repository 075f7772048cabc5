import { describe, expect, it } from 'vitest';
import { aDecree } from '../../../test/support/decrees';
import { addDays, startOfLocalDay } from '../shared';
import { daysInForce, decreeInForce, periodOf, termPastLongest } from './period';

const decree = aDecree;
const at = (iso: string) => Date.parse(iso);

describe('the decree in force at a checkpoint', () => {
  it.each([
    ['the first minute of its first day in Tacna', '2025-11-29T05:00:00Z', true],
    ['the evening before it starts, already the 29th in UTC', '2025-11-29T04:59:59Z', false],
    ['23:59 in Tacna on its last day, the next day in UTC', '2026-01-28T04:59:00Z', true],
    ['midnight in Tacna after its last day', '2026-01-28T05:00:00Z', false],
  ])('counts %s by the decree’s own zone', (_case, instant, inForce) => {
    const found = decreeInForce([decree()], 'PE-SANTA-ROSA', at(instant));
    expect(found?.number ?? null).toBe(inForce ? 'D.S. N.° 135-2025-PCM' : null);
  });

  it('is none at a checkpoint the decree does not name', () => {
    expect(decreeInForce([decree()], 'CL-CHACALLUTA', at('2025-12-10T12:00:00Z'))).toBeNull();
  });

  it('is the extension once the extension has started, the declaration before', () => {
    const base = decree();
    const extension = decree({
      id: '00000000-0000-4000-8000-000000000200',
      extends: base.id,
      number: 'D.S. N.° 0XX-2026-PCM',
      issuedOn: '2026-01-25',
      startsOn: '2026-01-28',
      endsOn: '2026-03-28',
    });
    const register = [extension, base];
    expect(decreeInForce(register, 'PE-SANTA-ROSA', at('2026-01-28T04:59:00Z'))?.id).toBe(base.id);
    expect(decreeInForce(register, 'PE-SANTA-ROSA', at('2026-01-28T05:00:00Z'))?.id).toBe(extension.id);
    expect(decreeInForce(register, 'PE-SANTA-ROSA', at('2026-03-29T05:00:00Z'))).toBeNull();
  });

  it('counts a Chilean decree’s days in Santiago, where summer time moves the day’s first instant', () => {
    // 2025-09-07: clocks in Chile jump from 00:00 to 01:00; the day begins at 01:00 −03 (04:00Z).
    expect(new Date(startOfLocalDay('2025-09-07', 'America/Santiago')).toISOString()).toBe(
      '2025-09-07T04:00:00.000Z',
    );
    // 2025-04-06: the clocks go back at midnight; the day begins at the second midnight, −04.
    expect(new Date(startOfLocalDay('2025-04-06', 'America/Santiago')).toISOString()).toBe(
      '2025-04-06T04:00:00.000Z',
    );
    const chile = decree({ timeZone: 'America/Santiago', startsOn: '2025-12-01', endsOn: '2025-12-31' });
    const { from, to } = periodOf(chile);
    expect(new Date(from).toISOString()).toBe('2025-12-01T03:00:00.000Z');
    expect(new Date(to).toISOString()).toBe('2026-01-01T03:00:00.000Z');
  });
});

describe("a decree's days", () => {
  it('counts a sixty-day decree as sixty days, both ends included', () => {
    expect(daysInForce('2025-11-29', '2026-01-27')).toBe(60);
    expect(addDays('2025-11-29', 59)).toBe('2026-01-27');
  });
});

describe('the longest term of a state of emergency (Peru, art. 137.1: sixty days)', () => {
  const lima = (startsOn: string, endsOn: string) =>
    termPastLongest({ startsOn, endsOn, timeZone: 'America/Lima' });

  it('lets sixty days pass and names the days of a longer decree', () => {
    expect(lima('2025-11-29', '2026-01-27')).toBeNull();
    expect(lima('2025-11-29', '2026-01-28')).toEqual({ days: 61, longest: 60 });
    // The year typed as the next one: a decree of a year and sixty days.
    expect(lima('2025-11-29', '2027-01-27')).toEqual({ days: 425, longest: 60 });
  });

  it('counts across a leap day by the calendar', () => {
    expect(lima('2028-01-01', '2028-02-29')).toBeNull();
    expect(lima('2028-01-01', '2028-03-01')).toEqual({ days: 61, longest: 60 });
  });

  it('says nothing of days that do not read as a term', () => {
    expect(lima('2026-02-31', '2026-06-01')).toBeNull();
    expect(lima('2026-06-01', '2026-01-01')).toBeNull();
    expect(lima('', '')).toBeNull();
  });

  it('says nothing of a decree counted in a zone whose longest term it does not know (Chile)', () => {
    expect(
      termPastLongest({ startsOn: '2026-01-01', endsOn: '2026-12-31', timeZone: 'America/Santiago' }),
    ).toBeNull();
  });
});
