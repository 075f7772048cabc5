// The partners' export: people who crossed, by date, checkpoint, direction and nationality, with
// women, men, girls and boys apart; as CSV, or as HXL (CSV with a row of HXL hashtags under the
// header, https://hxlstandard.org/standard/1-1final/). Small cells are withheld as everywhere.
import { daysBetween } from '../shared';
import { DIRECTIONS, EXPORT_GROUPS, figureKey } from './date-figures';
import type { ProtectedDate } from './date-protection';
import type { Published } from './suppression';
import { type ReportLang, reportText } from './text';

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
 * The export's rows, one per date, checkpoint, direction and nationality with anyone crossing, as each
 * date's protection publishes them (`dates` in any order; `checkpoint` null for every checkpoint).
 */
export function exportRows(
  dates: readonly ProtectedDate[],
  names: ReadonlyMap<string, string>,
  checkpoint: string | null,
): ExportRow[] {
  const sorted = [...dates].sort((a, b) => (a.date < b.date ? -1 : 1));
  return sorted.flatMap((day) =>
    day.checkpoints
      .filter((code) => checkpoint === null || code === checkpoint)
      .flatMap((code) => {
        const { nationalitiesBy } = day.layout(code);
        return DIRECTIONS.flatMap((direction) =>
          (nationalitiesBy[direction] ?? []).map((nationality) => ({
            date: day.date,
            checkpoint: code,
            checkpointName: names.get(code) ?? code,
            direction,
            nationality,
            groups: EXPORT_GROUPS.map((group) =>
              day.figure(code, figureKey('crossed', { direction, nationality, group })),
            ),
            total: day.figure(code, figureKey('crossed', { direction, nationality })),
          })),
        );
      }),
  );
}

/** How a published figure is written in a file: the number, "<5", or "x". */
export const publishedText = (p: Published): string =>
  p === 'small' ? '<5' : p === 'withheld' ? 'x' : String(p);

/**
 * The export as a table of text: the header, HXL's hashtag row under it, then a line a row. With
 * `lang`, the header, the directions and an unknown nationality are worded for people opening the
 * file in a spreadsheet; without it, the column names and values above, for programs.
 */
export function exportTable(rows: readonly ExportRow[], format: ExportFormat, lang?: ReportLang): string[][] {
  const word = lang === undefined ? (_: string, value: string) => value : reportText(lang).word;
  const lines = [COLUMNS.map(([name]) => word('column', name))];
  if (format === 'hxl') lines.push([...HXL_HASHTAGS]);
  for (const r of rows) {
    lines.push([
      r.date,
      r.checkpoint,
      r.checkpointName,
      word('direction', r.direction),
      word('nationality', r.nationality),
      ...r.groups.map(publishedText),
      publishedText(r.total),
    ]);
  }
  return lines;
}
