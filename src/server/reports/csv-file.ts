// A table written as a CSV file in one of Paso's dialects (domain/reports csv-dialect), with
// csv-stringify: fields quoted when they hold the separator, a quote or a line break, lines in CRLF.
import { stringify } from 'csv-stringify/sync';
import { type CsvDialect, csvLayout } from '../../domain/reports';

export function csvFile(table: readonly (readonly string[])[], dialect: CsvDialect): string {
  const layout = csvLayout(dialect);
  return stringify(
    table.map((row) => [...row]),
    {
      bom: layout.bom,
      delimiter: layout.separator,
      escape_formulas: layout.escapeFormulas,
      record_delimiter: 'windows',
    },
  );
}
