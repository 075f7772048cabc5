// Peers for the screening benchmark, each run as its best users run it: PostgreSQL pg_trgm with a GIN
// index (`%` then similarity) and with a GiST index (`<->` nearest neighbours, the top k straight from
// the index), and fuse.js. The PostgreSQL found on the machine is started and its version printed.
import Fuse from 'fuse.js';
import pg from 'pg';
import type { MatchablePerson, ScreeningQuery, WatchlistEntry } from '../src/domain/matching';
import { startPostgres } from '../test/support/postgres';

export const fullName = (p: { givenNames: string; surname1: string; surname2?: string }) =>
  `${p.givenNames} ${p.surname1} ${p.surname2 ?? ''}`.trim();

export const entryName = (e: WatchlistEntry) => {
  const n = e.names[0];
  return typeof n === 'string' ? n : n ? fullName(n) : '';
};

export const quantile = (xs: readonly number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? 0;
};

const ms = (x: number) => `${x.toFixed(2)} ms`;
const TOP = 20;

export interface BaselineRun {
  readonly rows: string[];
  /** The PostgreSQL that ran, as it reports itself, or why none did. */
  readonly postgres: string;
}

interface Timed {
  readonly build: number;
  readonly latencies: number[];
  readonly found: number;
  readonly listed: number;
}

async function timeQueries(
  pool: pg.Pool,
  sql: string,
  queries: readonly ScreeningQuery[],
): Promise<Omit<Timed, 'build'>> {
  const latencies: number[] = [];
  let found = 0;
  let listed = 0;
  for (const q of queries) {
    const t = performance.now();
    const r = await pool.query<{ id: string }>(sql, [fullName(q.person).toLowerCase()]);
    latencies.push(performance.now() - t);
    if (q.watchId === undefined) continue;
    listed += 1;
    if (r.rows.some((row) => row.id === q.watchId)) found += 1;
  }
  return { latencies, found, listed };
}

function row(label: string, entries: number, t: Timed, ourP50: number): string {
  const p50 = quantile(t.latencies, 0.5);
  return `| ${label} | ${entries.toLocaleString('en')} | ${t.build.toFixed(1)} s | ${ms(p50)} | ${ms(quantile(t.latencies, 0.99))} | ${(p50 / Math.max(1e-6, ourP50)).toFixed(0)}× | ${t.found}/${t.listed} |`;
}

/** pg_trgm with GIN and with GiST on the same table of entries, the same queries. */
export async function benchPgTrgm(
  watchlist: readonly WatchlistEntry[],
  queries: readonly ScreeningQuery[],
  ourP50: number,
  log: (s: string) => void,
): Promise<BaselineRun> {
  let server: ReturnType<typeof startPostgres>;
  try {
    server = startPostgres();
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return { rows: [`| PostgreSQL pg_trgm | — | not run: ${why} | | | | |`], postgres: `none (${why})` };
  }
  const pool = new pg.Pool({ connectionString: server.url, max: 2 });
  try {
    const version = (await pool.query<{ v: string }>('SELECT version() AS v')).rows[0]?.v ?? 'unknown';
    const trgm = await pool.query<{ v: string }>(
      "SELECT default_version AS v FROM pg_available_extensions WHERE name = 'pg_trgm'",
    );
    const trgmVersion = trgm.rows[0]?.v;
    log(`  PostgreSQL: ${version}; pg_trgm ${trgmVersion ?? 'not available'}`);
    if (trgmVersion === undefined) {
      return {
        rows: ['| PostgreSQL pg_trgm | — | not run: the pg_trgm extension is not installed | | | | |'],
        postgres: version,
      };
    }
    await pool.query('CREATE EXTENSION pg_trgm');
    await pool.query('CREATE TABLE watch (id text PRIMARY KEY, name text NOT NULL)');
    for (let i = 0; i < watchlist.length; i += 20_000) {
      const chunk = watchlist.slice(i, i + 20_000);
      await pool.query('INSERT INTO watch SELECT * FROM unnest($1::text[], $2::text[])', [
        chunk.map((e) => e.watchId),
        chunk.map((e) => entryName(e).toLowerCase()),
      ]);
    }
    const index = async (ddl: string) => {
      const t0 = performance.now();
      await pool.query(ddl);
      await pool.query('ANALYZE watch');
      return (performance.now() - t0) / 1000;
    };
    const ginBuild = await index('CREATE INDEX watch_gin ON watch USING gin (name gin_trgm_ops)');
    const gin = await timeQueries(
      pool,
      `SELECT id FROM watch WHERE name % $1 ORDER BY similarity(name, $1) DESC LIMIT ${TOP}`,
      queries,
    );
    log(`  pg_trgm GIN: build ${ginBuild.toFixed(1)} s, p50 ${ms(quantile(gin.latencies, 0.5))}`);
    await pool.query('DROP INDEX watch_gin');
    const gistBuild = await index('CREATE INDEX watch_gist ON watch USING gist (name gist_trgm_ops)');
    const gist = await timeQueries(pool, `SELECT id FROM watch ORDER BY name <-> $1 LIMIT ${TOP}`, queries);
    log(`  pg_trgm GiST: build ${gistBuild.toFixed(1)} s, p50 ${ms(quantile(gist.latencies, 0.5))}`);
    return {
      rows: [
        row(
          'PostgreSQL pg_trgm, GIN, `%` then `similarity` (top 20)',
          watchlist.length,
          { ...gin, build: ginBuild },
          ourP50,
        ),
        row(
          'PostgreSQL pg_trgm, GiST, `<->` nearest neighbours (top 20)',
          watchlist.length,
          { ...gist, build: gistBuild },
          ourP50,
        ),
      ],
      postgres: `${version}; pg_trgm ${trgmVersion}`,
    };
  } finally {
    await pool.end();
    server.stop();
  }
}

/** fuse.js over the entries' full names, default extended options, threshold 0.3, top 20. */
export function benchFuse(
  watchlist: readonly WatchlistEntry[],
  queries: readonly MatchablePerson[],
  ourP50: number,
  log: (s: string) => void,
): string {
  log(`  fuse.js: ${watchlist.length} entries`);
  const t0 = performance.now();
  const fuse = new Fuse(
    watchlist.map((e) => ({ id: e.watchId, name: entryName(e) })),
    { keys: ['name'], threshold: 0.3, includeScore: true },
  );
  const build = (performance.now() - t0) / 1000;
  const lat = queries.map((q) => {
    const t = performance.now();
    fuse.search(fullName(q), { limit: TOP });
    return performance.now() - t;
  });
  log(`  fuse.js: p50 ${ms(quantile(lat, 0.5))}`);
  return `| fuse.js (threshold 0.3) | ${watchlist.length.toLocaleString('en')} | ${build.toFixed(1)} s | ${ms(quantile(lat, 0.5))} | ${ms(quantile(lat, 0.99))} | ${(quantile(lat, 0.5) / Math.max(1e-6, ourP50)).toFixed(0)}× | — |`;
}
