// Parses people and watchlist CSV files into matchable people and watchlist entries. All or
// nothing: the first bad row gives an error naming its line and no entries.
import { err, ok, type Result } from '../shared';
import { type CsvRow, readCsv } from './csv-read';
import type { MatchablePerson, PartialDate, Sex } from './types';
import type { ImportError, WatchlistEntry } from './watchlist';

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/** Reads YYYY, YYYY-MM or YYYY-MM-DD; '' is no date; 31 February is an error. */
export function parsePartialDate(text: string): Result<PartialDate | undefined, string> {
  const s = text.trim();
  if (s === '') return ok(undefined);
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(s);
  if (!m) return err(`"${s}" is not YYYY, YYYY-MM or YYYY-MM-DD`);
  const year = Number(m[1]);
  if (year < 1800 || year > 2200) return err(`year ${year} is out of range`);
  if (m[2] === undefined) return ok({ year });
  const month = Number(m[2]);
  if (month < 1 || month > 12) return err(`month ${month} does not exist`);
  if (m[3] === undefined) return ok({ year, month });
  const day = Number(m[3]);
  const max = month === 2 && !isLeap(year) ? 28 : (DAYS_IN_MONTH[month - 1] ?? 31);
  if (day < 1 || day > max) return err(`${s} does not exist (day ${day} of month ${month})`);
  return ok({ year, month, day });
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

/** Parses a people CSV (record_id, given_names, surname1, surname2, sex, birth_date, nationality, document_type, document_number). */
export function parsePeopleCsv(text: string): Result<LabelledRow[], ImportError> {
  const table = readCsv(text);
  if (!table.ok) return table;
  const { header, rows } = table.value;
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
      ...opt('nationality', cell('nationality').toUpperCase()),
      ...opt('documentType', cell('document_type')),
      ...opt('documentNumber', cell('document_number')),
      ...opt('trueId', cell('true_id')),
    });
  }
  return ok(out);
}

const WATCH_COLUMNS = ['watch_id', 'given_names', 'surname1'] as const;

/** Parses a watchlist CSV (watch_id, the people columns, aliases separated by ';'). */
export function parseWatchlistCsv(text: string): Result<WatchlistEntry[], ImportError> {
  const table = readCsv(text);
  if (!table.ok) return table;
  const { header, rows } = table.value;
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
    const aliases = cell('aliases')
      .split(';')
      .map((a) => a.trim())
      .filter((a) => a !== '');
    const hasName = cell('given_names') + cell('surname1') + cell('surname2') !== '';
    if (!hasName && aliases.length === 0) {
      return err({ line: row.line, code: 'name.empty', message: 'the entry has no name' });
    }
    const common = commonFields(cell, row.line);
    if (!common.ok) return common;
    const number = cell('document_number');
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
      nationalities: cell('nationality') === '' ? [] : [cell('nationality').toUpperCase()],
      documents:
        number === '' ? [] : [{ number, ...(cell('document_type') ? { type: cell('document_type') } : {}) }],
    });
  }
  return ok(out);
}
