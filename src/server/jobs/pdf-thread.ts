// A PDF drawn in a worker thread of its own. Drawing is synchronous work of tens of milliseconds a
// page (a convoy's passes, a situation report with its tables): in the serving thread it would hold
// every booth's request meanwhile. The module at `url` calls drawInThisThread with its drawing function;
// the thread that asks gets the PDF back, or the drawing's error.
import { threadId } from 'node:worker_threads';
import { type Protocol, startWorker, workerSide } from './worker';

interface PdfProtocol<I> extends Protocol {
  readonly input: I;
  readonly toMain:
    | { readonly type: 'done'; readonly pdf: Uint8Array; readonly threadId: number }
    | { readonly type: 'failed'; readonly message: string };
  readonly toWorker: never;
}

/** The PDF drawn by the worker module at `url` from `input`, and the thread that drew it. */
export function pdfInWorker<I>(
  url: URL,
  input: I,
): Promise<{ readonly pdf: Buffer; readonly threadId: number }> {
  return new Promise((resolve, reject) => {
    // Kept alive while it draws: a command that asks for a PDF waits for it before it ends.
    startWorker<PdfProtocol<I>>(
      url,
      input,
      {
        message(m) {
          if (m.type === 'failed') reject(new Error(m.message));
          else
            resolve({
              pdf: Buffer.from(m.pdf.buffer, m.pdf.byteOffset, m.pdf.byteLength),
              threadId: m.threadId,
            });
        },
        ended: (error) => reject(error ?? new Error('the PDF worker ended without an answer')),
      },
      { keepsProcessAlive: true },
    );
  });
}

/** In a worker module started by pdfInWorker: draws its input and sends the PDF (or why not) back. */
export function drawInThisThread<I>(draw: (input: I) => Promise<Buffer>): void {
  const side = workerSide<PdfProtocol<I>>();
  draw(side.input).then(
    (pdf) => side.post({ type: 'done', pdf, threadId }),
    (error: unknown) =>
      side.post({ type: 'failed', message: error instanceof Error ? error.message : String(error) }),
  );
}
