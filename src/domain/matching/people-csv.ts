// Turns the rows of people and watchlist CSV files into matchable people and watchlist entries. All
// or nothing: the first bad row gives an error naming its line and no entries. Reading the CSV text
// itself (quotes, BOM, line ends) happens outside the domain, in src/store/matching/csv-files.ts.
import { err, nationalityCode, ok, type Result } from '../shared';
import { parsePartialDate } from './partial-date';
import type { MatchablePerson, PartialDate, Sex } from './types';
import type { ImportError, WatchlistEntry } from './watchlist';
import { documentsFrom, splitNames } from './watchlist-values';

/** One CSV record and the line (1-based) it starts on; a quoted field may span lines. */
export interface CsvRow {
  readonly line: number;
  readonly fields: readonly string[];
}

/** A CSV file as read: the header's column names (as written) and the records after it. */
export interface CsvTable {
  readonly header: readonly string[];
  readonly rows: readonly CsvRow[];
}

function parseSex(text: string): Sex | undefined | 'invalid' {
  const s = text.trim().toUpperCase();
  if (s === '') return undefined;
  if (s === 'M' || s === 'F' || s === 'X') return s;
  return 'invalid';
}

type Cells = (name: string) => string;

function cellsOf(header: readonly string[], row: CsvRow): Cells {
  return (name) => {
    const at = header.indexOf(name);
    return at < 0 ? '' : (row.fields[at] ?? '').trim();
  };
}

function missingColumn(header: readonly string[], required: readonly string[]): ImportError | undefined {
  const missing = required.find((c) => !header.includes(c));
  return missing === undefined
    ? undefined
    : { line: 1, code: 'csv.missing-column', message: `the header has no "${missing}" column` };
}

interface Common {
  readonly sex?: Sex;
  readonly birthDate?: PartialDate;
}

function commonFields(cell: Cells, line: number): Result<Common, ImportError> {
  const sex = parseSex(cell('sex'));
  if (sex === 'invalid')
    return err({ line, code: 'person.sex', message: `sex must be M, F or X, not "${cell('sex')}"` });
  const date = parsePartialDate(cell('birth_date'));
  if (!date.ok) return err({ line, code: 'person.birth-date', message: date.error });
  return ok({ ...(sex ? { sex } : {}), ...(date.value ? { birthDate: date.value } : {}) });
}

export interface LabelledRow extends MatchablePerson {
  /** The true_id column, when the file has one (generated, labelled populations). */
  readonly trueId?: string;
}

const PEOPLE_COLUMNS = ['record_id', 'given_names', 'surname1'] as const;

const columnsOf = (table: CsvTable) => table.header.map((h) => h.trim().toLowerCase());

/** Reads a people CSV (record_id, given_names, surname1, surname2, sex, birth_date, nationality, document_type, document_number). */
export function peopleFromCsv(table: CsvTable): Result<LabelledRow[], ImportError> {
  const header = columnsOf(table);
  const { rows } = table;
  const missing = missingColumn(header, PEOPLE_COLUMNS);
  if (missing) return err(missing);
  const out: LabelledRow[] = [];
  const seen = new Set<string>();
  for (const row of rows) {
    const cell = cellsOf(header, row);
    const id = cell('record_id');
    if (id === '') return err({ line: row.line, code: 'person.missing-id', message: 'record_id is empty' });
    if (seen.has(id))
      return err({ line: row.line, code: 'person.duplicate-id', message: `record_id ${id} appears twice` });
    seen.add(id);
    if (cell('given_names') + cell('surname1') + cell('surname2') === '') {
      return err({ line: row.line, code: 'name.empty', message: 'the person has no name' });
    }
    const common = commonFields(cell, row.line);
    if (!common.ok) return common;
    const opt = (key: string, value: string) => (value === '' ? {} : { [key]: value });
    out.push({
      id,
      givenNames: cell('given_names'),
      surname1: cell('surname1'),
      ...opt('surname2', cell('surname2')),
      ...common.value,
      ...opt('nationality', nationalityCode(cell('nationality'))),
      ...opt('documentType', cell('document_type')),
      ...opt('documentNumber', cell('document_number')),
      ...opt('trueId', cell('true_id')),
    });
  }
  return ok(out);
}

const WATCH_COLUMNS = ['watch_id', 'given_names', 'surname1'] as const;

/** Reads a watchlist CSV (watch_id, the people columns, aliases separated by ';'). */
export function watchlistFromCsv(table: CsvTable): Result<WatchlistEntry[], ImportError> {
  const header = columnsOf(table);
  const { rows } = table;
  const missing = missingColumn(header, WATCH_COLUMNS);
  if (missing) return err(missing);
  const out: WatchlistEntry[] = [];
  const seen = new Set<string>();
  for (const row of rows) {
    const cell = cellsOf(header, row);
    const watchId = cell('watch_id');
    if (watchId === '')
      return err({ line: row.line, code: 'watchlist.missing-id', message: 'watch_id is empty' });
    if (seen.has(watchId)) {
      return err({
        line: row.line,
        code: 'watchlist.duplicate-id',
        message: `watch_id ${watchId} appears twice`,
      });
    }
    seen.add(watchId);
    const aliases = splitNames(cell('aliases'));
    const hasName = cell('given_names') + cell('surname1') + cell('surname2') !== '';
    if (!hasName && aliases.length === 0) {
      return err({ line: row.line, code: 'name.empty', message: 'the entry has no name' });
    }
    const common = commonFields(cell, row.line);
    if (!common.ok) return common;
    out.push({
      watchId,
      names: [
        ...(hasName
          ? [{ givenNames: cell('given_names'), surname1: cell('surname1'), surname2: cell('surname2') }]
          : []),
        ...aliases,
      ],
      ...(common.value.sex ? { sex: common.value.sex } : {}),
      birthDates: common.value.birthDate ? [common.value.birthDate] : [],
      nationalities: cell('nationality') === '' ? [] : [nationalityCode(cell('nationality'))],
      documents: documentsFrom(cell('document_number'), cell('document_type')),
    });
  }
  return ok(out);
}
