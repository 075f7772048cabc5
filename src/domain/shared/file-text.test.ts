import { describe, expect, it } from 'vitest';
import { notTextKind, textOfFile } from './file-text';

const NAMES = 'watch_id;given_names;surname1\r\nW1;José;PEÑA NÚÑEZ\r\n';

describe('textOfFile', () => {
  it('reads UTF-8, with or without its byte-order mark', () => {
    const utf8 = new TextEncoder().encode(NAMES);
    expect(textOfFile(utf8)).toEqual({ text: NAMES, encoding: 'utf-8' });
    expect(textOfFile(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toEqual({
      text: NAMES,
      encoding: 'utf-8',
    });
  });

  it('reads a file that is not UTF-8 as Windows-1252, as Excel in Spanish saves it', () => {
    // José PEÑA NÚÑEZ ¿Ü? in Windows-1252: é E9, Ñ D1, Ú DA, ¿ BF, Ü DC.
    const bytes = new Uint8Array(
      [...'Jos']
        .map((c) => c.charCodeAt(0))
        .concat([
          0xe9, 0x20, 0x50, 0x45, 0xd1, 0x41, 0x20, 0x4e, 0xda, 0xd1, 0x45, 0x5a, 0x20, 0xbf, 0xdc, 0x3f,
        ]),
    );
    expect(textOfFile(bytes)).toEqual({ text: 'José PEÑA NÚÑEZ ¿Ü?', encoding: 'windows-1252' });
  });

  it('reads UTF-16 by its byte-order mark', () => {
    const le = new Uint8Array([
      0xff,
      0xfe,
      ...[...'Ñ;ú'].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]),
    ]);
    expect(textOfFile(le)).toEqual({ text: 'Ñ;ú', encoding: 'utf-16le' });
    const be = new Uint8Array([
      0xfe,
      0xff,
      ...[...'Ñ;ú'].flatMap((c) => [c.charCodeAt(0) >> 8, c.charCodeAt(0) & 0xff]),
    ]);
    expect(textOfFile(be)).toEqual({ text: 'Ñ;ú', encoding: 'utf-16be' });
  });
});

describe('notTextKind', () => {
  const bytes = (...b: number[]) => new Uint8Array([...b, ...new TextEncoder().encode(' rest of the file')]);

  it('names what an admin brings instead of a CSV: a workbook, a PDF, other binary bytes', () => {
    expect(notTextKind(bytes(0x50, 0x4b, 0x03, 0x04))).toBe('spreadsheet'); // .xlsx, .ods (zip)
    expect(notTextKind(bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1))).toBe('spreadsheet'); // .xls
    expect(notTextKind(new TextEncoder().encode('%PDF-1.7\n%âãÏÓ'))).toBe('pdf');
    expect(notTextKind(bytes(0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00))).toBe('binary');
  });

  it('takes every text textOfFile reads as text, UTF-16 with its NUL bytes included', () => {
    const samples = [
      new TextEncoder().encode(NAMES),
      new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(NAMES)]),
      new Uint8Array([0x4a, 0x6f, 0x73, 0xe9, 0x3b, 0x50, 0x45, 0xd1, 0x41]), // Windows-1252
      new Uint8Array([0xff, 0xfe, 0x4a, 0x00, 0xd1, 0x00]), // UTF-16LE "JÑ"
      new Uint8Array([0xfe, 0xff, 0x00, 0x4a, 0x00, 0xd1]), // UTF-16BE "JÑ"
      new Uint8Array([]),
    ];
    for (const sample of samples) expect(notTextKind(sample)).toBeNull();
  });
});
