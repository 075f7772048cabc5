// What one protection of a date over every product costs the partners' dashboard: a week of figures
// at the density of ten million crossings a year at one checkpoint (BENCH_PROTECTION_EVENTS a day,
// default 27,000), in SQLite with the server's settings. The baseline is the exact dashboard
// (readDashboard), which analysts and supervisors get, run side by side in the same process.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  dashboardRowsOf,
  dateSums,
  protectDate,
  publishDashboard,
  publishFigures,
  scopeFigures,
} from '../src/domain/reports';
import { keptProtections } from '../src/server/dashboard/protected-days';
import { linearSolver } from '../src/server/reports/linear-solver';
import { withAuditKey } from '../src/store/audit';
import { loadPlaces } from '../src/store/crossings';
import { readDashboard, readDateCounts, readPeople } from '../src/store/dashboard';
import { migrate, openDatabase } from '../src/store/db';
import { refreshDemo, seedDemo } from '../src/store/demo';
import { boundsReader } from '../test/support/bounds-reader';
import { load, sqliteSink } from './dashboard-data';
import { noteLines, percentile } from './notes';

const solver = await linearSolver();

const PER_DAY = Number(process.env.BENCH_PROTECTION_EVENTS ?? 27_000);
const RUNS = Number(process.env.BENCH_PROTECTION_RUNS ?? 15);
const DAYS = 8;
const LAST = '2025-11-27';
const WEEK = { from: '2025-11-21', to: LAST };

const { lines, note } = noteLines();

const dir = mkdtempSync(join(tmpdir(), 'paso-bench-protection-'));
try {
  const file = join(dir, 'paso.sqlite');
  const db = withAuditKey(openDatabase({ kind: 'sqlite', file }), Buffer.alloc(32, 0x5a));
  await migrate(db);
  await seedDemo(db.kysely, new Date(`${LAST}T15:00:00Z`));
  const place = (await loadPlaces(db.kysely)).byCode.get('PE-SANTA-ROSA');
  const plan = { events: PER_DAY * DAYS, days: DAYS, lastDate: LAST, checkpointId: place?.id ?? '' };
  await load(plan, [sqliteSink(file)]);

  const exact = () => readDashboard(db.kysely, { date: LAST, days: 7 });
  const partners = async (kept: ReturnType<typeof keptProtections>) => {
    const days = await kept(db.kysely, WEEK.from, WEEK.to);
    const people = await readPeople(db.kysely, { date: LAST, days: 7 });
    const rows = {
      ...dashboardRowsOf(
        days.map((d) => d.counts),
        LAST,
        null,
      ),
      people,
      emergencies: [],
    };
    return publishDashboard(rows, new Map(days.map((d) => [d.day.date, d.day])), null);
  };
  // One crossing more today, as a booth's event moves the day's totals: today alone is protected again.
  const todayMoves = () =>
    db.kysely
      .updateTable('crossing_day')
      .set((eb) => ({ crossed: eb('crossed', '+', 1) }))
      .where('date', '=', LAST)
      .execute();
  const kept = keptProtections(() => new Date());
  const cases: [string, () => Promise<unknown>, (() => Promise<unknown>) | null][] = [
    ['exact figures, readDashboard (baseline)', exact, null],
    [
      'partners, no day kept: the week read and protected',
      () => partners(keptProtections(() => new Date())),
      null,
    ],
    ['partners, every day kept', () => partners(kept), null],
    ["partners, today's totals changed: today read and protected", () => partners(kept), todayMoves],
  ];
  const cells = await db.kysely
    .selectFrom('crossing_count')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('date', '>=', WEEK.from)
    .executeTakeFirst();
  const results: [string, number, number][] = [];
  for (const [name, run, before] of cases) {
    for (let i = 0; i < 2; i += 1) {
      await before?.();
      await run();
    }
    const times: number[] = [];
    for (let i = 0; i < RUNS; i += 1) {
      await before?.();
      const t = performance.now();
      await run();
      times.push(performance.now() - t);
    }
    results.push([name, percentile(times, 50), percentile(times, 95)]);
  }
  await db.close();

  // What partners see of the demo's week: every figure of every product and scope of each date, by
  // how it is published. The demo's history is sparse and spread over its checkpoints.
  const demo = withAuditKey(
    openDatabase({ kind: 'sqlite', file: join(dir, 'demo.sqlite') }),
    Buffer.alloc(32, 7),
  );
  await migrate(demo);
  const demoNow = new Date(`${LAST}T15:00:00Z`);
  await seedDemo(demo.kysely, demoNow);
  await refreshDemo(demo.kysely, demoNow);
  const seen = { figures: 0, shown: 0, small: 0, withheld: 0, people: 0, ms: 0, pinned: 0, before: 0 };
  const demoDays = await readDateCounts(demo.kysely, WEEK.from, LAST);
  const pinnedByBounds = await boundsReader();
  for (const day of demoDays) {
    const started = performance.now();
    const date = protectDate(day, solver);
    seen.ms += performance.now() - started;
    // What a reader who solves linear programs over every sum of the date pins down.
    // (The same figures and sums protectDate publishes, as it publishes them.)
    const sums = dateSums(day);
    const published = publishFigures(sums.values, sums.lines, sums.keep, solver);
    seen.pinned += pinnedByBounds(published, sums.lines).pinned.length;
    // And without the bounds rounds, as the protection was before them (decision 0015).
    const unbounded = publishFigures(sums.values, sums.lines, sums.keep);
    seen.before += pinnedByBounds(unbounded, sums.lines).pinned.length;
    for (const scope of [null, ...date.checkpoints]) {
      const rows = day.rows.filter((r) => scope === null || (r.dims.checkpoint ?? 'unknown') === scope);
      const needs = day.needs.filter((r) => scope === null || r.checkpoint === scope);
      for (const [key, n] of scopeFigures(rows, needs).values) {
        if (n <= 0) continue;
        seen.figures += 1;
        const shown = date.figure(scope, key);
        if (shown === 'small') seen.small += 1;
        else if (shown === 'withheld') {
          seen.withheld += 1;
          seen.people += n;
        } else seen.shown += 1;
      }
    }
  }
  await demo.close();

  const base = results[0]?.[1] ?? Number.NaN;
  note('## Protection of published figures');
  note('');
  note(
    `Made by \`node --import tsx bench/protection.bench.ts\` (or \`npm run bench -- protection\`), started ${new Date().toISOString()},`,
  );
  note(
    `${cpus().length} cores, Node ${process.version}, 1-minute load at the end ${loadavg()[0]?.toFixed(2)}.`,
  );
  note(
    `${(PER_DAY * DAYS).toLocaleString('en')} generated events over ${DAYS} days at PE-SANTA-ROSA (${PER_DAY.toLocaleString('en')} a day, the density`,
  );
  note(
    `of ten million a year; ${Number(cells?.n ?? 0).toLocaleString('en')} cells of figures in the week shown), in SQLite. The dashboard of ${LAST}`,
  );
  note(
    'with the 6 days before, for every checkpoint: the exact figures as analysts get them, and the figures as',
  );
  note(
    'partners get them, each day as its one protection over the report, the export and the dashboard publishes it (docs/reports.md). Each row runs twice to warm up, then',
  );
  note(`${RUNS} times.`);
  note('');
  note('| read | p50 | p95 | p50, ratio to the baseline |');
  note('| --- | --- | --- | --- |');
  for (const [name, p50, p95] of results) {
    note(`| ${name} | ${p50.toFixed(1)} ms | ${p95.toFixed(1)} ms | ${(p50 / base).toFixed(1)} |`);
  }
  note('');
  note(
    `What partners see of the demo's week (${demoDays.length} dates from ${WEEK.from}, every checkpoint and all of them, every figure above 0`,
  );
  note(
    'that the report, the export or the dashboard shows): how each is published, and the time to protect the dates.',
  );
  note('');
  note(
    '| figures above 0 | shown | `<5` | `x` | people in the `x` | `<5` pinned down by bounds | protecting the dates |',
  );
  note('| --- | --- | --- | --- | --- | --- | --- |');
  note(
    `| ${seen.figures} | ${seen.shown} | ${seen.small} | ${seen.withheld} | ${seen.people} | ${seen.pinned} | ${seen.ms.toFixed(0)} ms |`,
  );
  note('');
  note(
    '"Pinned down by bounds": `<5` figures whose least and most possible value meet for a reader who solves linear',
  );
  note(
    'programs (HiGHS, test/support/bounds-reader.ts) over every sum of the date, knowing that a `<5` is 1 to 4 and an `x` at least 5.',
  );
  note(
    `The protection checks this (bounds rounds, docs/reports.md); those left are ones only the marks themselves or a headline decide. Without those rounds: ${seen.before}.`,
  );
  writeFileSync(join(import.meta.dirname, 'results', 'protection.md'), `${lines.join('\n')}\n`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
