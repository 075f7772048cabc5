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

function encodingOf(bytes: Uint8Array): FileEncoding {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return 'utf-8';
  } catch {
    return 'windows-1252';
  }
}
