// `paso documents check`: one JSON line in per zone or identity number, one JSON result line out,
// streamed in chunks and written in batches so a million zones take seconds.
import { once } from 'node:events';
import { StringDecoder } from 'node:string_decoder';
import { checkJsonLineToJson, dayNumber } from '../../domain/documents';

// Output is written in batches of about this many characters: large enough that a write is rare,
// small enough that V8 builds and encodes the string in its young generation (strings over 128 KiB
// go to the large-object space, and building them there cost more than checking the zones).
const BATCH = 32_768;

/** Reads lines from `input`, writes a result line for each non-blank one, and counts them. */
export async function documentsCheck(
  input: NodeJS.ReadableStream,
  output: NodeJS.WritableStream,
  today: Date,
): Promise<{ lines: number; invalid: number }> {
  const day = dayNumber(today);
  const decoder = new StringDecoder('utf8');
  let lines = 0;
  let invalid = 0;
  let rest = '';

  // Checks every complete line of `text` and keeps the unfinished tail; returns the output batches.
  const take = (text: string, final: boolean): string[] => {
    const batches: string[] = [];
    let out = '';
    let start = 0;
    for (;;) {
      let end = text.indexOf('\n', start);
      if (end < 0) {
        if (!final || start >= text.length) break;
        end = text.length;
      }
      const lineEnd = end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
      const line = text.slice(start, lineEnd);
      start = end + 1;
      if (line.trim().length === 0) continue;
      const { json, valid } = checkJsonLineToJson(line, day);
      lines++;
      if (!valid) invalid++;
      out += `${json}\n`;
      if (out.length >= BATCH) {
        batches.push(out);
        out = '';
      }
    }
    if (out.length > 0) batches.push(out);
    rest = final ? '' : text.slice(start);
    return batches;
  };

  const write = async (batches: readonly string[]): Promise<void> => {
    let full = false;
    for (const batch of batches) full = !output.write(batch);
    if (full) await once(output, 'drain');
  };

  // A byte-order mark at the start (Windows PowerShell 5 writes one) is ignored, as RFC 8259 allows
  // and `paso events import` does, instead of costing the first line as "not JSON". It is looked for
  // in the first text decoded: a buffer may end inside its three bytes.
  let atStart = true;
  const withoutMark = (text: string): string => {
    if (!atStart || text.length === 0) return text;
    atStart = false;
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  };

  for await (const chunk of input) {
    await write(take(rest + withoutMark(typeof chunk === 'string' ? chunk : decoder.write(chunk)), false));
  }
  await write(take(rest + withoutMark(decoder.end()), true));
  return { lines, invalid };
}
