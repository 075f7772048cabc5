import { describe, expect, it } from 'vitest';
import { linearSolver } from '../../server/reports/linear-solver';
import type { FigureRow } from '../crossings';
import { protectDate } from './date-protection';
import { exportRangeFault, exportRows, exportTable, HXL_HASHTAGS } from './export';

const solver = await linearSolver();

const row = (dims: Record<string, string>, crossed: number): FigureRow => ({
  dims: {
    date: '2025-11-26',
    checkpoint: 'PE-SANTA-ROSA',
    hour: '08',
    direction: 'entry',
    nationality: 'VEN',
    source: 'registered',
    decision: 'admitted',
    ...dims,
  },
  crossed,
  refused: 0,
  held: 0,
});
// The figures of one export row, one per group: women, girls, men and boys.
const groupRows = (women: number, girls: number, men: number, boys: number): FigureRow[] => [
  row({ sex: 'F', age_group: 'adult' }, women),
  row({ sex: 'F', age_group: 'child' }, girls),
  row({ sex: 'M', age_group: 'adult' }, men),
  row({ sex: 'M', age_group: 'child' }, boys),
];
const colombians = (...counts: Parameters<typeof groupRows>): FigureRow[] =>
  groupRows(...counts).map((r) => ({ ...r, dims: { ...r.dims, nationality: 'COL' } }));
const NAMES = new Map([['PE-SANTA-ROSA', 'Complejo Fronterizo Santa Rosa, "Tacna"']]);
// The export of one date with these figures, every checkpoint.
const exportOf = (rows: FigureRow[]) =>
  exportRows([protectDate({ date: '2025-11-26', rows, needs: [] }, solver)], NAMES, null);

describe('the partners export', () => {
  it('puts women, girls, men and boys in their columns, with a total per row', () => {
    const rows = exportOf([...groupRows(30, 12, 25, 9), row({ sex: 'X', age_group: 'adult' }, 6)]);
    expect(rows).toEqual([
      expect.objectContaining({ nationality: 'VEN', groups: [30, 12, 25, 9, 6], total: 82 }),
    ]);
  });

  it('withholds a small cell and the next smallest of its row, never showing 1 to 4', () => {
    // Colombians crossed too, so the girls' column and the report's age and sex table have other figures.
    const rows = exportOf([...groupRows(30, 3, 25, 9), ...colombians(40, 20, 35, 15)]);
    expect(rows.map((r) => [r.nationality, ...r.groups, r.total])).toEqual([
      ['COL', 40, 'withheld', 35, 'withheld', 0, 110],
      ['VEN', 30, 'small', 25, 'withheld', 0, 67],
    ]);
  });

  it('lays HXL out with its hashtag row under the header', () => {
    const table = exportTable(exportOf([row({ sex: 'F', age_group: 'adult' }, 2)]), 'hxl');
    expect(table[1]).toEqual(HXL_HASHTAGS);
    expect(table[2]).toEqual([
      '2025-11-26',
      'PE-SANTA-ROSA',
      'Complejo Fronterizo Santa Rosa, "Tacna"',
      'entry',
      'VEN',
      ...['<5', '0', '0', '0', '0', '<5'],
    ]);
    expect(exportTable([], 'csv')).toEqual([expect.arrayContaining(['date', 'total'])]);
  });

  it.each([
    [
      'es',
      ['Fecha', 'Código del puesto', 'Puesto de control', 'Sentido', 'Nacionalidad'],
      ['Salida', 'Sin dato'],
    ],
    ['en', ['Date', 'Checkpoint code', 'Checkpoint', 'Direction', 'Nationality'], ['Exit', 'Not recorded']],
  ] as const)(
    'words its header and directions in %s for a spreadsheet, the hashtags kept',
    (lang, head, values) => {
      const rows = exportOf([
        row({ sex: 'F', age_group: 'adult', direction: 'exit', nationality: 'unknown' }, 7),
      ]);
      const [header, tags, first] = exportTable(rows, 'hxl', lang);
      expect(header?.slice(0, 5)).toEqual(head);
      expect(header).toHaveLength(HXL_HASHTAGS.length);
      expect(header?.some((h) => /^[a-z_]+$/.test(h))).toBe(false);
      expect(tags).toEqual(HXL_HASHTAGS);
      expect(first?.slice(3, 5)).toEqual(values);
    },
  );
});

describe('the range of an export', () => {
  it.each([
    ['one day', '2025-11-26', '2025-11-26', undefined],
    ['a leap year, 366 days', '2024-01-01', '2024-12-31', undefined],
    ['367 days', '2024-01-01', '2025-01-01', 'too-long'],
    ['a range that ends before it starts', '2025-11-27', '2025-11-20', 'backwards'],
  ] as const)('judges %s', (_, from, to, fault) => {
    expect(exportRangeFault(from, to)).toBe(fault);
  });
});
