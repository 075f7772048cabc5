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
// The four tables a crossing of a newly registered person writes, in the order the import writes them
// (the event's row carries its state since migration 0018).
const ALL = ['person', 'person_document', 'crossing_event', 'registration'] as const;
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
  const registrations = byColumn(out, 'registration', 'id');
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
      if (has.has('registration'))
        for (const r of registrations.get(event[0]) ?? []) insert.registration.run(r);
    }
  });
}

// A leaner schema, tried before it is built: the event's row also carries its registration's columns,
// as it carries its state's, so that a crossing writes three rows (person, document, event) instead of
// four, and one (checkpoint, time) index instead of two.
const LEAN_EVENT = `create table crossing_event (id text primary key, kind text not null,
  checkpoint_id text not null references checkpoint (id), booth_id text references booth (id), at text not null,
  corrects text, body text not null, body_hash text not null, recorded_by text references app_user (id),
  received_at text not null, offline integer not null, person_id text references person (id), demo integer not null,
  intention text, consent integer, vulnerabilities text, screening_status text,
  fields text, voided integer not null, decision text, direction text, cell text, crossed integer not null,
  refused integer not null, held integer not null, corrections integer not null, updated_at text)`;
const LEAN_INDEXES = [
  'create index crossing_event_place_time on crossing_event (checkpoint_id, at)',
  'create index crossing_event_time on crossing_event (at, id)',
  'create index crossing_event_person on crossing_event (person_id) where person_id is not null',
  'create index crossing_event_corrects on crossing_event (corrects) where corrects is not null',
  "create index crossing_event_held on crossing_event (checkpoint_id, at) where decision = 'held'",
];

/** Seconds to write the same rows into the leaner schema. */
function leanFloor(source: string, target: string): number {
  const out = openTarget(source, target, ['person', 'person_document']);
  out.exec(LEAN_EVENT);
  for (const sql of LEAN_INDEXES) out.exec(sql);
  const events = out
    .prepare(
      `select ce.id, ce.kind, ce.checkpoint_id, ce.booth_id, ce.at, ce.corrects, ce.body, ce.body_hash, ce.recorded_by,
        ce.received_at, ce.offline, ce.person_id, ce.demo, r.intention, r.consent, r.vulnerabilities, r.screening_status,
        ce.fields, ce.voided, ce.decision, ce.direction, ce.cell, ce.crossed, ce.refused, ce.held, ce.corrections,
        ce.updated_at
      from s.crossing_event ce left join s.registration r on r.id = ce.id
      order by ce.rowid`,
    )
    .raw()
    .all() as Row[];
  const people = byColumn(out, 'person', 'id');
  const documents = byColumn(out, 'person_document', 'person_id');
  const person = insertInto(out, 'person');
  const document = insertInto(out, 'person_document');
  const event = insertInto(out, 'crossing_event');
  const written = new Set<unknown>();
  return timedBatches(out, events.length, (from, to) => {
    for (const row of events.slice(from, to)) {
      const id = row[11];
      if (id != null && !written.has(id)) {
        written.add(id);
        for (const r of people.get(id) ?? []) person.run(r);
        for (const r of documents.get(id) ?? []) document.run(r);
      }
      event.run(row);
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
  const four = floor(source, join(dir, 'four.sqlite'), ALL);
  const two = floor(source, join(dir, 'two.sqlite'), ['person', 'crossing_event']);
  const lean = leanFloor(source, join(dir, 'lean.sqlite'));
  const rate = (s: number) => `${Math.round(EVENTS / s).toLocaleString('en')} /s`;
  const lines = [
    '## Import floor: what SQLite alone takes to write the rows',
    '',
    `Made by \`node --import tsx bench/import-floor.bench.ts\` (or \`npm run bench -- import-floor\`), started ${startedAt},`,
    `${cpus().length} cores, Node ${process.version}, 1-minute load at the end ${loadavg()[0]?.toFixed(2)}.`,
    `${EVENTS.toLocaleString('en')} events as the crossings bench makes them, imported by \`paso events import\` into a fresh`,
    'demo database; then the rows of those tables (with the few hundred of the demo), copied in their order into a fresh file with the same',
    `tables and indexes by prepared better-sqlite3 statements (${BATCH.toLocaleString('en')} events a transaction, the import's pragmas):`,
    'the floor of the import with the schema as it is. The budget for the import is under 60 s. The last row writes the same rows',
    "into a leaner schema, tried here before it is built (bench/import-floor.bench.ts: the event's row carries its registration's",
    "columns, as it carries its state's since migration 0018; three rows a crossing instead of four, one (checkpoint, time) index instead of two).",
    '',
    '| what | time | rate | ratio to the import |',
    '| --- | --- | --- | --- |',
    `| \`paso events import\` | ${importSeconds.toFixed(1)} s | ${rate(importSeconds)} | 1 |`,
    `| SQLite alone, the four tables a crossing writes (${ALL.join(', ')}) | ${four.toFixed(1)} s | ${rate(four)} | ${(four / importSeconds).toFixed(2)} |`,
    `| SQLite alone, two of them (person, crossing_event) | ${two.toFixed(1)} s | ${rate(two)} | ${(two / importSeconds).toFixed(2)} |`,
    `| SQLite alone, a leaner schema not built yet: person, person_document, and one event row that also holds its registration | ${lean.toFixed(1)} s | ${rate(lean)} | ${(lean / importSeconds).toFixed(2)} |`,
    '',
    `The import said: \`${summary}\``,
    '',
  ];
  console.log(lines.join('\n'));
  writeFileSync(join(ROOT, 'bench', 'results', 'import-floor.md'), `${lines.join('\n')}\n`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
