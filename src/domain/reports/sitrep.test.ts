import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { linearSolver } from '../../server/reports/linear-solver';
import { DECISIONS, type FigureRow } from '../crossings';
import { type DateCounts, protectDate } from './date-protection';
import { type PublishedTable, sinceDeclared, sitrepFigures } from './sitrep';
import { drawnRow } from './test-reader';

const solver = await linearSolver();

// The report of all checkpoints on a date with these counts, with no days before it.
const sitrepOf = (rows: DateCounts['rows'], needs: DateCounts['needs'] = []) =>
  sitrepFigures(protectDate({ date: '2025-11-26', rows, needs }, solver), [], null);

const arbitraryRow = fc
  .record({
    hour: fc.constantFrom('07', '08', '15', '23'),
    direction: fc.constantFrom('entry', 'exit'),
    nationality: fc.constantFrom('VEN', 'COL', 'PER', 'HTI', 'BOL', 'CHL', 'ECU', 'CUB', 'unknown'),
    sex: fc.constantFrom('F', 'M', 'X', 'unknown'),
    age: fc.constantFrom(['adult', '18-59'], ['child', '0-4'], ['child', 'unknown'], ['unknown', 'unknown']),
    kind: fc.constantFrom(...DECISIONS, 'tallied'),
    n: fc.oneof(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 40 })),
  })
  .map(
    ({ hour, direction, nationality, sex, age, kind, n }): FigureRow => ({
      dims: {
        hour,
        direction,
        nationality,
        sex,
        age_group: age[0],
        age_band: age[1],
        source: kind === 'tallied' ? 'tallied' : 'registered',
        decision: kind === 'tallied' ? 'unknown' : kind,
      },
      crossed: kind === 'refused' || kind === 'held' ? 0 : n,
      refused: kind === 'refused' ? n : 0,
      held: kind === 'held' ? n : 0,
    }),
  );

const hidden = (p: unknown) => typeof p !== 'number';

/** Every sum a reader of the table can check: rows, columns and margins, as lists of figures. */
function linesOf(t: PublishedTable): unknown[][] {
  const lines: unknown[][] = [];
  if (t.rowTotals) t.cells.forEach((row, i) => void lines.push([...row, t.rowTotals?.[i]]));
  if (t.colTotals) t.cols.forEach((_, j) => void lines.push([...t.cells.map((r) => r[j]), t.colTotals?.[j]]));
  if (t.grand !== null && t.rowTotals) lines.push([...t.rowTotals, t.grand]);
  if (t.grand !== null && t.colTotals) lines.push([...t.colTotals, t.grand]);
  return lines;
}

describe('sitrepFigures', () => {
  it('leaves no table of the report with a sum that gives a withheld figure away', () => {
    fc.assert(
      fc.property(fc.array(arbitraryRow, { maxLength: 30 }), (day) => {
        const figures = sitrepOf(day);
        const { hasData, ...tables } = figures;
        expect(hasData).toBe(day.length > 0);
        for (const [name, table] of Object.entries(tables)) {
          for (const line of linesOf(table)) {
            expect(line.filter(hidden).length, `${name}: ${JSON.stringify(line)}`).not.toBe(1);
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('publishes the true totals and a figure shared by two tables the same in both', () => {
    fc.assert(
      fc.property(fc.array(arbitraryRow, { maxLength: 30 }), (day) => {
        const f = sitrepOf(day);
        const crossed = day.reduce((s, r) => s + r.crossed, 0);
        if (typeof f.crossings.grand === 'number') expect(f.crossings.grand).toBe(crossed);
        for (const t of [f.hourly, f.nationalities, f.ageSex]) expect(t.grand).toEqual(f.crossings.grand);
        expect(f.hourly.colTotals).toEqual(f.crossings.rowTotals);
        expect(f.days.cells.at(-1)).toEqual(f.crossings.rowTotals);
      }),
      { numRuns: 200 },
    );
  });
});

describe('sitrepFigures: protection needs', () => {
  const need = (vulnerability: string, direction: string, crossed: number, refused = 0, held = 0) => ({
    checkpoint: 'PE-SANTA-ROSA',
    vulnerability,
    direction,
    crossed,
    refused,
    held,
  });

  it('counts each need whatever was decided, in a fixed order, and never adds the rows up', () => {
    const { needs } = sitrepOf(
      [],
      [
        need('asylum-seeker', 'entry', 30, 4, 6),
        need('asylum-seeker', 'exit', 12),
        need('pregnant', 'entry', 9),
        need('unaccompanied-minor', 'entry', 2, 1),
      ],
    );
    expect(needs.rows.slice(0, 3)).toEqual(['unaccompanied-minor', 'separated-minor', 'pregnant']);
    const of = (v: string) => [
      ...(needs.cells[needs.rows.indexOf(v)] ?? []),
      needs.rowTotals?.[needs.rows.indexOf(v)],
    ];
    // A refused or held person with a need is a person with that need: 30 + 4 + 6 entering.
    expect(of('asylum-seeker')).toEqual([40, 12, 52]);
    expect(of('pregnant')).toEqual([9, 0, 9]);
    // Three children alone: "<5", with no sum that gives them away.
    expect(of('unaccompanied-minor')).toEqual(['small', 0, 'small']);
    expect(needs.colTotals).toBeNull();
    expect(needs.grand).toBeNull();
  });
});

describe('sitrepFigures on a day with few exits', () => {
  const row = (direction: string, source: string, nationality: string, sex: string, crossed: number) => ({
    dims: {
      hour: direction === 'entry' ? '08' : '09',
      direction,
      nationality,
      sex,
      age_group: 'adult',
      age_band: '18-59',
      source,
      decision: source === 'tallied' ? 'unknown' : 'admitted',
    },
    crossed,
    refused: 0,
    held: 0,
  });

  it('keeps the entries the report leads with, and withholds the sum and other cells instead', () => {
    const day = [
      row('entry', 'registered', 'VEN', 'M', 500),
      row('entry', 'tallied', 'VEN', 'F', 218),
      row('exit', 'registered', 'PER', 'F', 3),
    ];
    const { crossings } = sitrepOf(day);
    expect(crossings.rowTotals).toEqual([718, 'small']);
    expect(crossings.grand).toBe('withheld');
  });
});

describe('sinceDeclared', () => {
  // One day since the declaration at Santa Rosa: `n` of each nationality crossed in `direction`, and
  // the refused and held. What the day publishes is what the totals since publish.
  const row = (direction: string, kind: string, n: number, nationality = 'VEN') =>
    drawnRow({
      checkpoint: 'PE-SANTA-ROSA',
      hour: '09',
      direction,
      nationality,
      sex: 'F',
      age: ['adult', '18-59'],
      kind,
      n,
    });
  const since = (rows: FigureRow[]) => {
    const day = protectDate({ date: '2025-11-22', rows, needs: [] }, solver);
    const totals = ['entry', 'exit'].map((direction) => {
      const of = rows.filter((r) => r.dims.direction === direction);
      const add = (m: 'crossed' | 'refused' | 'held') => of.reduce((s, r) => s + r[m], 0);
      return { dims: { direction }, crossed: add('crossed'), refused: add('refused'), held: add('held') };
    });
    return sinceDeclared(
      'D.S. 135',
      '2025-11-22',
      ['PE-SANTA-ROSA'],
      totals,
      new Map([[day.date, day]]),
      day.date,
    );
  };

  it('publishes large figures as they are', () => {
    const rows = [
      row('entry', 'admitted', 200),
      row('entry', 'admitted', 50, 'COL'),
      row('entry', 'refused', 9),
      row('exit', 'admitted', 104),
      row('exit', 'held', 6),
    ];
    expect(since(rows)).toEqual({
      declaration: 'D.S. 135',
      since: '2025-11-22',
      checkpoints: ['PE-SANTA-ROSA'],
      entries: 250,
      exits: 104,
      total: 354,
      refused: 9,
      held: 6,
    });
  });

  it('withholds the total of 4 entries and 4 exits: "<5" and "<5" adding up to 8 are both 4', () => {
    expect(since([row('entry', 'admitted', 4), row('exit', 'admitted', 4)])).toMatchObject({
      entries: 'small',
      exits: 'small',
      total: 'withheld',
    });
  });

  it('shows 1 to 4 as "<5" and a total the day withholds as withheld: what the day publishes', () => {
    const rows = [
      row('entry', 'admitted', 200),
      row('entry', 'admitted', 50, 'COL'),
      row('entry', 'refused', 2),
      row('exit', 'admitted', 3),
    ];
    const day = protectDate({ date: '2025-11-22', rows, needs: [] }, solver);
    expect(since(rows)).toMatchObject({
      entries: day.figure('PE-SANTA-ROSA', 'crossed|direction=entry'),
      exits: 'small',
      total: 'withheld',
      refused: 'small',
      held: 0,
    });
  });
});
