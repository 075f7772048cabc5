// A PDF drawn in a worker thread of its own (one-shot.ts). Drawing is synchronous work of tens of
// milliseconds a page (a convoy's passes, a situation report with its tables): in the serving thread
// it would hold every booth's request meanwhile. The module at `url` calls drawInThisThread with its
// drawing function; the thread that asks gets the PDF back, or the drawing's error.
import { threadId } from 'node:worker_threads';
import { answerInThisThread, resultInWorker } from './one-shot';

interface Drawn {
  readonly pdf: Uint8Array;
  readonly threadId: number;
}

/** The PDF drawn by the worker module at `url` from `input`, and the thread that drew it. */
export async function pdfInWorker<I>(
  url: URL,
  input: I,
): Promise<{ readonly pdf: Buffer; readonly threadId: number }> {
  const drawn = await resultInWorker<I, Drawn>(url, input);
  return {
    pdf: Buffer.from(drawn.pdf.buffer, drawn.pdf.byteOffset, drawn.pdf.byteLength),
    threadId: drawn.threadId,
  };
}

/** In a worker module started by pdfInWorker: draws its input and sends the PDF (or why not) back. */
export function drawInThisThread<I>(draw: (input: I) => Promise<Buffer>): void {
  answerInThisThread<I, Drawn>(async (input) => ({ pdf: await draw(input), threadId }));
}
