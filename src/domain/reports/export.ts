// The partners' export: people who crossed, by date, checkpoint, direction and nationality, with
// women, men, girls and boys apart; as CSV, or as HXL (CSV with a row of HXL hashtags under the
// header, https://hxlstandard.org/standard/1-1final/). Small cells are withheld as everywhere.
import type { FigureRow } from '../crossings';
import { daysBetween } from '../shared';
import { type Grid, gridLines, type Line, type Published, publishFigures } from './suppression';

export const EXPORT_FORMATS = ['csv', 'hxl'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The longest export, in days: a year of figures is a few thousand rows a checkpoint. */
export const MAX_EXPORT_DAYS = 366;

/** Why a range of local dates (both included) cannot be exported, or undefined when it can. */
export function exportRangeFault(from: string, to: string): 'backwards' | 'too-long' | undefined {
  if (from > to) return 'backwards';
  const days = daysBetween(from, to) + 1;
  return days > MAX_EXPORT_DAYS ? 'too-long' : undefined;
}

/** The dimensions the export's figures are read by. */
export const EXPORT_DIMENSIONS = [
  'date',
  'checkpoint',
  'direction',
  'nationality',
  'sex',
  'age_group',
] as const;

const GROUPS = ['f_adults', 'f_children', 'm_adults', 'm_children', 'other'] as const;
type Group = (typeof GROUPS)[number];

// HXL 1.1 core hashtags and attributes: #date, #loc (+name, +code), #country+code, #affected with
// +f/+m and +adults/+children, +total. Direction has no core hashtag: #indicator with our attribute.
const COLUMNS: readonly (readonly [string, string])[] = [
  ['date', '#date'],
  ['checkpoint_code', '#loc+code'],
  ['checkpoint', '#loc+name'],
  ['direction', '#indicator+direction'],
  ['nationality', '#country+code'],
  ['women', '#affected+f+adults'],
  ['girls', '#affected+f+children'],
  ['men', '#affected+m+adults'],
  ['boys', '#affected+m+children'],
  ['other', '#affected+unspecified'],
  ['total', '#affected+total'],
];

/** The HXL hashtag row of the export, one per column. */
export const HXL_HASHTAGS: readonly string[] = COLUMNS.map(([, tag]) => tag);

function groupOf(sex: string, ageGroup: string): Group {
  if (sex === 'F' && ageGroup === 'adult') return 'f_adults';
  if (sex === 'F' && ageGroup === 'child') return 'f_children';
  if (sex === 'M' && ageGroup === 'adult') return 'm_adults';
  if (sex === 'M' && ageGroup === 'child') return 'm_children';
  return 'other';
}

export interface ExportRow {
  readonly date: string;
  readonly checkpoint: string;
  readonly checkpointName: string;
  readonly direction: string;
  readonly nationality: string;
  readonly groups: readonly Published[];
  readonly total: Published;
}

/**
 * The export's rows, suppressed. Each date, checkpoint and direction is a table (nationalities by
 * group) protected with its margins, and the checkpoints' totals of a date and direction add up to
 * that date's total as the situation report publishes it: that sum is protected too.
 */
export function exportRows(rows: readonly FigureRow[], names: ReadonlyMap<string, string>): ExportRow[] {
  const values = new Map<string, number>();
  const blocks = new Map<string, Set<string>>();
  for (const r of rows) {
    if (r.crossed === 0) continue;
    const { date = '', checkpoint = '', direction = '', nationality = 'unknown' } = r.dims;
    const block = [date, checkpoint, direction].join('|');
    const nationalities = blocks.get(block) ?? new Set<string>();
    nationalities.add(nationality);
    blocks.set(block, nationalities);
    const k = `${block}|${nationality}|${groupOf(r.dims.sex ?? '', r.dims.age_group ?? '')}`;
    values.set(k, (values.get(k) ?? 0) + r.crossed);
  }
  const lines: Line[] = [];
  const byDateDirection = new Map<string, string[]>();
  const sorted = [...blocks.entries()].sort(([a], [b]) => (a < b ? -1 : 1));
  for (const [block, nationalities] of sorted) {
    const nats = [...nationalities].sort();
    const grid: Grid = {
      cells: nats.map((n) => GROUPS.map((g) => `${block}|${n}|${g}`)),
      rowTotals: nats.map((n) => `${block}|${n}|total`),
      colTotals: GROUPS.map((g) => `${block}|*|${g}`),
      grand: `${block}|*|total`,
    };
    lines.push(...gridLines(grid));
    const [date, , direction] = block.split('|');
    const dd = `${date}|${direction}`;
    byDateDirection.set(dd, [...(byDateDirection.get(dd) ?? []), `${block}|*|total`]);
  }
  for (const [dd, members] of byDateDirection) lines.push({ members, total: `${dd}|all` });
  const show = publishFigures(values, lines);
  return sorted.flatMap(([block, nationalities]) => {
    const [date = '', checkpoint = '', direction = ''] = block.split('|');
    return [...nationalities].sort().map((nationality) => ({
      date,
      checkpoint,
      checkpointName: names.get(checkpoint) ?? checkpoint,
      direction,
      nationality,
      groups: GROUPS.map((g) => show(`${block}|${nationality}|${g}`)),
      total: show(`${block}|${nationality}|total`),
    }));
  });
}

/** How a published figure is written in a file: the number, "<5", or "x". */
export const publishedText = (p: Published): string =>
  p === 'small' ? '<5' : p === 'withheld' ? 'x' : String(p);

/** The export as a table of text: the header, HXL's hashtag row under it, then a line a row. */
export function exportTable(rows: readonly ExportRow[], format: ExportFormat): string[][] {
  const lines = [COLUMNS.map(([name]) => name)];
  if (format === 'hxl') lines.push([...HXL_HASHTAGS]);
  for (const r of rows) {
    lines.push([
      r.date,
      r.checkpoint,
      r.checkpointName,
      r.direction,
      r.nationality,
      ...r.groups.map(publishedText),
      publishedText(r.total),
    ]);
  }
  return lines;
}
