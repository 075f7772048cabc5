// Reads a list or people file as text: UTF-8, UTF-16 with its mark, or Windows-1252 when it is not
// UTF-8 (what Excel in Spanish saves as CSV), saying which when it is not UTF-8.
import { readFile } from 'node:fs/promises';
import { textOfFile } from '../../domain/shared';

export async function readTextFile(path: string, say: (line: string) => void): Promise<string> {
  const { text, encoding } = textOfFile(await readFile(path));
  if (encoding !== 'utf-8') say(`${path} is not UTF-8: read as ${encoding}`);
  return text;
}
