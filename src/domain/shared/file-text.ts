// Text files as admins and partners bring them: UTF-8, with or without a byte-order mark; UTF-16 with
// its mark (Excel's "Unicode text"); or, when the bytes are not UTF-8, Windows-1252, what Excel in
// Spanish on Windows saves as CSV (PEÑA is the byte D1 there, and read as UTF-8 it came out PE�A).
// Decoded by the platform's TextDecoder (the WHATWG Encoding standard, in browsers and in Node).
// Node 20's decoder reads Windows-1252's bytes 80–9F as Latin-1 (€, Š, Ž come out as control
// characters in the command line; browsers read them right); the letters of Spanish names are above.

export type FileEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** The text of a file's bytes and the encoding it was read in. */
export function textOfFile(bytes: Uint8Array): { readonly text: string; readonly encoding: FileEncoding } {
  const encoding = encodingOf(bytes);
  return { text: new TextDecoder(encoding).decode(bytes), encoding };
}

function utf16ByMark(bytes: Uint8Array): FileEncoding | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

function encodingOf(bytes: Uint8Array): FileEncoding {
  const utf16 = utf16ByMark(bytes);
  if (utf16) return utf16;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return 'utf-8';
  } catch {
    return 'windows-1252';
  }
}

/**
 * What a file people meant to bring as text is instead, from its first bytes: a spreadsheet workbook
 * (an Excel .xlsx or an OpenDocument sheet, both zip files; or an old .xls), a PDF, or other binary
 * bytes (a NUL byte early on, which no text in UTF-8 or Windows-1252 holds). Null when it reads as text.
 */
export type NotText = 'spreadsheet' | 'pdf' | 'binary';

const SNIFF_BYTES = 64 * 1024;

export function notTextKind(bytes: Uint8Array): NotText | null {
  const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b);
  if (starts(0x50, 0x4b, 0x03, 0x04)) return 'spreadsheet';
  if (starts(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) return 'spreadsheet';
  if (starts(0x25, 0x50, 0x44, 0x46, 0x2d)) return 'pdf';
  if (utf16ByMark(bytes)) return null;
  const head = bytes.subarray(0, SNIFF_BYTES);
  return head.includes(0) ? 'binary' : null;
}
