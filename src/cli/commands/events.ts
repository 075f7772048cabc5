// `paso events import`, `paso events export` and `paso counts`: the event interchange as JSON lines,
// for other systems and for audit, and the figures as CSV or JSON. Imports go through the same
// validation and the same apply as the API; every bad line is named with its reason.

import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import type { Writable } from 'node:stream';
import type { PasoEvent } from '../../api/events';
import { figuresCsv, figuresTable } from '../../domain/crossings';
import type { CsvDialect } from '../../domain/reports';
import { addDays } from '../../domain/shared';
import { csvFile } from '../../server/reports/csv-file';
import { appendAudit } from '../../store/audit';
import { beginBulkWrites, letOthersWrite } from '../../store/bulk-writes';
import {
  type ApplyOutcome,
  applyEvents,
  countWaitingCorrections,
  type FigureQuery,
  loadPlaces,
  type PreparedEvent,
  readFigures,
  recountFigures,
  streamEvents,
} from '../../store/crossings';
import { decreeLookup } from '../../store/decrees';
import type { Executor } from '../../store/executor';
import { InputFileError } from '../failures';
import { type EventLine, inlineLineReader, workerLineReader } from './event-lines';

export interface ImportSummary {
  readonly lines: number;
  readonly applied: number;
  readonly duplicates: number;
  readonly bad: number;
  readonly waiting: number;
}

export interface Importer {
  readonly id: string;
  readonly username: string;
}

const BATCH = 2000;
// A file from this size on (about 5,000 events) is read in a worker thread; below it, starting the
// worker costs more than it saves. A few chunks are read ahead of the one being applied.
const WORKER_FROM_BYTES = 4 * 1024 * 1024;
const READ_AHEAD = 3;

// Each imported crossing records the decree in force where and when it happened, as the server does
// with the booths' crossings: the register is read for the span of the batch's crossings.
async function decreesOf(db: Executor, batch: readonly { event: PasoEvent }[]) {
  const times = batch.flatMap(({ event }) => (event.kind === 'crossing' ? [Date.parse(event.at)] : []));
  if (times.length === 0) return undefined;
  const iso = (ms: number) => new Date(ms).toISOString();
  return decreeLookup(db, iso(Math.min(...times)), iso(Math.max(...times)));
}

export interface ImportOptions {
  readonly now?: () => Date;
  /** Told how far the import has gone each time another `progressEvery` lines have been applied. */
  readonly progress?: (sofar: Omit<ImportSummary, 'waiting'>) => void;
  readonly progressEvery?: number;
}

type Taken = { readonly event: PasoEvent; readonly prepared: PreparedEvent; readonly line: number };

/**
 * Reads JSON lines, applies the good ones in batches as recorded by `user`, and reports each bad line
 * to `report`. Each batch is audited with the command line as its actor.
 */
export async function importEvents(
  db: Executor,
  file: string,
  user: Importer,
  report: (line: string) => void,
  newId: () => string,
  options: ImportOptions = {},
): Promise<ImportSummary> {
  const now = options.now ?? (() => new Date());
  const every = options.progressEvery ?? 100_000;
  let nextProgress = every;
  const places = await loadPlaces(db);
  const counts = { lines: 0, applied: 0, duplicates: 0, bad: 0 };

  const apply = async (taken: readonly Taken[]) => {
    if (taken.length === 0) return;
    const at = now().toISOString();
    const outcomes = await db.transaction().execute(async (tx) => {
      const out = await applyEvents(
        tx,
        taken.map((b) => b.event),
        {
          places,
          recordedBy: user.id,
          now: at,
          newId,
          mayResolveHolds: true,
          // Another system's records: a decision on a held crossing stands as recorded, note or not.
          asRecorded: true,
          decreeOf: await decreesOf(tx, taken),
        },
        taken.map((b) => b.prepared),
      );
      // The command line did it, with no password of the user's: the events are theirs, the entry is
      // the command line's, as every other command writes.
      await appendAudit(tx, {
        at,
        actorId: null,
        actorUsername: 'cli',
        action: 'events.import',
        detail: {
          as: user.username,
          file,
          firstLine: taken[0]?.line,
          lastLine: taken.at(-1)?.line,
          ...tally(out),
        },
      });
      return out;
    });
    outcomes.forEach((o, i) => {
      if (o.status === 'applied') counts.applied += 1;
      else if (o.status === 'duplicate') counts.duplicates += 1;
      else {
        counts.bad += 1;
        report(`line ${taken[i]?.line}: ${o.detail} (${o.code})`);
      }
    });
  };

  // Chunks of lines go to the reader as they come; each is applied, in order, once it has been read.
  const info = await stat(file);
  if (info.isDirectory()) throw new InputFileError(`${file}: is a folder, not a file`);
  const reader = info.size >= WORKER_FROM_BYTES ? workerLineReader() : inlineLineReader();
  const reading: { first: number; lines: Promise<EventLine[]> }[] = [];
  let chunk: string[] = [];
  const send = () => {
    if (chunk.length === 0) return;
    const lines = reader.read(chunk);
    lines.catch(() => undefined); // awaited in turn below; a failure must not go unhandled meanwhile
    reading.push({ first: counts.lines - chunk.length + 1, lines });
    chunk = [];
  };
  const applyNext = async () => {
    const next = reading.shift();
    if (!next) return;
    const taken: Taken[] = [];
    const lines = await next.lines;
    for (const [i, line] of lines.entries()) {
      if (line.kind === 'bad') {
        counts.bad += 1;
        report(`line ${next.first + i}: ${line.reason}`);
      } else if (line.kind === 'event') {
        taken.push({ event: line.event, prepared: line.prepared, line: next.first + i });
      }
    }
    await apply(taken);
    const through = next.first + lines.length - 1;
    if (options.progress && through >= nextProgress) {
      options.progress({ ...counts, lines: through });
      while (nextProgress <= through) nextProgress += every;
    }
    // A server on the same database gets its turn between two batches (booths wait one batch at most).
    await letOthersWrite(db);
  };
  const readLines = async () => {
    const lines = createInterface({
      input: createReadStream(file, 'utf8'),
      crlfDelay: Number.POSITIVE_INFINITY,
    });
    for await (const text of lines) {
      counts.lines += 1;
      // A byte-order mark (Windows PowerShell 5 writes one with -Encoding UTF8) is ignored, as RFC
      // 8259 allows, instead of costing the first event as "not JSON".
      chunk.push(counts.lines === 1 && text.startsWith('\ufeff') ? text.slice(1) : text);
      if (chunk.length < BATCH) continue;
      send();
      if (reading.length >= READ_AHEAD) await applyNext();
    }
    send();
    while (reading.length > 0) await applyNext();
  };
  // A reader left running (its worker thread) would keep the command from ever exiting.
  const endBulkWrites = await beginBulkWrites(db).catch(async (error: unknown) => {
    await reader.stop();
    throw error;
  });
  try {
    await readLines();
  } finally {
    await reader.stop();
    // Everything applied is on disk before the import reports, whether it ended or failed.
    await endBulkWrites();
  }
  return { ...counts, waiting: await countWaitingCorrections(db) };
}

function tally(outcomes: readonly ApplyOutcome[]) {
  const n = (s: ApplyOutcome['status']) => outcomes.filter((o) => o.status === s).length;
  return { applied: n('applied'), duplicates: n('duplicate'), refused: n('problem') };
}

async function write(out: Writable, text: string): Promise<void> {
  if (!out.write(text)) await once(out, 'drain');
}

/**
 * Every event whose time falls between two UTC dates (both included), as JSON lines, then every later
 * or earlier correction of those events (a decision corrected the next morning, the hold screening
 * made on arrival): imported into another Paso, the dates count as they do here. The export holds
 * every crossing's personal data, so it is audited once written, with the command line as its actor.
 */
export async function exportEvents(
  db: Executor,
  from: string,
  to: string,
  outPath?: string,
  now: () => Date = () => new Date(),
): Promise<number> {
  const out: Writable = outPath ? createWriteStream(outPath) : process.stdout;
  const start = new Date(`${from}T00:00:00Z`).toISOString();
  const end = `${addDays(to, 1)}T00:00:00.000Z`;
  const inRange = new Set<string>();
  let n = 0;
  for await (const rows of streamEvents(db, { from: start, to: end })) {
    // Lines gathered per page: one write of many lines instead of one per event.
    await write(out, `${rows.map((r) => r.body).join('\n')}\n`);
    for (const r of rows) if (r.kind !== 'correction') inRange.add(r.id);
    n += rows.length;
  }
  for (const outside of [
    { from: '0000-01-01T00:00:00.000Z', to: start },
    { from: end, to: '9999-12-31T23:59:59.999Z' },
  ]) {
    for await (const rows of streamEvents(db, outside)) {
      const theirs = rows.filter(
        (r) => r.kind === 'correction' && r.corrects !== null && inRange.has(r.corrects),
      );
      if (theirs.length === 0) continue;
      await write(out, `${theirs.map((r) => r.body).join('\n')}\n`);
      n += theirs.length;
    }
  }
  if (outPath) {
    out.end();
    await once(out, 'finish');
  }
  const file = outPath === undefined ? {} : { file: outPath };
  await db.transaction().execute((tx) =>
    appendAudit(tx, {
      at: now().toISOString(),
      actorId: null,
      actorUsername: 'cli',
      action: 'events.export',
      detail: { from, to, events: n, ...file },
    }),
  );
  return n;
}

export interface CountsOptions extends FigureQuery {
  readonly format: 'csv' | 'json';
  /** A CSV file laid out for Excel or as RFC 4180; left out, CSV as a terminal shows it. */
  readonly dialect?: CsvDialect | undefined;
  readonly recount: boolean;
}

export async function countsText(db: Executor, o: CountsOptions): Promise<string> {
  const rows = o.recount ? await recountFigures(db, o) : await readFigures(db, o);
  if (o.format === 'csv') {
    return o.dialect === undefined ? figuresCsv(rows, o.by) : csvFile(figuresTable(rows, o.by), o.dialect);
  }
  const flat = rows.map((r) => ({ ...r.dims, crossed: r.crossed, refused: r.refused, held: r.held }));
  return `${JSON.stringify(flat, null, 2)}\n`;
}
