// How far `paso events import` is from what SQLite alone takes to write the same rows. Imports a
// million generated events (as the crossings bench does), then copies the rows the import wrote, in
// the order it wrote them, into a fresh file with the same tables and indexes: prepared better-sqlite3
// statements, 2,000 events to a transaction, the pragmas the import sets, nothing else. That copy is the floor
// of the import as the schema stands: no parsing, no hashing, no checks, no figures. Writes
// bench/results/import-floor.md.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import Sqlite from 'better-sqlite3';
import { writeEvents } from './crossings-data';

const ROOT = join(import.meta.dirname, '..');
const EVENTS = Number(process.env.BENCH_IMPORT_EVENTS ?? 1_000_000);
const BATCH = 2000;
// The three tables a crossing of a newly registered person writes, in the order the import writes them
// (the event's row carries its state since migration 0018, its registration since 0019).
const ALL = ['person', 'person_document', 'crossing_event'] as const;
type Table = (typeof ALL)[number];
// What they hang on, copied before the clock starts.
const REFERENCED = ['app_user', 'checkpoint', 'booth'];

type Row = unknown[];

function byColumn(db: Sqlite.Database, table: Table, column: string): Map<unknown, Row[]> {
  const names = db.prepare(`select name from pragma_table_info('${table}')`).pluck().all() as string[];
  const at = names.indexOf(column);
  const out = new Map<unknown, Row[]>();
  for (const row of db.prepare(`select * from s.${table}`).raw().iterate() as Iterable<Row>) {
    const list = out.get(row[at]);
    if (list) list.push(row);
    else out.set(row[at], [row]);
  }
  return out;
}

/** A fresh file with the import's pragmas, the referenced rows copied, and the schema's `tables` and their indexes. */
function openTarget(source: string, target: string, tables: readonly Table[]): Sqlite.Database {
  const out = new Sqlite(target);
  out.pragma('journal_mode = WAL');
  out.pragma('foreign_keys = ON');
  out.pragma('cache_size = -262144');
  out.pragma('temp_store = MEMORY');
  // As the import writes (src/store/bulk-writes.ts): no flush a batch, a checkpoint every 100,000 pages.
  out.pragma('synchronous = NORMAL');
  out.pragma('wal_autocheckpoint = 100000');
  out.exec(`ATTACH '${source}' AS s`);
  const schema = out
    .prepare(
      "select name, type, tbl_name as tableName, sql from s.sqlite_master where sql is not null and type in ('table', 'index')",
    )
    .all() as { name: string; type: string; tableName: string; sql: string }[];
  const wanted = new Set<string>([...REFERENCED, ...tables]);
  for (const t of schema) if (t.type === 'table' && wanted.has(t.name)) out.exec(t.sql);
  for (const t of REFERENCED) out.exec(`insert into main.${t} select * from s.${t}`);
  for (const i of schema) if (i.type === 'index' && tables.includes(i.tableName as Table)) out.exec(i.sql);
  return out;
}

/** A prepared insert of a whole row into the target's table. */
function insertInto(out: Sqlite.Database, table: string): Sqlite.Statement {
  const n = out.prepare(`select count(*) from pragma_table_info('${table}')`).pluck().get() as number;
  return out.prepare(`insert into main.${table} values (${Array(n).fill('?').join(',')})`);
}

/** Writes `batch(from, to)` for each run of BATCH events, one transaction each; durable at the end, as the import is. */
function timedBatches(
  out: Sqlite.Database,
  count: number,
  batch: (from: number, to: number) => void,
): number {
  const started = performance.now();
  for (let from = 0; from < count; from += BATCH) {
    out.exec('begin');
    batch(from, Math.min(count, from + BATCH));
    out.exec('commit');
  }
  out.pragma('synchronous = FULL');
  out.pragma('wal_checkpoint(FULL)');
  const seconds = (performance.now() - started) / 1000;
  out.close();
  return seconds;
}

/** Seconds to write the import's rows of `tables` into a fresh copy of their schema. */
function floor(source: string, target: string, tables: readonly Table[]): number {
  const out = openTarget(source, target, tables);
  const events = out.prepare('select * from s.crossing_event order by rowid').raw().all() as Row[];
  const eventColumns = out.prepare(`select name from pragma_table_info('crossing_event')`).pluck().all();
  const personAt = eventColumns.indexOf('person_id');
  const people = byColumn(out, 'person', 'id');
  const documents = byColumn(out, 'person_document', 'person_id');
  const insert = Object.fromEntries(tables.map((t) => [t, insertInto(out, t)])) as Record<
    Table,
    Sqlite.Statement
  >;
  const has = new Set(tables);
  const written = new Set<unknown>();

  return timedBatches(out, events.length, (from, to) => {
    for (const event of events.slice(from, to)) {
      const person = event[personAt];
      if (person != null && !written.has(person)) {
        written.add(person);
        if (has.has('person')) for (const r of people.get(person) ?? []) insert.person.run(r);
        if (has.has('person_document'))
          for (const r of documents.get(person) ?? []) insert.person_document.run(r);
      }
      if (has.has('crossing_event')) insert.crossing_event.run(event);
    }
  });
}

const startedAt = new Date().toISOString();
const dir = mkdtempSync(join(tmpdir(), 'paso-bench-floor-'));
try {
  const file = join(dir, 'events.jsonl');
  await writeEvents(file, EVENTS, 7);
  const env = { ...process.env, PASO_LOG_LEVEL: 'warn', PASO_DATA_DIR: join(dir, 'paso') };
  const paso = (args: string[]) =>
    spawnSync(process.execPath, [join(ROOT, 'bin', 'paso.mjs'), ...args], { env, encoding: 'utf8' });
  paso(['seed-demo']);
  const t0 = performance.now();
  const imported = paso(['events', 'import', '--in', file, '--as', 'admin']);
  const importSeconds = (performance.now() - t0) / 1000;
  const summary = imported.stderr.trim().split('\n').at(-1) ?? '';
  const source = join(dir, 'paso', 'paso.sqlite');
  const three = floor(source, join(dir, 'three.sqlite'), ALL);
  const two = floor(source, join(dir, 'two.sqlite'), ['person', 'crossing_event']);
  const rate = (s: number) => `${Math.round(EVENTS / s).toLocaleString('en')} /s`;
  const lines = [
    '## Import floor: what SQLite alone takes to write the rows',
    '',
    `Made by \`node --import tsx bench/import-floor.bench.ts\` (or \`npm run bench -- import-floor\`), started ${startedAt},`,
    `${cpus().length} cores, Node ${process.version}, 1-minute load at the end ${loadavg()[0]?.toFixed(2)}.`,
    `${EVENTS.toLocaleString('en')} events as the crossings bench makes them, imported by \`paso events import\` into a fresh`,
    'demo database; then the rows of those tables (with the few hundred of the demo), copied in their order into a fresh file with the same',
    `tables and indexes by prepared better-sqlite3 statements (${BATCH.toLocaleString('en')} events a transaction, the import's pragmas):`,
    "the floor of the import with the schema as it is. The budget for the import is under 60 s. A crossing's row carries its state",
    '(migration 0018) and its registration (0019): three rows a crossing of a newly registered person.',
    '',
    '| what | time | rate | ratio to the import |',
    '| --- | --- | --- | --- |',
    `| \`paso events import\` | ${importSeconds.toFixed(1)} s | ${rate(importSeconds)} | 1 |`,
    `| SQLite alone, the three tables a crossing writes (${ALL.join(', ')}) | ${three.toFixed(1)} s | ${rate(three)} | ${(three / importSeconds).toFixed(2)} |`,
    `| SQLite alone, two of them (person, crossing_event) | ${two.toFixed(1)} s | ${rate(two)} | ${(two / importSeconds).toFixed(2)} |`,
    '',
    `The import said: \`${summary}\``,
    '',
  ];
  console.log(lines.join('\n'));
  writeFileSync(join(ROOT, 'bench', 'results', 'import-floor.md'), `${lines.join('\n')}\n`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
