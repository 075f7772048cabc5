import { describe, expect, it } from 'vitest';
import { textOfFile } from './file-text';

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
