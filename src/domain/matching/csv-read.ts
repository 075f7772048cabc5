// A small RFC 4180 CSV reader that keeps line numbers (quoted fields may span lines) so every
// import error can name the line; returns a Result, never throws.
import { err, ok, type Result } from '../shared';
import type { ImportError } from './watchlist';

export interface CsvRow {
  /** Line (1-based) where the row starts. */
  readonly line: number;
  readonly fields: readonly string[];
}

export interface CsvTable {
  readonly header: readonly string[];
  readonly rows: readonly CsvRow[];
}

/** Reads CSV text: header row first; blank lines skipped; a row must have as many fields as the header. */
export function readCsv(text: string): Result<CsvTable, ImportError> {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const records: CsvRow[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let rowLine = 1;
  let quoted = false;
  let quoteLine = 0;
  let fieldStarted = false;
  const endRow = () => {
    fields.push(field);
    if (!(fields.length === 1 && fields[0] === '')) records.push({ line: rowLine, fields });
    fields = [];
    field = '';
    fieldStarted = false;
  };
  for (let i = 0; i < src.length; i += 1) {
    const c = src[i];
    if (quoted) {
      if (c === '"') {
        if (src[i + 1] === '"') {
          field += '"';
          i += 1;
        } else quoted = false;
      } else {
        if (c === '\n') line += 1;
        field += c;
      }
      continue;
    }
    if (c === '"' && !fieldStarted) {
      quoted = true;
      quoteLine = line;
      fieldStarted = true;
    } else if (c === ',') {
      fields.push(field);
      field = '';
      fieldStarted = false;
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && src[i + 1] === '\n') i += 1;
      endRow();
      line += 1;
      rowLine = line;
    } else if (c === '"') {
      return err({ line, code: 'csv.stray-quote', message: 'a quote inside an unquoted field' });
    } else {
      field += c;
      fieldStarted = true;
    }
  }
  if (quoted)
    return err({ line: quoteLine, code: 'csv.unterminated-quote', message: 'a quoted field never ends' });
  if (field !== '' || fields.length > 0) endRow();
  const [head, ...rows] = records;
  if (!head) return err({ line: 1, code: 'csv.empty', message: 'the file has no header row' });
  const header = head.fields.map((h) => h.trim().toLowerCase());
  for (const row of rows) {
    if (row.fields.length !== header.length) {
      return err({
        line: row.line,
        code: 'csv.field-count',
        message: `expected ${header.length} fields, found ${row.fields.length}`,
      });
    }
  }
  return ok({ header, rows });
}
