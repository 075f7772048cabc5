// CSV files for matching, read with csv-parse and written with csv-stringify: quoted fields, commas
// and line breaks inside quotes, a byte-order mark, CRLF, LF or CR line ends. The libraries use
// Node's Buffer, so this lives here, not in src/domain; the domain gets rows with their lines.
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import {
  type CsvRow,
  type CsvTable,
  type ImportError,
  type LabelledRow,
  parseFtmJsonLines,
  parseUnConsolidatedList,
  peopleFromCsv,
  type WatchlistEntry,
  type WatchlistImport,
  watchlistFromCsv,
} from '../../domain/matching';
import { err, ok, type Result } from '../../domain/shared';

const LF = 10;
const CR = 13;

/**
 * Counts lines through the file's bytes: csv-parse tells where each record ends as a byte offset
 * (`bytes`), and its own line count takes a CRLF inside quotes for two lines.
 */
function lineCounter(text: string) {
  const bytes = Buffer.from(text, 'utf8');
  let pos = 0;
  let line = 1;
  const step = () => {
    const b = bytes[pos];
    pos += 1;
    if (b === LF || (b === CR && bytes[pos] !== LF)) line += 1;
  };
  return {
    /** The line of the next record: blank lines and a byte-order mark before it are passed over. */
    nextStart(): number {
      if (pos === 0 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) pos = 3;
      while (pos < bytes.length && (bytes[pos] === LF || bytes[pos] === CR)) step();
      return line;
    },
    advanceTo(end: number): void {
      while (pos < end && pos < bytes.length) step();
    },
  };
}

const CODES: Readonly<Record<string, string>> = {
  CSV_QUOTE_NOT_CLOSED: 'csv.unterminated-quote',
  CSV_INVALID_OPENING_QUOTE: 'csv.stray-quote',
  INVALID_OPENING_QUOTE: 'csv.stray-quote',
  CSV_INVALID_CLOSING_QUOTE: 'csv.stray-quote',
};

// csv-parse's own messages quote the whole field, which in a file that is not CSV is a screenful.
const MESSAGES: Readonly<Record<string, string>> = {
  'csv.unterminated-quote': 'a quote (") opens a field and is never closed',
  'csv.stray-quote':
    'a quote (") inside a field that does not start with one: put the field in quotes and double the quotes in it ("")',
};

const briefly = (e: unknown): string => {
  const message = e instanceof Error ? e.message : 'the file is not CSV';
  return message.length > 200 ? `${message.slice(0, 200)}…` : message;
};

const codeOf = (e: unknown): string =>
  typeof e === 'object' && e !== null && 'code' in e && typeof e.code === 'string' ? e.code : '';

// The header's separator: a comma, or the semicolon Excel writes where the comma is the decimal mark
// (Spanish, as in Peru and Chile), or the tab of Excel's "Unicode text". Column names hold none of them.
function delimiterOf(text: string): string {
  const header =
    text
      .replace(/^\ufeff/, '')
      .replace(/^[\r\n]+/, '')
      .split(/\r|\n/, 1)[0] ?? '';
  const count = (c: string) => header.split(c).length - 1;
  const [best] = [',', ';', '\t'].sort((a, b) => count(b) - count(a));
  return best !== undefined && count(best) > 0 ? best : ',';
}

/**
 * Reads CSV text: header row first, its separator a comma, a semicolon or a tab; blank lines, and
 * rows whose every field is empty, skipped; a row must have as many fields as the header.
 */
export function readCsv(text: string): Result<CsvTable, ImportError> {
  const lines = lineCounter(text);
  const records: CsvRow[] = [];
  try {
    parse(text, {
      bom: true,
      delimiter: delimiterOf(text),
      skip_empty_lines: true,
      relax_column_count: true,
      record_delimiter: ['\r\n', '\n', '\r'],
      on_record: (fields: string[], context) => {
        const line = lines.nextStart();
        // A row of separators only (;;;;), as Excel saves rows that once held something: a blank line.
        if (fields.some((f) => f.trim() !== '')) records.push({ line, fields });
        lines.advanceTo(context.bytes);
        return null;
      },
    });
  } catch (e) {
    // The record that failed starts after the last one read.
    const line = lines.nextStart();
    const code = CODES[codeOf(e)] ?? 'csv.malformed';
    return err({ line, code, message: MESSAGES[code] ?? briefly(e) });
  }
  const [head, ...rows] = records;
  if (!head) return err({ line: 1, code: 'csv.empty', message: 'the file has no header row' });
  for (const row of rows) {
    if (row.fields.length !== head.fields.length) {
      return err({
        line: row.line,
        code: 'csv.field-count',
        message: `expected ${head.fields.length} fields, found ${row.fields.length}`,
        expected: head.fields.length,
        found: row.fields.length,
      });
    }
  }
  return ok({ header: head.fields, rows });
}

/** One CSV line (RFC 4180 quoting, LF ending) for the batch outputs: clusters, hits, generated people. */
export function csvLine(values: readonly (string | number)[]): string {
  return stringify([values.map(String)]);
}

/** Parses a people CSV file; see peopleFromCsv for the columns. */
export function parsePeopleCsv(text: string): Result<LabelledRow[], ImportError> {
  const table = readCsv(text);
  return table.ok ? peopleFromCsv(table.value) : table;
}

/** Parses a watchlist CSV file; see watchlistFromCsv for the columns. */
export function parseWatchlistCsv(text: string): Result<WatchlistEntry[], ImportError> {
  const table = readCsv(text);
  return table.ok ? watchlistFromCsv(table.value) : table;
}

export type WatchlistFormat = 'csv' | 'un-xml' | 'ftm';

/**
 * Parses a watchlist in one of the formats Paso imports. Paso's own CSV is all or nothing; the
 * published lists skip and report what they cannot read.
 */
export function parseWatchlist(format: WatchlistFormat, text: string): Result<WatchlistImport, ImportError> {
  switch (format) {
    case 'csv': {
      const parsed = parseWatchlistCsv(text);
      return parsed.ok ? ok({ entries: parsed.value, skipped: [] }) : parsed;
    }
    case 'un-xml':
      return parseUnConsolidatedList(text);
    case 'ftm':
      return parseFtmJsonLines(text);
    default: {
      const never: never = format;
      return never;
    }
  }
}
