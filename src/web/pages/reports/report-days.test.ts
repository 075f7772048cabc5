import { describe, expect, it } from 'vitest';
import { defaultDays, reportDays, takesInToday } from './report-days';

const PLACES = [
  { code: 'PE-SANTA-ROSA', timeZone: 'America/Lima' },
  { code: 'CL-CHACALLUTA', timeZone: 'America/Santiago' },
];

describe("the reports page's days", () => {
  it("are the checkpoints' days, whatever the reader's clock", () => {
    // 04:00 in Lima and 06:00 in Arica on 7 December: still the 6th in Honolulu, already the 7th here.
    const now = new Date('2026-12-07T09:00:00Z');
    expect(reportDays(PLACES, '', now)).toEqual({ today: '2026-12-07', latest: '2026-12-07' });
    expect(defaultDays(reportDays(PLACES, '', now).today)).toEqual({
      sitrep: '2026-12-06',
      from: '2026-11-30',
      to: '2026-12-06',
    });
  });

  it('are each checkpoint its own between the midnights of the two', () => {
    // 23:30 in Lima, 01:30 of the 8th in Arica (UTC−3 in summer).
    const now = new Date('2026-12-08T04:30:00Z');
    expect(reportDays(PLACES, '', now)).toEqual({ today: '2026-12-07', latest: '2026-12-08' });
    expect(reportDays(PLACES, 'PE-SANTA-ROSA', now).latest).toBe('2026-12-07');
    expect(reportDays(PLACES, 'CL-CHACALLUTA', now).today).toBe('2026-12-08');
  });

  it('say when an export takes in today, not yet over', () => {
    const days = { today: '2026-12-07', latest: '2026-12-07' };
    expect(takesInToday('2026-12-01', '2026-12-07', days)).toBe(true);
    expect(takesInToday('2026-12-07', '2026-12-09', days)).toBe(true);
    expect(takesInToday('2026-12-01', '2026-12-06', days)).toBe(false);
  });
});
