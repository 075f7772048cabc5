import { describe, expect, it } from 'vitest';
import type { FigureRow } from '../crossings';
import { type DashboardRows, dashboardFigures, dashboardKey, publishDashboard } from './dashboard-figures';
import { derive } from './test-reader';

const row = (dims: Record<string, string>, crossed: number, refused = 0, held = 0): FigureRow => ({
  dims,
  crossed,
  refused,
  held,
});

// A day at one checkpoint: 40 entries and 12 exits crossed, 3 refused and 7 held; among those who
// crossed, one Haitian and three Colombians, the rest Venezuelan and Peruvian.
const DAY: DashboardRows = {
  date: '2025-11-27',
  hours: [
    row({ hour: '08', direction: 'entry', source: 'registered' }, 25, 3, 7),
    row({ hour: '08', direction: 'entry', source: 'tallied' }, 5),
    row({ hour: '09', direction: 'entry', source: 'registered' }, 10),
    row({ hour: '09', direction: 'exit', source: 'registered' }, 12),
  ],
  days: [
    row({ date: '2025-11-26', direction: 'entry' }, 31),
    row({ date: '2025-11-26', direction: 'exit' }, 2),
    row({ date: '2025-11-27', direction: 'entry' }, 40),
    row({ date: '2025-11-27', direction: 'exit' }, 12),
  ],
  decisions: [
    row({ decision: 'admitted', direction: 'entry' }, 30),
    row({ decision: 'admitted', direction: 'exit' }, 12),
    row({ decision: 'unknown', direction: 'entry' }, 5),
    row({ decision: 'referred-protection', direction: 'entry' }, 5),
    row({ decision: 'refused', direction: 'entry' }, 0, 3),
    row({ decision: 'held', direction: 'entry' }, 0, 0, 7),
  ],
  nationalities: [
    row({ nationality: 'VEN', direction: 'entry' }, 30),
    row({ nationality: 'PER', direction: 'exit' }, 12),
    row({ nationality: 'HTI', direction: 'entry' }, 1),
    row({ nationality: 'COL', direction: 'entry' }, 3),
    row({ nationality: 'unknown', direction: 'entry' }, 6),
  ],
  ageSex: [
    row({ age_group: 'adult', age_band: '18-59', sex: 'M' }, 30),
    row({ age_group: 'adult', age_band: '18-59', sex: 'F' }, 20),
    row({ age_group: 'child', age_band: '5-11', sex: 'F' }, 2),
  ],
  vulnerabilities: [{ vulnerability: 'pregnant', crossed: 2, refused: 0, held: 0 }],
  people: [{ direction: 'entry', people: 33, crossings: 35 }],
  emergencies: [{ totals: [row({ direction: 'entry' }, 700), row({ direction: 'exit' }, 4, 0, 9)] }],
};

describe("the dashboard's figures", () => {
  const { values, lines } = dashboardFigures(DAY);

  it("lead with the day's entries, exits, refused and held, from its hours", () => {
    expect(['entries', 'exits', 'refused', 'held'].map((k) => values.get(k))).toEqual([40, 12, 3, 7]);
    expect(values.get(dashboardKey.hour('08', 'entry'))).toBe(30); // registered and tallied
  });

  it("give the day's own bar of the days chart the headline's key, and the days before their own", () => {
    expect(dashboardKey.day('2025-11-27', 'exit', DAY.date)).toBe('exits');
    expect(values.get(dashboardKey.day('2025-11-26', 'exit', DAY.date))).toBe(2);
  });

  it('add up, in every sum a reader can check, to what they are the sum of', () => {
    const all = new Map(values);
    all.set('crossed', 52);
    for (const line of lines) {
      const sum = line.members.reduce((n, k) => n + (all.get(k) ?? 0), 0);
      expect([line.total, sum]).toEqual([line.total, all.get(line.total)]);
    }
    expect(lines.length).toBe(6);
  });

  it('name the eight largest nationalities and put the rest in one figure', () => {
    const many: DashboardRows = {
      ...DAY,
      nationalities: 'ABCDEFGHIJ'
        .split('')
        .map((c, i) => row({ nationality: `X${c}`, direction: 'entry' }, 20 - i)),
    };
    const named = [...dashboardFigures(many).values.keys()].filter((k) => k.startsWith('nationality:'));
    expect(named).toEqual('ABCDEFGH'.split('').map((c) => `nationality:X${c}`));
    expect(dashboardFigures(many).values.get(dashboardKey.otherNationalities)).toBe(12 + 11);
  });
});

describe("the dashboard's figures as partners see them", () => {
  const published = publishDashboard(DAY);

  it('show 1 to 4 people as small, and leave larger figures as they are', () => {
    expect(published[dashboardKey.nationality('HTI')]).toBe('small');
    expect(published[dashboardKey.nationality('COL')]).toBe('small');
    expect(published[dashboardKey.age('child', '5-11', 'F')]).toBe('small');
    expect(published.refused).toBe('small');
    expect(published[dashboardKey.vulnerability('pregnant')]).toBe('small');
    expect(published[dashboardKey.emergency(0, 'exits')]).toBe('small');
    expect(published[dashboardKey.emergency(0, 'entries')]).toBe(700);
    expect(published.entries).toBe(40);
  });

  it('withhold enough others that no small figure can be worked out from the sums', () => {
    const { values, lines } = dashboardFigures(DAY);
    const shown = new Map(Object.entries(published));
    const derived = derive(shown, lines);
    for (const [key, value] of Object.entries(published)) {
      if (value === 'small') expect([key, derived.has(key)]).toEqual([key, false]);
    }
    // The one small age cell is in a line with two others: the smaller of them goes with it.
    expect(published[dashboardKey.age('adult', '18-59', 'F')]).toBe('withheld');
    expect(published[dashboardKey.age('adult', '18-59', 'M')]).toBe(30);
    // Whatever is withheld is a real figure, never one made up.
    for (const [key, value] of Object.entries(published)) {
      if (typeof value === 'number') expect([key, value]).toEqual([key, values.get(key)]);
    }
  });

  it("keep the day's entries when its exits are a few: what crossed in all, shown nowhere, is withheld", () => {
    // Three exits, all at 09:00, Peruvian adults: the breakdowns of what crossed each lose one more.
    const quiet: DashboardRows = {
      ...DAY,
      hours: [...DAY.hours.slice(0, 3), row({ hour: '09', direction: 'exit', source: 'registered' }, 3)],
      decisions: DAY.decisions.map((r) =>
        r.dims.decision === 'admitted' && r.dims.direction === 'exit' ? { ...r, crossed: 3 } : r,
      ),
      nationalities: DAY.nationalities.map((r) => (r.dims.nationality === 'PER' ? { ...r, crossed: 3 } : r)),
      ageSex: DAY.ageSex.map((r) => (r.dims.sex === 'M' ? { ...r, crossed: 21 } : r)),
    };
    const shown = publishDashboard(quiet);
    expect([shown.entries, shown.exits]).toEqual([40, 'small']);
    const derived = derive(new Map(Object.entries(shown)), dashboardFigures(quiet).lines);
    for (const [key, value] of Object.entries(shown)) {
      if (value === 'small') expect([key, derived.has(key)]).toEqual([key, false]);
    }
  });
});
