import { describe, expect, it } from 'vitest';
import { linearSolver } from '../../server/reports/linear-solver';
import type { FigureRow } from '../crossings';
import { sumBy } from '../crossings';
import { type DashboardRows, dashboardFigures, dashboardKey, publishDashboard } from './dashboard-figures';
import { protectDate } from './date-protection';
import { dashboardReaderLines, derive } from './test-reader';

const solver = await linearSolver();

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
  const { values, sources } = dashboardFigures(DAY);

  it("lead with the day's entries, exits, refused and held, from its hours", () => {
    expect(['entries', 'exits', 'refused', 'held'].map((k) => values.get(k))).toEqual([40, 12, 3, 7]);
    expect(values.get(dashboardKey.hour('08', 'entry'))).toBe(30); // registered and tallied
  });

  it("give the day's own bar of the days chart the headline's key, and the days before their own", () => {
    expect(dashboardKey.day('2025-11-27', 'exit', DAY.date)).toBe('exits');
    expect(values.get(dashboardKey.day('2025-11-26', 'exit', DAY.date))).toBe(2);
  });

  it('say which figure of which date each shows, and leave their own figures to themselves', () => {
    expect(sources.get(dashboardKey.day('2025-11-26', 'exit', DAY.date))).toEqual({
      date: '2025-11-26',
      key: 'crossed|direction=exit',
    });
    expect(sources.get(dashboardKey.age('child', '5-11', 'F'))).toEqual({
      date: '2025-11-27',
      key: 'crossed|age=5-11|sex=F',
    });
    expect(sources.get(dashboardKey.peopleCrossings('entry'))?.key).toBe(
      'crossed|direction=entry|source=registered',
    );
    expect(sources.has(dashboardKey.people('entry'))).toBe(false);
    expect(sources.has(dashboardKey.emergency(0, 'entries'))).toBe(false);
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

// The same kind of day as the checkpoint counts it, crossing by kind of crossing: 40 entries and 12
// exits crossed, 3 refused and 7 held; a Haitian girl and two Colombian men among those who crossed.
const fine = (
  date: string,
  dims: { hour: string; direction: string; source: string; decision: string; nationality: string },
  age: readonly [string, string, string],
  n: number,
): FigureRow => ({
  dims: { date, checkpoint: 'PE-SANTA-ROSA', ...dims, age_group: age[0], age_band: age[1], sex: age[2] },
  crossed: dims.decision === 'refused' || dims.decision === 'held' ? 0 : n,
  refused: dims.decision === 'refused' ? n : 0,
  held: dims.decision === 'held' ? n : 0,
});
const at = (hour: string, direction: string, decision: string, nationality: string) => ({
  hour,
  direction,
  source: decision === 'unknown' ? 'tallied' : 'registered',
  decision,
  nationality,
});
const MAN = ['adult', '18-59', 'M'] as const;
const WOMAN = ['adult', '18-59', 'F'] as const;
const COUNTED = [
  fine('2025-11-27', at('08', 'entry', 'admitted', 'VEN'), MAN, 20),
  fine('2025-11-27', at('08', 'entry', 'admitted', 'VEN'), WOMAN, 10),
  fine('2025-11-27', at('08', 'entry', 'unknown', 'unknown'), ['adult', 'unknown', 'M'], 5),
  fine('2025-11-27', at('09', 'entry', 'referred-protection', 'HTI'), ['child', '5-11', 'F'], 2),
  fine('2025-11-27', at('09', 'entry', 'admitted', 'COL'), MAN, 3),
  fine('2025-11-27', at('09', 'exit', 'admitted', 'PER'), WOMAN, 12),
  fine('2025-11-27', at('08', 'entry', 'refused', 'VEN'), MAN, 3),
  fine('2025-11-27', at('08', 'entry', 'held', 'VEN'), MAN, 7),
  fine('2025-11-26', at('10', 'entry', 'admitted', 'VEN'), MAN, 31),
  fine('2025-11-26', at('10', 'exit', 'admitted', 'PER'), WOMAN, 2),
];
const NEEDS = [
  {
    checkpoint: 'PE-SANTA-ROSA',
    vulnerability: 'pregnant',
    direction: 'entry',
    crossed: 2,
    refused: 0,
    held: 0,
  },
];

// The dashboard's rows as the server reads them, and each date protected as the server protects it.
function partners(
  counted: readonly FigureRow[],
  people: DashboardRows['people'] = [{ direction: 'entry', people: 33, crossings: 35 }],
) {
  const day = counted.filter((r) => r.dims.date === '2025-11-27');
  const rows: DashboardRows = {
    date: '2025-11-27',
    hours: sumBy(day, ['hour', 'direction', 'source']),
    days: sumBy(counted, ['date', 'direction']),
    decisions: sumBy(day, ['decision', 'direction']),
    nationalities: sumBy(day, ['nationality', 'direction']),
    ageSex: sumBy(day, ['age_group', 'age_band', 'sex']),
    vulnerabilities: [{ vulnerability: 'pregnant', crossed: 2, refused: 0, held: 0 }],
    people,
    emergencies: [{ totals: [row({ direction: 'entry' }, 700), row({ direction: 'exit' }, 4, 0, 9)] }],
  };
  const dates = new Map(
    ['2025-11-26', '2025-11-27'].map((date) => [
      date,
      protectDate(
        {
          date,
          rows: counted.filter((r) => r.dims.date === date),
          needs: date === '2025-11-27' ? NEEDS : [],
        },
        solver,
      ),
    ]),
  );
  return { rows, published: publishDashboard(rows, dates, null) };
}

describe("the dashboard's figures as partners see them", () => {
  const { rows, published } = partners(COUNTED);

  it('show 1 to 4 people as small, and leave larger figures as they are', () => {
    expect(published[dashboardKey.nationality('HTI')]).toBe('small');
    expect(published[dashboardKey.nationality('COL')]).toBe('small');
    expect(published[dashboardKey.age('child', '5-11', 'F')]).toBe('small');
    expect(published.refused).toBe('small');
    expect(published[dashboardKey.vulnerability('pregnant')]).toBe('small');
    expect(published[dashboardKey.emergency(0, 'exits')]).toBe('small');
    // Without the declaration's first day, the days it adds up are unknown: only its own mark.
    expect(published[dashboardKey.emergency(0, 'entries')]).toBe('withheld');
    expect(published[dashboardKey.day('2025-11-26', 'exit', rows.date)]).toBe('small');
    expect(published.entries).toBe(40);
  });

  it('withhold enough others that no small figure can be worked out from the sums', () => {
    const derived = derive(new Map(Object.entries(published)), dashboardReaderLines(published));
    for (const [key, value] of Object.entries(published)) {
      if (value === 'small') expect([key, derived.has(key)]).toEqual([key, false]);
    }
    // Whatever is published is the real figure, never one made up.
    const { values } = dashboardFigures(rows);
    for (const [key, value] of Object.entries(published)) {
      if (typeof value === 'number') expect([key, value]).toEqual([key, values.get(key)]);
    }
  });

  it('send no figure of none: an hour or an age and sex where only refusals were says nothing', () => {
    // A Haitian girl under 5 refused at 23:00 on her way out, the only one at that hour of her age.
    const refusedAlone = [
      ...COUNTED,
      fine('2025-11-27', at('23', 'exit', 'refused', 'HTI'), ['child', '0-4', 'F'], 1),
    ];
    const { rows: refusedRows, published: shown } = partners(refusedAlone);
    const { values } = dashboardFigures(refusedRows);
    // The exact figures have them, at 0: the analyst's dashboard reads its rows.
    expect(values.get(dashboardKey.hour('23', 'exit'))).toBe(0);
    expect(values.get(dashboardKey.age('child', '0-4', 'F'))).toBe(0);
    expect(shown[dashboardKey.hour('23', 'exit')]).toBeUndefined();
    expect(shown[dashboardKey.age('child', '0-4', 'F')]).toBeUndefined();
    expect(Object.entries(shown).filter(([, v]) => v === 0)).toEqual([]);
    // What partners are sent is what they would be sent had she not come at all, but the refusals.
    const without = partners(COUNTED).published;
    expect(Object.keys(shown).sort()).toEqual(Object.keys(without).sort());
  });

  it('withhold the distinct people where the registered crossings they made are withheld', () => {
    // 34 exits: 30 admitted and 3 referred, registered, and 1 tallied; 33 people made the 33
    // registered. Published, the 33 people would give the registered exits (at least 33, at most
    // 34 less the 1 to 4 tallied) and with them the tallied one and the 3 referred.
    const exits = [
      ...COUNTED.filter((r) => r.dims.date !== '2025-11-27' || r.dims.direction !== 'exit'),
      fine('2025-11-27', at('09', 'exit', 'admitted', 'PER'), WOMAN, 30),
      fine('2025-11-27', at('09', 'exit', 'referred-protection', 'PER'), WOMAN, 3),
      fine('2025-11-27', at('10', 'exit', 'unknown', 'unknown'), ['adult', 'unknown', 'F'], 1),
    ];
    const shown = partners(exits, [{ direction: 'exit', people: 33, crossings: 33 }]).published;
    expect(shown[dashboardKey.peopleCrossings('exit')]).toBe('withheld');
    expect(shown[dashboardKey.people('exit')]).toBe('withheld');
    // Where the registered crossings are published, so are the people: they tell nothing more.
    const busy = [
      fine('2025-11-27', at('09', 'exit', 'admitted', 'PER'), WOMAN, 40),
      fine('2025-11-27', at('10', 'exit', 'admitted', 'VEN'), MAN, 30),
    ];
    const open = partners(busy, [{ direction: 'exit', people: 69, crossings: 70 }]).published;
    expect(open[dashboardKey.peopleCrossings('exit')]).toBe(70);
    expect(open[dashboardKey.people('exit')]).toBe(69);
  });

  it("keep the day's entries when its exits are a few: what crossed in all, shown nowhere, is withheld", () => {
    // Three exits, all at 09:00, Peruvian women.
    const quiet = COUNTED.map((r) =>
      r.dims.nationality === 'PER' && r.dims.date === '2025-11-27' ? { ...r, crossed: 3 } : r,
    );
    const shown = partners(quiet).published;
    expect([shown.entries, shown.exits]).toEqual([40, 'small']);
    const derived = derive(new Map(Object.entries(shown)), dashboardReaderLines(shown));
    for (const [key, value] of Object.entries(shown)) {
      if (value === 'small') expect([key, derived.has(key)]).toEqual([key, false]);
    }
  });
});
