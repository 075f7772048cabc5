// Reads a list or people file as text: UTF-8, UTF-16 with its mark, or Windows-1252 when it is not
// UTF-8 (what Excel in Spanish saves as CSV), saying which when it is not UTF-8. A workbook, a PDF or
// another binary file is refused with what to do instead, before any of it is parsed.
import { readFile } from 'node:fs/promises';
import { type NotText, notTextKind, textOfFile } from '../../domain/shared';
import { InputFileError, withPath } from '../failures';

const INSTEAD: Record<NotText, string> = {
  spreadsheet:
    'is a spreadsheet workbook (Excel or OpenDocument), not text: save the sheet as CSV (UTF-8) and give that file',
  pdf: 'is a PDF, not text: give the list as CSV, UN XML or OpenSanctions JSON',
  binary: 'is not a text file (it holds NUL bytes): give a CSV, XML or JSON file',
};

export async function readTextFile(path: string, say: (line: string) => void): Promise<string> {
  const bytes = await readFile(path).catch((error: unknown) => {
    throw withPath(error, path);
  });
  const kind = notTextKind(bytes);
  if (kind) throw new InputFileError(`${path} ${INSTEAD[kind]}`);
  const { text, encoding } = textOfFile(bytes);
  if (encoding !== 'utf-8') say(`${path} is not UTF-8: read as ${encoding}`);
  return text;
}
