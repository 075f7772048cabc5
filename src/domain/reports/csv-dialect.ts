// The ways Paso writes the CSV files that leave it: plain RFC 4180 for programs, and the two layouts
// Excel opens in columns with accents intact, which depend on the list separator of the reader's
// Windows regional settings (';' where the decimal mark is a comma: Peru, Chile, Venezuela, Spain).
export const CSV_DIALECTS = ['excel-semicolon', 'excel', 'rfc4180'] as const;
export type CsvDialect = (typeof CSV_DIALECTS)[number];

export interface CsvLayout {
  readonly separator: ',' | ';';
  /** A UTF-8 byte-order mark first: without it Excel reads the file in the system's ANSI code page. */
  readonly bom: boolean;
  /**
   * Fields that start with =, +, - or @ are written with a leading apostrophe, so a spreadsheet shows
   * them as text instead of running them as formulas (OWASP, "CSV injection"). Programs get the value.
   */
  readonly escapeFormulas: boolean;
}

export function csvLayout(dialect: CsvDialect): CsvLayout {
  switch (dialect) {
    case 'rfc4180':
      return { separator: ',', bom: false, escapeFormulas: false };
    case 'excel-semicolon':
      return { separator: ';', bom: true, escapeFormulas: true };
    case 'excel':
      return { separator: ',', bom: true, escapeFormulas: true };
    default: {
      const never: never = dialect;
      return never;
    }
  }
}
