// The dashboard's figures over many crossing events (BENCH_DASHBOARD_EVENTS, default 10,000,000) on
// SQLite and PostgreSQL: p95 of each dashboard query, read from the maintained rollups, beside a plain
// GROUP BY over the raw events (JSON bodies, indexed by checkpoint and time) for the same answer in the
// same run, as a ratio; and the time a new event takes to reach a connected dashboard (SSE).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { localDayBounds } from '../src/domain/crossings';
import { withAuditKey } from '../src/store/audit';
import { loadPlaces } from '../src/store/crossings';
import { readDashboard } from '../src/store/dashboard';
import { type Db, migrate, openDatabase } from '../src/store/db';
import { seedDemo } from '../src/store/demo';
import { startPostgres } from '../test/support/postgres';
import { startServer, stopServer } from '../test/support/process';
import { load, postgresSink, sqliteSink, ZONE } from './dashboard-data';
import { measureLive } from './dashboard-live';
import { QUERIES, type Query, sameAnswer } from './dashboard-queries';
import { noteLines, percentile } from './notes';

const EVENTS = Number(process.env.BENCH_DASHBOARD_EVENTS ?? 10_000_000);
const DAYS = Number(process.env.BENCH_DASHBOARD_DAYS ?? 365);
const RUNS = Number(process.env.BENCH_DASHBOARD_RUNS ?? 40);
// `sqlite`, `postgres` or both (the default): a 10M load takes about half an hour a database.
const DATABASES = (process.env.BENCH_DASHBOARD_DATABASES ?? 'sqlite,postgres').split(',');
const onSqlite = DATABASES.includes('sqlite');
const onPostgres = DATABASES.includes('postgres');
const LAST_DATE = '2025-11-27';
const KEY = Buffer.alloc(32, 0x5a);
const { lines, note } = noteLines();

const ms = (x: number) => `${x.toFixed(1)} ms`;

async function timed(fn: () => Promise<unknown>): Promise<number[]> {
  for (let i = 0; i < 3; i += 1) await fn();
  const out: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const t = performance.now();
    await fn();
    out.push(performance.now() - t);
  }
  return out;
}

async function measure(name: string, db: Db) {
  const places = await loadPlaces(db.kysely);
  const place = places.byCode.get('PE-SANTA-ROSA');
  if (!place) throw new Error('no checkpoint');
  const q = { date: LAST_DATE, days: 7, checkpoint: undefined };
  const ctx: Query = {
    db,
    q,
    checkpointId: place.id,
    day: localDayBounds(LAST_DATE, ZONE),
    week: { from: localDayBounds('2025-11-21', ZONE).from, to: localDayBounds(LAST_DATE, ZONE).to },
  };
  note(`\n### ${name}: ${EVENTS.toLocaleString('en')} events over ${DAYS} days\n`);
  note(
    '| figure | rollups p50 | rollups p95 | raw GROUP BY p50 | raw GROUP BY p95 | ratio (p95) | same answer | budget p95 < 100 ms |',
  );
  note('| --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const query of QUERIES) {
    const fast = await timed(() => query.rollup(ctx));
    const slow = await timed(() => query.raw(ctx));
    const same = sameAnswer(await query.rollup(ctx), await query.raw(ctx));
    const p95 = percentile(fast, 95);
    note(
      `| ${query.name} | ${ms(percentile(fast, 50))} | ${ms(p95)} | ${ms(percentile(slow, 50))} | ${ms(percentile(slow, 95))} | ${(percentile(slow, 95) / p95).toFixed(1)}× | ${same ? 'yes' : 'NO'} | ${p95 < 100 ? 'yes' : 'no'} |`,
    );
  }
  const all = await timed(() => readDashboard(db.kysely, q));
  note(
    `| all seven at once (readDashboard, GET /api/dashboard) | ${ms(percentile(all, 50))} | ${ms(percentile(all, 95))} | | | | | ${percentile(all, 95) < 100 ? 'yes' : 'no'} |`,
  );
}

// Each server is a `paso serve` process of its own, as deployed: at ten million events a server holds
// millions of registered people in its matching index, and two of them do not fit in one process.
async function serverOn(env: Record<string, string>) {
  const started = performance.now();
  const server = await startServer(
    { ...env, PASO_AUDIT_KEY: KEY.toString('hex'), NODE_OPTIONS: '--max-old-space-size=12288' },
    [],
  );
  return { ...server, startSeconds: (performance.now() - started) / 1000 };
}

const rssMiB = (pid: number | undefined) => {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN) / 1024;
};

async function live(name: string, publisher: Record<string, string>, listener?: Record<string, string>) {
  const a = await serverOn(publisher);
  const b = listener ? await serverOn(listener) : a;
  try {
    const t = await measureLive(a, b, 20);
    const starts = [a, b].filter((s, i) => i === 0 || s !== a);
    note(
      `| ${name} | ${ms(percentile(t, 50))} | ${ms(percentile(t, 95))} | ${ms(Math.max(...t))} | ${t.length} | ${starts.map((s) => `${s.startSeconds.toFixed(0)} s, ${rssMiB(s.child.pid).toFixed(0)} MiB`).join('; ')} |`,
    );
  } finally {
    await stopServer(a, 'SIGTERM');
    if (b !== a) await stopServer(b, 'SIGTERM');
  }
}

async function main() {
  note(`## Dashboard — ${EVENTS.toLocaleString('en')} events`);
  note('');
  if (EVENTS < 10_000_000) {
    note(
      `**This run has ${EVENTS.toLocaleString('en')} events, not the budget's 10,000,000:** a check that the benchmark`,
    );
    note('works, not a measure against the budget.');
    note('');
  }
  note(
    `Made by \`BENCH_DASHBOARD_EVENTS=${EVENTS}${process.env.BENCH_DASHBOARD_DATABASES ? ` BENCH_DASHBOARD_DATABASES=${DATABASES.join(',')}` : ''} node --max-old-space-size=8192 --import tsx bench/dashboard.bench.ts\` (or \`npm run bench -- dashboard\`),`,
  );
  note(
    `started ${new Date().toISOString()}, ${cpus().length} cores, Node ${process.version}, load at the start ${loadavg()
      .map((l) => l.toFixed(1))
      .join(', ')}.`,
  );
  note('');
  note(
    `Events are generated (75% registered crossings, 6% of them with a vulnerability; 25% tallies; one in`,
  );
  note(
    `fifty people a merged duplicate) at PE-SANTA-ROSA over ${DAYS} days ending ${LAST_DATE}, in time order (random ids),`,
  );
  note(
    'and loaded in bulk (the secondary indexes dropped during the load and built at its end, then ANALYZE);',
  );
  note('the rollups are summed in the loader by the counting rules (contributionOf). No corrections, so the');
  note(
    'raw GROUP BY — over crossing_event by its (checkpoint_id, at) index, grouping the JSON fields of the',
  );
  note(`day's (or week's) events and mapped through the same rules in Node — must give the same answer, and`);
  note(
    `the "same answer" column checks it. Each query runs 3 times to warm up, then ${RUNS} times; the date`,
  );
  note(
    "shown is the last day, compared with the 6 days before. SQLite with the server's settings (WAL, 256 MiB",
  );
  note('cache); PostgreSQL a throwaway server with its default settings, after ANALYZE.');

  const dir = mkdtempSync(join(tmpdir(), 'paso-bench-dashboard-'));
  const postgres = startPostgres();
  try {
    const file = join(dir, 'paso.sqlite');
    const sqlite = withAuditKey(openDatabase({ kind: 'sqlite', file }), KEY);
    await migrate(sqlite);
    await seedDemo(sqlite.kysely, new Date(`${LAST_DATE}T15:00:00Z`));
    const place = (await loadPlaces(sqlite.kysely)).byCode.get('PE-SANTA-ROSA');
    const plan = { events: EVENTS, days: DAYS, lastDate: LAST_DATE, checkpointId: place?.id ?? '' };
    const admin = new pg.Client({ connectionString: postgres.url });
    await admin.connect();
    await admin.query('CREATE DATABASE paso_dashboard');
    await admin.end();
    const url = postgres.url.replace(/\/postgres$/, '/paso_dashboard');
    const pgDb = withAuditKey(openDatabase({ kind: 'postgres', url }), KEY);
    await migrate(pgDb);
    await seedDemo(pgDb.kysely, new Date(`${LAST_DATE}T15:00:00Z`));
    const sinks = [...(onPostgres ? [await postgresSink(url)] : []), ...(onSqlite ? [sqliteSink(file)] : [])];
    const loaded = await load(plan, sinks);
    note(
      `\n${DATABASES.join(' and ')} loaded in one pass over the generated events, in ${loaded.toFixed(0)} s.`,
    );
    if (onSqlite) await measure('SQLite', sqlite);
    if (onPostgres) await measure('PostgreSQL', pgDb);

    note('\n### A new event reaching a connected dashboard\n');
    note(
      'From sending `POST /api/events` (one tally, as a booth does) to the `figures` event arriving on an',
    );
    note(
      'open `GET /api/live` stream, 20 times, one at a time, on the loaded databases. With PostgreSQL the',
    );
    note('event is posted to one server and the stream is open on a second server on the same database, so');
    note('it travels by NOTIFY/LISTEN.\n');
    note(
      'Each server is a `paso serve` process of its own; the last column gives the time each took to start',
    );
    note('(it reads every registered person into its matching index first) and its memory once measured.\n');
    note('| path | p50 | p95 | max | events | server start, resident memory |');
    note('| --- | --- | --- | --- | --- | --- |');
    if (onSqlite) await live('SQLite, one server', { PASO_DATA_DIR: dir });
    if (onPostgres) {
      await live('PostgreSQL, two servers (NOTIFY)', { PASO_DATABASE_URL: url }, { PASO_DATABASE_URL: url });
    }
    await sqlite.close();
    await pgDb.close();
  } finally {
    postgres.stop();
    rmSync(dir, { recursive: true, force: true });
  }
  note(
    `\nLoad at the end ${loadavg()
      .map((l) => l.toFixed(1))
      .join(', ')}.`,
  );
  writeFileSync(join(import.meta.dirname, 'results', 'dashboard.md'), `${lines.join('\n')}\n`);
}

await main();
