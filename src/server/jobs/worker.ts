// Starts a worker thread on a TypeScript module of the server and speaks to it by message. Both ends
// name the same protocol type: the worker's input and the messages each way. Messages cross by
// structured clone, which keeps their shape, so each end takes them as the protocol says.
import { parentPort, Worker, workerData } from 'node:worker_threads';

const ENTRY = new URL('./worker-entry.mjs', import.meta.url);

/**
 * Where the worker's module runs from: its bundle when the `paso` command (bin/paso.mjs) runs from its
 * bundle and names one for this source; else the source itself, through tsx (worker-entry.mjs).
 */
function workerScript(module: URL): URL {
  const bundled = (globalThis as { pasoBundledWorkers?: Readonly<Record<string, string>> })
    .pasoBundledWorkers?.[module.href];
  return bundled === undefined ? ENTRY : new URL(bundled);
}

export interface Protocol {
  readonly input: unknown;
  readonly toMain: unknown;
  readonly toWorker: unknown;
}

export interface WorkerHandle<P extends Protocol> {
  post(message: P['toWorker']): void;
  /** Stops the worker; `ended` is then told of no error. */
  stop(): Promise<void>;
  /** Whether the worker keeps the process alive from now on (while answers are awaited, say). */
  keepAlive(on: boolean): void;
}

export interface WorkerListener<P extends Protocol> {
  message(message: P['toMain']): void;
  /** Called once: with null when the worker finished by itself or was stopped, else with why it died. */
  ended(error: Error | null): void;
}

export function startWorker<P extends Protocol>(
  module: URL,
  input: P['input'],
  listener: WorkerListener<P>,
  options: { readonly keepsProcessAlive?: boolean } = {},
): WorkerHandle<P> {
  const worker = new Worker(workerScript(module), { workerData: { module: module.href, input } });
  // A worker keeps no process alive: the server's socket does, and a command ends when its work does.
  // A command that waits on its worker's answers keeps it alive until it stops it.
  if (!options.keepsProcessAlive) worker.unref();
  let ended = false;
  let stopping = false;
  const end = (error: Error | null) => {
    if (ended) return;
    ended = true;
    listener.ended(error);
  };
  worker.on('message', (message: P['toMain']) => listener.message(message));
  worker.on('error', (error) => end(error));
  worker.on('exit', (code) =>
    end(code === 0 || stopping ? null : new Error(`worker exited with code ${code}`)),
  );
  return {
    post: (message) => worker.postMessage(message),
    stop: async () => {
      stopping = true;
      await worker.terminate();
      end(null);
    },
    keepAlive: (on) => (on ? worker.ref() : worker.unref()),
  };
}

/** In a worker started by startWorker: its input, and the port to the thread that started it. */
export function workerSide<P extends Protocol>(): {
  readonly input: P['input'];
  post(message: P['toMain']): void;
  listen(handler: (message: P['toWorker']) => void): void;
} {
  const port = parentPort;
  if (!port) throw new Error('workerSide() is for modules started with startWorker()');
  const data: { readonly input: P['input'] } = workerData;
  return {
    input: data.input,
    post: (message) => port.postMessage(message),
    listen: (handler) => {
      port.on('message', handler);
    },
  };
}
