import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvFile } from './csv-file';

// A row as a partner's file has it: a name with accents, a comma and quotes, and withheld figures.
const TABLE = [
  ['date', 'checkpoint', 'women', 'total'],
  ['2025-11-26', 'Complejo Fronterizo Santa Rosa, "Tacna" – Perú', '<5', '12'],
];
const BOM = [0xef, 0xbb, 0xbf];
const bytesOf = (text: string) => [...Buffer.from(text, 'utf8')];

describe('a CSV file in each dialect', () => {
  it('writes plain RFC 4180 for programs: commas, CRLF, no byte-order mark', () => {
    const text = csvFile(TABLE, 'rfc4180');
    expect(bytesOf(text).slice(0, 4)).toEqual(bytesOf('date'));
    expect(text).toBe(
      'date,checkpoint,women,total\r\n' +
        '2025-11-26,"Complejo Fronterizo Santa Rosa, ""Tacna"" – Perú",<5,12\r\n',
    );
    expect(parse(text)).toEqual(TABLE);
  });

  it('writes for Excel with ";" as list separator: a UTF-8 byte-order mark and semicolons', () => {
    const bytes = bytesOf(csvFile(TABLE, 'excel-semicolon'));
    expect(bytes.slice(0, 3)).toEqual(BOM);
    const text = Buffer.from(bytes.slice(3)).toString('utf8');
    // A comma is no separator here, so the name needs quotes only for its own quotes.
    expect(text.split('\r\n')[1]).toBe('2025-11-26;"Complejo Fronterizo Santa Rosa, ""Tacna"" – Perú";<5;12');
    expect(parse(text, { delimiter: ';' })).toEqual(TABLE);
  });

  it('writes for Excel with "," as list separator: a byte-order mark and commas', () => {
    const bytes = bytesOf(csvFile(TABLE, 'excel'));
    expect(bytes.slice(0, 3)).toEqual(BOM);
    expect(parse(Buffer.from(bytes.slice(3)).toString('utf8'))).toEqual(TABLE);
  });

  it('keeps a spreadsheet from running a name as a formula, and gives programs the name as it is', () => {
    const table = [['checkpoint'], ['=HYPERLINK("http://x","Santa Rosa")']];
    expect(csvFile(table, 'excel-semicolon')).toContain(`"'=HYPERLINK(""http://x"",""Santa Rosa"")"`);
    expect(parse(csvFile(table, 'rfc4180'))).toEqual(table);
  });
});
