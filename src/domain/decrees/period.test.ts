import { describe, expect, it } from 'vitest';
import { aDecree } from '../../../test/support/decrees';
import { addDays, startOfLocalDay } from '../shared';
import { daysInForce, decreeInForce, periodOf, termNotices } from './period';

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

describe('the term of a Peruvian decree (art. 137.1: sixty days; each extension a new decree)', () => {
  const lima = (startsOn: string, endsOn: string, extension = 0) =>
    termNotices({ startsOn, endsOn, timeZone: 'America/Lima' }, extension);
  const past = (days: number) => [{ code: 'term.past-longest', country: 'PE', days, longest: 60 }];

  it('lets sixty days pass and names the days of a longer decree', () => {
    expect(lima('2025-11-29', '2026-01-27')).toEqual([]);
    expect(lima('2025-11-29', '2026-01-28')).toEqual(past(61));
    // The year typed as the next one: a decree of a year and sixty days.
    expect(lima('2025-11-29', '2027-01-27')).toEqual(past(425));
  });

  it('holds every extension to sixty days, however far down its chain, and asks no one else', () => {
    expect(lima('2026-01-28', '2026-03-28', 1)).toEqual([]);
    expect(lima('2026-05-28', '2026-07-26', 3)).toEqual([]);
    expect(lima('2026-05-28', '2026-07-27', 3)).toEqual(past(61));
  });

  it('counts across a leap day by the calendar', () => {
    expect(lima('2028-01-01', '2028-02-29')).toEqual([]);
    expect(lima('2028-01-01', '2028-03-01')).toEqual(past(61));
  });

  it('says nothing of days that do not read as a term', () => {
    expect(lima('2026-02-31', '2026-06-01')).toEqual([]);
    expect(lima('2026-06-01', '2026-01-01')).toEqual([]);
    expect(lima('', '')).toEqual([]);
  });
});

describe('the term of a Chilean decree (art. 42: fifteen days, one extension by the President)', () => {
  const chile = (startsOn: string, endsOn: string, extension: number, timeZone = 'America/Santiago') =>
    termNotices({ startsOn, endsOn, timeZone }, extension);
  const past = (days: number) => [{ code: 'term.past-longest', country: 'CL', days, longest: 15 }];

  it.each([
    ['the declaration', 0],
    ['the President’s extension', 1],
  ])('lets %s run fifteen days and names the days of a longer one', (_case, extension) => {
    expect(chile('2026-01-01', '2026-01-15', extension)).toEqual([]);
    expect(chile('2026-01-01', '2026-01-16', extension)).toEqual(past(16));
    // Peru's sixty days are three times too many in Chile.
    expect(chile('2026-01-01', '2026-03-01', extension)).toEqual(past(60));
  });

  it('says a second or later extension needs the agreement of the Congreso Nacional, whatever its days', () => {
    const congress = (extension: number) => [{ code: 'term.needs-congress', country: 'CL', extension }];
    expect(chile('2026-01-31', '2026-02-14', 2)).toEqual(congress(2));
    expect(chile('2026-02-15', '2026-03-16', 3)).toEqual(congress(3));
  });

  it('holds a decree counted in Magallanes or on Easter Island to Chile’s rule too', () => {
    expect(chile('2026-01-01', '2026-01-16', 0, 'America/Punta_Arenas')).toEqual(past(16));
    expect(chile('2026-01-01', '2026-01-16', 0, 'Pacific/Easter')).toEqual(past(16));
  });

  it('says nothing of a decree counted in a zone whose country’s rule it does not know', () => {
    expect(chile('2026-01-01', '2026-12-31', 0, 'America/Guayaquil')).toEqual([]);
    expect(chile('2026-01-01', '2026-12-31', 4, 'America/Guayaquil')).toEqual([]);
  });
});
