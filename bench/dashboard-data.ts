// Bulk data for the dashboard benchmark: crossing and tally events at PE-SANTA-ROSA (Lima, no summer
// time) spread over many days, written straight into crossing_event (each row with its state) and person (prepared
// statements on SQLite, unnest() multi-row inserts on PostgreSQL), and the rollups (crossing_count,
// vulnerability_count) summed in this process from each event's contribution by the same counting
// rules (contributionOf) that the server applies as events arrive. The events come in time order, as
// at a crossing (ids stay random, as booths make them), and the secondary indexes are dropped for the
// load and built once at the end, the usual way to load in bulk.
import { randomUUID } from 'node:crypto';
import SqliteDatabase from 'better-sqlite3';
import pg from 'pg';
import {
  type Contribution,
  cellKey,
  contributionOf,
  type VulnerabilityContribution,
  vulnerabilityContributionsOf,
  vulnerabilityKey,
} from '../src/domain/crossings';
import { createRandom } from '../src/domain/matching';

export const ZONE = 'America/Lima';
const CHUNK = 20_000;
const DECISIONS: readonly [string, number][] = [
  ['admitted', 0.8],
  ['admitted-transit', 0.08],
  ['referred-protection', 0.04],
  ['refused', 0.06],
  ['held', 0.02],
];
const NATIONALITIES = ['VEN', 'VEN', 'VEN', 'VEN', 'COL', 'PER', 'CHL', 'HTI', 'BOL', 'ECU'];
const VULNERABILITIES = ['pregnant', 'medical', 'separated-minor', 'asylum-seeker', 'elderly', 'disability'];
const CATEGORIES = ['man', 'woman', 'boy', 'girl', 'unknown'];

export interface LoadPlan {
  readonly events: number;
  readonly days: number;
  /** The last local date of the data (YYYY-MM-DD). */
  readonly lastDate: string;
  readonly checkpointId: string;
}

// A person's facts follow from their number, so ten million events need no table of people in memory.
const personId = (n: number) => `0b000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
function personOf(n: number) {
  const h = Math.imul(n ^ 0x5bd1e995, 0x9e3779b1) >>> 0;
  const year = 1940 + (h % 84);
  return {
    id: personId(n),
    sex: ['F', 'M', 'M', 'F', 'X'][h % 5] ?? 'F',
    birthDate:
      h % 9 === 0
        ? String(year)
        : `${year}-${String(1 + (h % 12)).padStart(2, '0')}-${String(1 + (h % 28)).padStart(2, '0')}`,
    year,
    nationality: NATIONALITIES[(h >>> 8) % NATIONALITIES.length] ?? 'VEN',
    // About one in fifty is a confirmed duplicate, merged into the person before it.
    mergedInto: n > 0 && (h >>> 4) % 50 === 0 ? personId(n - 1) : null,
  };
}

// A decision by the weights above, from a uniform draw in [0, 1).
function pick(draw: number): string {
  let left = draw;
  for (const [decision, weight] of DECISIONS) {
    left -= weight;
    if (left < 0) return decision;
  }
  return 'admitted';
}

type Rows = { events: unknown[][]; people: unknown[][]; days: unknown[][] };

/** Generates the events chunk by chunk, hands each chunk's rows to `write`, and sums the rollups. */
export async function generate(plan: LoadPlan, write: (rows: Rows) => Promise<void>) {
  const random = createRandom(2025);
  const people = Math.max(1, Math.floor(plan.events * 0.6));
  const first = Date.parse(`${plan.lastDate}T05:00:00Z`) - (plan.days - 1) * 86_400_000;
  const cells = new Map<string, Contribution & { crossed: number; refused: number; held: number }>();
  const vulnerable = new Map<
    string,
    VulnerabilityContribution & { crossed: number; refused: number; held: number }
  >();
  const seen = new Set<number>();
  const merged = new Set<number>();
  const add = <T extends { crossed: number; refused: number; held: number }>(
    map: Map<string, T>,
    key: string,
    c: T,
  ) => {
    const old = map.get(key);
    if (old === undefined) map.set(key, { ...c });
    else {
      old.crossed += c.crossed;
      old.refused += c.refused;
      old.held += c.held;
    }
  };
  // Events arrive in time order, as at a crossing: each chunk covers its own slice of the period,
  // its events spread at random in it and sorted (every day gets the same share on average).
  const seconds = plan.days * 86_400;
  for (let start = 0; start < plan.events; start += CHUNK) {
    const rows: Rows = { events: [], people: [], days: [] };
    // Distinct people by day (person_day), summed within the chunk and added to the table's rows.
    const days = new Map<string, unknown[]>();
    const end = Math.min(plan.events, start + CHUNK);
    const from = Math.floor((start / plan.events) * seconds);
    const span = Math.max(1, Math.floor((end / plan.events) * seconds) - from);
    const times = Array.from({ length: end - start }, () => from + random.int(span)).sort((a, b) => a - b);
    for (let i = start; i < end; i += 1) {
      const at = new Date(first + (times[i - start] ?? from) * 1000).toISOString();
      const id = randomUUID();
      const direction = random.chance(0.55) ? 'entry' : 'exit';
      let event: Record<string, unknown>;
      let person: ReturnType<typeof personOf> | null = null;
      let root: string | null = null;
      if (random.chance(0.25)) {
        event = {
          kind: 'tally',
          id,
          at,
          checkpoint: 'PE-SANTA-ROSA',
          direction,
          category: CATEGORIES[random.int(5)],
          nationality: 'VEN',
          count: 1 + random.int(5),
        };
      } else {
        const n = random.int(people);
        person = personOf(n);
        const decision = pick(random.next());
        event = {
          kind: 'crossing',
          id,
          at,
          checkpoint: 'PE-SANTA-ROSA',
          direction,
          decision,
          ...(decision === 'refused' ? { refusalGround: 'no-valid-document' } : {}),
          person: {
            givenNames: 'Bench',
            surname1: `P${n}`,
            sex: person.sex,
            birthDate: person.birthDate,
            nationality: person.nationality,
          },
          ...(random.chance(0.06)
            ? { vulnerabilities: [VULNERABILITIES[random.int(VULNERABILITIES.length)]] }
            : {}),
        };
        if (!seen.has(n)) {
          // A merge names a survivor already stored (this chunk's go first, see below).
          const mergedInto = person.mergedInto !== null && seen.has(n - 1) ? person.mergedInto : null;
          seen.add(n);
          if (mergedInto !== null) merged.add(n);
          rows.people.push([
            person.id,
            'Bench',
            `P${n}`,
            `P${n}||BENCH`,
            person.sex,
            person.year,
            person.nationality,
            mergedInto,
            at,
          ]);
        }
        root = merged.has(n) ? person.mergedInto : person.id;
      }
      const { kind: _k, id: _i, at: _a, checkpoint: _c, ...fields } = event;
      const countable = {
        id,
        kind: event.kind as 'crossing' | 'tally',
        checkpoint: 'PE-SANTA-ROSA',
        at,
        fields,
      };
      const c = contributionOf(countable, { voided: false, fields }, ZONE);
      if (c !== null && root !== null && c.crossed !== 0) {
        const key = `${c.dims.checkpoint}|${c.dims.date}|${c.dims.direction}|${root}`;
        const day = days.get(key);
        if (day) day[4] = (day[4] as number) + c.crossed;
        else days.set(key, [c.dims.checkpoint, c.dims.date, c.dims.direction, root, c.crossed]);
      }
      if (c !== null) {
        add(cells, cellKey(c.dims), c);
        for (const v of vulnerabilityContributionsOf(c, fields)) add(vulnerable, vulnerabilityKey(v), v);
      }
      rows.events.push([
        id,
        event.kind,
        plan.checkpointId,
        at,
        JSON.stringify(event),
        id,
        at,
        person?.id ?? null,
        // Its state (the event_state view reads these columns).
        typeof fields.decision === 'string' ? fields.decision : null,
        direction,
        c ? cellKey(c.dims) : null,
        c?.crossed ?? 0,
        c?.refused ?? 0,
        c?.held ?? 0,
        at,
      ]);
    }
    // Merged people point at people that must exist: their survivors go first.
    rows.people.sort((a, b) => (a[7] === null ? 0 : 1) - (b[7] === null ? 0 : 1));
    rows.days = [...days.values()];
    await write(rows);
  }
  return { cells: [...cells.values()], vulnerable: [...vulnerable.values()] };
}

// The tables the loader fills row by row.
const LOADED = ['crossing_event', 'person', 'person_day'];
// The daily totals (crossing_day) follow from the cells, as migration 0012 fills them.
const DAY_TOTALS_SQL =
  'DELETE FROM crossing_day; INSERT INTO crossing_day (checkpoint, date, direction, crossed, refused, held) SELECT checkpoint, date, direction, SUM(crossed), SUM(refused), SUM(held) FROM crossing_count GROUP BY checkpoint, date, direction';
const EVENT_SQL = `INSERT INTO crossing_event (id, kind, checkpoint_id, booth_id, at, corrects, body, body_hash, recorded_by, received_at, offline, person_id, demo, decision, direction, cell, crossed, refused, held, updated_at)`;
const PERSON_SQL = `INSERT INTO person (id, given_names, surname1, surname2, name_key, sex, birth_year, birth_month, birth_day, nationality, merged_into, demo, created_at)`;

/** What a load writes into: each chunk as it is made, then the summed rollups at the end. */
export interface Sink {
  write(rows: Rows): Promise<void>;
  finish(sums: Sums): Promise<void>;
}
type Sums = Awaited<ReturnType<typeof generate>>;

/** Loads into a migrated SQLite file with one connection of its own (closed at the end). */
export function sqliteSink(file: string): Sink {
  const db = new SqliteDatabase(file);
  // A bulk load: no journal, a 4 GiB cache, and the secondary indexes built once at the end.
  db.pragma('journal_mode = OFF');
  db.pragma('synchronous = OFF');
  db.pragma('foreign_keys = OFF');
  db.pragma('cache_size = -4194304');
  const deferred = db
    .prepare(
      `SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN (${LOADED.map(() => '?').join(', ')})`,
    )
    .all(...LOADED) as { name: string; sql: string }[];
  for (const index of deferred) db.exec(`DROP INDEX "${index.name}"`);
  const event = db.prepare(
    `${EVENT_SQL} VALUES (?, ?, ?, NULL, ?, NULL, ?, ?, NULL, ?, 0, ?, 0, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const person = db.prepare(`${PERSON_SQL} VALUES (?, ?, ?, NULL, ?, ?, ?, NULL, NULL, ?, ?, 0, ?)`);
  const day = db.prepare(
    'INSERT INTO person_day VALUES (?, ?, ?, ?, ?) ON CONFLICT (checkpoint, date, direction, person) DO UPDATE SET crossings = crossings + excluded.crossings',
  );
  const writeChunk = db.transaction((rows: Rows) => {
    for (const r of rows.people) person.run(...r);
    for (const r of rows.events) event.run(...r);
    for (const r of rows.days) day.run(...r);
  });
  return {
    write: async (rows) => writeChunk(rows),
    finish: async (sums) => {
      const cell = db.prepare(`INSERT INTO crossing_count VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
      const vuln = db.prepare(`INSERT INTO vulnerability_count VALUES (?, ?, ?, ?, ?, ?, ?)`);
      db.transaction(() => {
        for (const c of sums.cells) cell.run(...Object.values(c.dims), c.crossed, c.refused, c.held);
        for (const v of sums.vulnerable) vuln.run(...Object.values(v.dims), v.crossed, v.refused, v.held);
      })();
      for (const index of deferred) db.exec(index.sql);
      db.exec(DAY_TOTALS_SQL);
      db.exec('ANALYZE');
      db.pragma('journal_mode = WAL');
      db.close();
    },
  };
}

const unnest = (types: readonly string[]) =>
  `SELECT * FROM unnest(${types.map((t, i) => `$${i + 1}::${t}[]`).join(', ')})`;
const columns = (rows: readonly unknown[][], n: number) =>
  Array.from({ length: n }, (_, i) => rows.map((r) => r[i]));

/** Loads into a migrated PostgreSQL database, one unnest() insert per table and chunk. */
export async function postgresSink(url: string): Promise<Sink> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query('SET synchronous_commit = off');
  await client.query("SET maintenance_work_mem = '1GB'");
  // The secondary indexes (not those of primary keys and unique constraints) are built once at the end.
  const deferred = (
    await client.query<{ name: string; sql: string }>(
      `SELECT indexname AS name, indexdef AS sql FROM pg_indexes
       WHERE schemaname = current_schema() AND tablename = ANY($1)
         AND indexname NOT IN (SELECT conname FROM pg_constraint)`,
      [LOADED],
    )
  ).rows;
  for (const index of deferred) await client.query(`DROP INDEX "${index.name}"`);
  const run = (sqlText: string, rows: readonly unknown[][], types: readonly string[], tail = '') =>
    rows.length === 0
      ? Promise.resolve()
      : client.query(`${sqlText} ${unnest(types)}${tail}`, columns(rows, types.length));
  // A chunk is one statement (data-modifying WITH clauses), sent before this process writes the
  // same chunk to SQLite and makes the next one, and awaited only when the next chunk is sent: the
  // database server works while this process does.
  const params = (sets: readonly [readonly unknown[][], readonly string[]][]) => {
    const out: unknown[] = [];
    const sql = sets.map(([rows, types]) => {
      const from = out.length;
      out.push(...columns(rows, types.length));
      return `SELECT * FROM unnest(${types.map((t, i) => `$${from + i + 1}::${t}[]`).join(', ')})`;
    });
    return { sql, out };
  };
  let inFlight: Promise<unknown> = Promise.resolve();
  return {
    write: async (rows) => {
      await inFlight;
      const { sql, out } = params([
        [rows.people, ['text', 'text', 'text', 'text', 'text', 'int', 'text', 'text', 'text']],
        [
          rows.events,
          [
            ...['text', 'text', 'text', 'text', 'text', 'text', 'text', 'text'],
            ...['text', 'text', 'text', 'int', 'int', 'int', 'text'],
          ],
        ],
        [rows.days, ['text', 'text', 'text', 'text', 'int']],
      ]);
      inFlight = client.query(
        `WITH p AS (INSERT INTO person (id, given_names, surname1, name_key, sex, birth_year, nationality, merged_into, created_at) ${sql[0]}),
              e AS (INSERT INTO crossing_event (id, kind, checkpoint_id, at, body, body_hash, received_at, person_id, decision, direction, cell, crossed, refused, held, updated_at) ${sql[1]})
         INSERT INTO person_day (checkpoint, date, direction, person, crossings) ${sql[2]}
         ON CONFLICT (checkpoint, date, direction, person) DO UPDATE SET crossings = person_day.crossings + excluded.crossings`,
        out,
      );
    },
    finish: async (sums) => {
      await inFlight;
      await run(
        'INSERT INTO crossing_count',
        sums.cells.map((c) => [...Object.values(c.dims), c.crossed, c.refused, c.held]),
        [...Array.from({ length: 10 }, () => 'text'), 'int', 'int', 'int'],
      );
      await run(
        'INSERT INTO vulnerability_count',
        sums.vulnerable.map((v) => [...Object.values(v.dims), v.crossed, v.refused, v.held]),
        ['text', 'text', 'text', 'text', 'int', 'int', 'int'],
      );
      for (const index of deferred) await client.query(index.sql);
      await client.query(DAY_TOTALS_SQL);
      await client.query('ANALYZE');
      await client.end();
    },
  };
}

/**
 * Generates the events once and writes each chunk to every sink, PostgreSQL's first: its server
 * works on a chunk while this process writes the same chunk to SQLite. Answers the seconds taken.
 */
export async function load(plan: LoadPlan, sinks: readonly Sink[]): Promise<number> {
  const t = performance.now();
  const sums = await generate(plan, async (rows) => {
    for (const sink of sinks) await sink.write(rows);
  });
  for (const sink of sinks) await sink.finish(sums);
  return (performance.now() - t) / 1000;
}
