// Turns the rows of people and watchlist CSV files into matchable people and watchlist entries. All
// or nothing: the first bad row gives an error naming its line and no entries. Reading the CSV text
// itself (quotes, BOM, line ends) happens outside the domain, in src/store/matching/csv-files.ts.
import { err, isoFromTyped, nationalityCode, ok, type Result, resolveCountry } from '../shared';
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

// A file's sex column speaks one of two sets of letters: ICAO's M (male), F, X, or the Spanish H
// (hombre) and M (mujer) of many forms in the region. An H says which; so does an F. Words are read
// as themselves in either.
type SexLetters = 'icao' | 'spanish';

const SEX_WORDS: Readonly<Record<string, Sex>> = {
  MASCULINO: 'M',
  HOMBRE: 'M',
  VARON: 'M',
  MALE: 'M',
  FEMENINO: 'F',
  MUJER: 'F',
  FEMALE: 'F',
};

const sexKey = (text: string) => text.trim().toUpperCase().normalize('NFD').replace(/\p{M}/gu, '');

function parseSex(text: string, letters: SexLetters): Sex | undefined | 'invalid' {
  const s = sexKey(text);
  if (s === '') return undefined;
  if (letters === 'spanish' && (s === 'H' || s === 'M')) return s === 'H' ? 'M' : 'F';
  if (s === 'M' || s === 'F' || s === 'X') return s;
  return SEX_WORDS[s] ?? 'invalid';
}

/** The letters of the file's sex column, or the row where H (hombre) and F (female) meet. */
function sexLettersOf(header: readonly string[], rows: readonly CsvRow[]): Result<SexLetters, ImportError> {
  const at = header.indexOf('sex');
  if (at < 0) return ok('icao');
  const values = rows.map((row) => ({
    line: row.line,
    raw: (row.fields[at] ?? '').trim(),
    key: sexKey(row.fields[at] ?? ''),
  }));
  const firstH = values.find((v) => v.key === 'H');
  if (firstH === undefined) return ok('icao');
  if (!values.some((v) => v.key === 'F')) return ok('spanish');
  return err({
    line: firstH.line,
    code: 'person.sex',
    message: 'sex mixes H (hombre) with F: write M, F and X, or H and M (hombre, mujer), throughout the file',
    field: 'sex',
    value: firstH.raw,
  });
}

type Cells = (name: string) => string;

// A value quoted back in an error: enough to find it in the file, never a whole runaway cell.
const shown = (value: string): string => (value.length > 80 ? `${value.slice(0, 80)}…` : value);

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
    : {
        line: 1,
        code: 'csv.missing-column',
        message: `the header has no "${missing}" column`,
        field: missing,
      };
}

interface Common {
  readonly sex?: Sex;
  readonly birthDate?: PartialDate;
}

function commonFields(cell: Cells, line: number, letters: SexLetters): Result<Common, ImportError> {
  const sex = parseSex(cell('sex'), letters);
  if (sex === 'invalid') {
    return err({
      line,
      code: 'person.sex',
      message: `sex must be M, F or X (or H and M for hombre and mujer), not "${cell('sex')}"`,
      field: 'sex',
      value: shown(cell('sex')),
    });
  }
  // Excel in Spanish writes a date day first (14/03/1988): read as the booth reads it.
  const date = parsePartialDate(isoFromTyped(cell('birth_date')));
  if (!date.ok) {
    const value = shown(cell('birth_date'));
    return err({ line, code: 'person.birth-date', message: date.error, field: 'birth_date', value });
  }
  return ok({ ...(sex ? { sex } : {}), ...(date.value ? { birthDate: date.value } : {}) });
}

export interface LabelledRow extends MatchablePerson {
  /** The true_id column, when the file has one (generated, labelled populations). */
  readonly trueId?: string;
}

/**
 * Reads each row of a table whose first required column is the row's id: refuses a missing required
 * column, then a row whose id is empty or came before (`kind.missing-id`, `kind.duplicate-id`), and
 * stops at the first row `read` refuses.
 */
function readRows<T>(
  table: CsvTable,
  kind: 'person' | 'watchlist',
  required: readonly [idColumn: string, ...others: string[]],
  read: (id: string, cell: Cells, line: number, letters: SexLetters) => Result<T, ImportError>,
): Result<T[], ImportError> {
  const header = table.header.map((h) => h.trim().toLowerCase());
  const missing = missingColumn(header, required);
  if (missing) return err(missing);
  const letters = sexLettersOf(header, table.rows);
  if (!letters.ok) return letters;
  const [idColumn] = required;
  const out: T[] = [];
  const seen = new Set<string>();
  for (const row of table.rows) {
    const cell = cellsOf(header, row);
    const id = cell(idColumn);
    if (id === '') {
      return err({
        line: row.line,
        code: `${kind}.missing-id`,
        message: `${idColumn} is empty`,
        field: idColumn,
      });
    }
    if (seen.has(id)) {
      return err({
        line: row.line,
        code: `${kind}.duplicate-id`,
        message: `${idColumn} ${id} appears twice`,
        field: idColumn,
        value: shown(id),
      });
    }
    seen.add(id);
    const value = read(id, cell, row.line, letters.value);
    if (!value.ok) return value;
    out.push(value.value);
  }
  return ok(out);
}

/** Reads a people CSV (record_id, given_names, surname1, surname2, sex, birth_date, nationality, document_type, document_number). */
export function peopleFromCsv(table: CsvTable): Result<LabelledRow[], ImportError> {
  return readRows(table, 'person', ['record_id', 'given_names', 'surname1'], (id, cell, line, letters) => {
    if (cell('given_names') + cell('surname1') + cell('surname2') === '') {
      return err({ line, code: 'name.empty', message: 'the person has no name' });
    }
    const common = commonFields(cell, line, letters);
    if (!common.ok) return common;
    const opt = (key: string, value: string) => (value === '' ? {} : { [key]: value });
    return ok({
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
  });
}

/** Reads a watchlist CSV (watch_id, the people columns, aliases separated by ';'). */
export function watchlistFromCsv(table: CsvTable): Result<WatchlistEntry[], ImportError> {
  return readRows(
    table,
    'watchlist',
    ['watch_id', 'given_names', 'surname1'],
    (watchId, cell, line, letters) => {
      const aliases = splitNames(cell('aliases'));
      const hasName = cell('given_names') + cell('surname1') + cell('surname2') !== '';
      if (!hasName && aliases.length === 0) {
        return err({ line, code: 'name.empty', message: 'the entry has no name' });
      }
      const common = commonFields(cell, line, letters);
      if (!common.ok) return common;
      // A nationality no country code maps to (ZZZ, a typo) would never meet a booth's: refused, as
      // the booth and the events refuse it, rather than kept as a value screening cannot use.
      const nationality = cell('nationality');
      if (nationality !== '' && resolveCountry(nationality) === undefined) {
        return err({
          line,
          code: 'person.nationality',
          message: `the nationality must be a country code or a country's name, not "${nationality}"`,
          field: 'nationality',
          value: shown(nationality),
        });
      }
      return ok({
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
    },
  );
}
