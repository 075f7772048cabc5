// `paso documents check`: one JSON line in per zone or identity number, one JSON result line out,
// streamed in chunks and written in batches so a million zones take seconds.
import { once } from 'node:events';
import { StringDecoder } from 'node:string_decoder';
import { checkJsonLineToJson, dayNumber } from '../../domain/documents';

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

  // Checks every complete line of `text`; returns the output for them and keeps the unfinished tail.
  const take = (text: string, final: boolean): string => {
    let out = '';
    let start = 0;
    for (;;) {
      let end = text.indexOf('\n', start);
      if (end < 0) {
        if (!final || start >= text.length) break;
        end = text.length;
      }
      let line = text.slice(start, end);
      start = end + 1;
      if (line.endsWith('\r')) line = line.slice(0, -1);
      if (line.trim().length === 0) continue;
      const { json, valid } = checkJsonLineToJson(line, day);
      lines++;
      if (!valid) invalid++;
      out += `${json}\n`;
    }
    rest = final ? '' : text.slice(start);
    return out;
  };

  for await (const chunk of input) {
    const text = rest + (typeof chunk === 'string' ? chunk : decoder.write(chunk));
    const out = take(text, false);
    if (out.length > 0 && !output.write(out)) await once(output, 'drain');
  }
  const out = take(rest + decoder.end(), true);
  if (out.length > 0 && !output.write(out)) await once(output, 'drain');
  return { lines, invalid };
}
