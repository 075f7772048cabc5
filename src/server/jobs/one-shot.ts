// One piece of work done in a worker thread of its own, whose result comes back once: a PDF drawn, the
// figures recounted from every raw event. Such work is synchronous for long stretches (tens of
// milliseconds a PDF page, seconds for a recount at a million events); in the serving thread it would
// hold every booth's request meanwhile. The module at `url` calls answerInThisThread with its work;
// the thread that asks gets the result back, or the work's error.
import { type Protocol, startWorker, workerSide } from './worker';

interface OneShotProtocol<I, R> extends Protocol {
  readonly input: I;
  readonly toMain:
    | { readonly type: 'done'; readonly result: R }
    | { readonly type: 'failed'; readonly message: string };
  readonly toWorker: never;
}

/** What the worker module at `url` answers for `input` (structured clone keeps its shape). */
export function resultInWorker<I, R>(url: URL, input: I): Promise<R> {
  return new Promise((resolve, reject) => {
    // Kept alive while it works: a command that asks for a result waits for it before it ends.
    startWorker<OneShotProtocol<I, R>>(
      url,
      input,
      {
        message(m) {
          if (m.type === 'failed') reject(new Error(m.message));
          else resolve(m.result);
        },
        ended: (error) => reject(error ?? new Error(`the worker ${url.pathname} ended without an answer`)),
      },
      { keepsProcessAlive: true },
    );
  });
}

/** In a worker module started by resultInWorker: does its work on the input and sends the result (or why not) back. */
export function answerInThisThread<I, R>(work: (input: I) => Promise<R>): void {
  const side = workerSide<OneShotProtocol<I, R>>();
  work(side.input).then(
    (result) => side.post({ type: 'done', result }),
    (error: unknown) =>
      side.post({ type: 'failed', message: error instanceof Error ? error.message : String(error) }),
  );
}
