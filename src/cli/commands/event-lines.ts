// Reading the lines of an event import: each line parsed, validated with the event schema, written in
// canonical form and hashed, and each crossing's name made into its comparison key. That is about a
// fifth of an import's work and needs no database, so a large import does it in a worker thread while
// the main thread applies the lines read before: the two cores work at once.
import { createHash } from 'node:crypto';
import { type EventIssue, type PasoEvent, parseEvent } from '../../api/events';
import { normalizeName } from '../../domain/matching';
import { type Protocol, startWorker, type WorkerHandle } from '../../server/jobs/worker';
import { canonical } from '../../store/audit';
import type { PreparedEvent } from '../../store/crossings';

export type EventLine =
  | { readonly kind: 'blank' }
  | { readonly kind: 'bad'; readonly reason: string }
  | { readonly kind: 'event'; readonly event: PasoEvent; readonly prepared: PreparedEvent };

const describeIssues = (issues: readonly EventIssue[]) =>
  issues.map((i) => `${i.path || 'event'}: ${i.message} (${i.code})`).join('; ');

/** One line of a JSON lines file, read as `paso events import` reads it. */
export function readEventLine(text: string, now = Date.now()): EventLine {
  if (text.trim() === '') return { kind: 'blank' };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { kind: 'bad', reason: `not JSON (${error instanceof Error ? error.message : String(error)})` };
  }
  const parsed = parseEvent(json, now);
  if (!parsed.ok) return { kind: 'bad', reason: describeIssues(parsed.issues) };
  const event = parsed.value;
  const body = canonical(event);
  const hash = createHash('sha256').update(body).digest('hex');
  if (event.kind !== 'crossing') return { kind: 'event', event, prepared: { body, hash } };
  const p = event.person;
  const name = normalizeName({ givenNames: p.givenNames, surname1: p.surname1, surname2: p.surname2 ?? '' });
  return { kind: 'event', event, prepared: { body, hash, nameKey: name.ok ? name.value.canonical : null } };
}

/**
 * A line as the worker sends it: an event as its canonical body alone. Copying an event's object
 * between threads cost the applying thread twice what parsing its body back does (a million events:
 * 4.6 s against 2 s), and the body holds the same event, keys sorted.
 */
export type WireLine =
  | { readonly kind: 'blank' }
  | { readonly kind: 'bad'; readonly reason: string }
  | { readonly kind: 'event'; readonly prepared: PreparedEvent };

export const toWire = (line: EventLine): WireLine =>
  line.kind === 'event' ? { kind: 'event', prepared: line.prepared } : line;

export const fromWire = (line: WireLine): EventLine =>
  line.kind === 'event'
    ? { kind: 'event', event: JSON.parse(line.prepared.body) as PasoEvent, prepared: line.prepared }
    : line;

export interface EventLinesProtocol extends Protocol {
  readonly input: null;
  readonly toWorker: { readonly id: number; readonly lines: readonly string[] };
  readonly toMain:
    | { readonly type: 'read'; readonly id: number; readonly lines: readonly WireLine[] }
    | { readonly type: 'failed'; readonly id: number; readonly message: string };
}

export interface LineReader {
  /** The lines read, in the order given. */
  read(lines: readonly string[]): Promise<EventLine[]>;
  stop(): Promise<void>;
}

/** Reads lines in this thread: for small files, where starting a worker costs more than it saves. */
export const inlineLineReader = (): LineReader => ({
  read: async (lines) => lines.map((line) => readEventLine(line)),
  stop: async () => undefined,
});

const WORKER = new URL('./event-lines-worker.ts', import.meta.url);

/** Reads lines in a worker thread; several chunks may be asked for before the first answer. */
export function workerLineReader(): LineReader {
  const waiting = new Map<number, { resolve: (l: EventLine[]) => void; reject: (e: Error) => void }>();
  let next = 0;
  let failure: Error | null = null;
  const fail = (error: Error) => {
    failure = error;
    for (const w of waiting.values()) w.reject(error);
    waiting.clear();
  };
  const worker: WorkerHandle<EventLinesProtocol> = startWorker<EventLinesProtocol>(
    WORKER,
    null,
    {
      message(m) {
        const w = waiting.get(m.id);
        waiting.delete(m.id);
        if (m.type === 'read') w?.resolve(m.lines.map(fromWire));
        else w?.reject(new Error(m.message));
      },
      ended: (error) => fail(error ?? new Error('the line reader stopped')),
    },
    { keepsProcessAlive: true },
  );
  return {
    read(lines) {
      if (failure) return Promise.reject(failure);
      const id = next++;
      return new Promise((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        worker.post({ id, lines });
      });
    },
    stop: () => worker.stop(),
  };
}
