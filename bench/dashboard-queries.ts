// Each dashboard query twice: as the dashboard reads it (maintained rollups) and as a plain GROUP BY
// over the raw events would answer it (JSON fields of the events in the period, grouped in the
// database, then mapped through the counting rules in Node), so the two can be timed side by side.
import { sql } from 'kysely';
import {
  type Contribution,
  contributionOf,
  type Dimension,
  sumBy,
  vulnerabilityContributionsOf,
} from '../src/domain/crossings';
import {
  type DashboardQuery,
  readAgeSex,
  readDays,
  readDecisions,
  readHours,
  readNationalities,
  readPeople,
  readVulnerabilities,
} from '../src/store/dashboard';
import type { Db } from '../src/store/db';
import { ZONE } from './dashboard-data';

export interface Query {
  readonly db: Db;
  readonly q: DashboardQuery;
  readonly checkpointId: string;
  readonly day: { readonly from: string; readonly to: string };
  readonly week: { readonly from: string; readonly to: string };
}

type Field =
  | 'hour'
  | 'date'
  | 'direction'
  | 'decision'
  | 'nationality'
  | 'tallyNationality'
  | 'sex'
  | 'birthDate'
  | 'category'
  | 'vulnerabilities';

function expression(db: Db, field: Field) {
  const pgJson = (path: string) => sql.raw(`(body::jsonb)${path}`);
  const liteJson = (path: string) => sql`json_extract(body, ${path})`;
  const pgLocal = sql.raw(`(at::timestamptz AT TIME ZONE '${ZONE}')`);
  const isPg = db.dialect === 'postgres';
  switch (field) {
    case 'hour':
      return isPg ? sql`to_char(${pgLocal}, 'HH24')` : sql`strftime('%H', at, '-5 hours')`;
    case 'date':
      return isPg ? sql`to_char(${pgLocal}, 'YYYY-MM-DD')` : sql`date(at, '-5 hours')`;
    case 'nationality':
      return isPg ? pgJson("->'person'->>'nationality'") : liteJson('$.person.nationality');
    case 'tallyNationality':
      return isPg ? pgJson("->>'nationality'") : liteJson('$.nationality');
    case 'sex':
      return isPg ? pgJson("->'person'->>'sex'") : liteJson('$.person.sex');
    case 'birthDate':
      return isPg ? pgJson("->'person'->>'birthDate'") : liteJson('$.person.birthDate');
    case 'vulnerabilities':
      return isPg ? pgJson("->'vulnerabilities'") : liteJson('$.vulnerabilities');
    default:
      return isPg ? pgJson(`->>'${field}'`) : liteJson(`$.${field}`);
  }
}

interface Group {
  readonly kind: string;
  readonly values: Readonly<Record<string, unknown>>;
  readonly n: number;
  readonly count: number;
}

async function rawGroups(
  ctx: Query,
  fields: readonly Field[],
  range: { from: string; to: string },
): Promise<Group[]> {
  const { db } = ctx;
  const selected = fields.map((f) => sql`${expression(db, f)} as ${sql.ref(f)}`);
  const count =
    db.dialect === 'postgres' ? sql`(body::jsonb->>'count')::int` : sql`json_extract(body, '$.count')`;
  const rows = await sql<Record<string, unknown>>`
    SELECT kind, ${sql.join(selected)}, COUNT(*) AS n, SUM(${count}) AS c
    FROM crossing_event
    WHERE checkpoint_id = ${ctx.checkpointId} AND at >= ${range.from} AND at < ${range.to} AND kind <> 'correction'
    GROUP BY kind, ${sql.join(fields.map((f) => sql.ref(f)))}`.execute(db.kysely);
  return rows.rows.map((r) => ({ kind: String(r.kind), values: r, n: Number(r.n), count: Number(r.c ?? 0) }));
}

const parseList = (v: unknown) => (typeof v === 'string' ? (JSON.parse(v) as unknown) : v);

// A group of raw events as one event the counting rules can read, and its weight.
function contributionsOf(groups: readonly Group[], fallbackDate: string) {
  const out: { c: Contribution; fields: Record<string, unknown>; n: number }[] = [];
  for (const g of groups) {
    const v = g.values;
    const date = typeof v.date === 'string' ? v.date : fallbackDate;
    const hour = typeof v.hour === 'string' ? v.hour : '12';
    // Lima is UTC−05:00 all year: the local hour back to an instant within it.
    const at = new Date(Date.parse(`${date}T${hour}:30:00Z`) + 5 * 3_600_000).toISOString();
    const person = {
      sex: v.sex ?? undefined,
      birthDate: v.birthDate ?? undefined,
      nationality: v.nationality ?? undefined,
    };
    const fields: Record<string, unknown> =
      g.kind === 'tally'
        ? { direction: v.direction, category: v.category, nationality: v.tallyNationality, count: g.count }
        : {
            direction: v.direction,
            decision: v.decision,
            person,
            vulnerabilities: parseList(v.vulnerabilities),
          };
    const kind = g.kind === 'tally' ? 'tally' : 'crossing';
    const c = contributionOf(
      { id: '', kind, checkpoint: 'PE-SANTA-ROSA', at, fields },
      { voided: false, fields },
      ZONE,
    );
    if (c !== null) out.push({ c, fields, n: kind === 'tally' ? 1 : g.n });
  }
  return out;
}

const scaled = (list: ReturnType<typeof contributionsOf>) =>
  list.map(({ c, n }) => ({ ...c, crossed: c.crossed * n, refused: c.refused * n, held: c.held * n }));

const figure = (
  name: string,
  rollup: (ctx: Query) => Promise<unknown>,
  fields: readonly Field[],
  by: readonly Dimension[],
  week = false,
) => ({
  name,
  rollup,
  raw: async (ctx: Query) =>
    sumBy(scaled(contributionsOf(await rawGroups(ctx, fields, week ? ctx.week : ctx.day), ctx.q.date)), by),
});

export const QUERIES = [
  figure(
    'arrivals and departures per hour',
    (c) => readHours(c.db.kysely, c.q),
    ['hour', 'direction', 'decision'],
    ['hour', 'direction', 'source'],
  ),
  figure(
    'today against the 6 days before',
    (c) => readDays(c.db.kysely, c.q),
    ['date', 'direction', 'decision'],
    ['date', 'direction'],
    true,
  ),
  figure(
    'decisions',
    (c) => readDecisions(c.db.kysely, c.q),
    ['direction', 'decision'],
    ['decision', 'direction'],
  ),
  figure(
    'nationalities',
    (c) => readNationalities(c.db.kysely, c.q),
    ['direction', 'decision', 'nationality', 'tallyNationality'],
    ['nationality', 'direction'],
  ),
  figure(
    'age and sex',
    (c) => readAgeSex(c.db.kysely, c.q),
    ['decision', 'sex', 'birthDate', 'category'],
    ['age_group', 'age_band', 'sex'],
  ),
  {
    name: 'vulnerabilities',
    rollup: (c: Query) => readVulnerabilities(c.db.kysely, c.q),
    raw: async (ctx: Query) => {
      const rows = new Map<
        string,
        { vulnerability: string; direction: string; crossed: number; refused: number; held: number }
      >();
      for (const { c, fields, n } of contributionsOf(
        await rawGroups(ctx, ['direction', 'decision', 'vulnerabilities'], ctx.day),
        ctx.q.date,
      )) {
        for (const v of vulnerabilityContributionsOf(c, fields)) {
          const key = `${v.dims.vulnerability}|${v.dims.direction}`;
          const row = rows.get(key) ?? {
            vulnerability: v.dims.vulnerability,
            direction: v.dims.direction,
            crossed: 0,
            refused: 0,
            held: 0,
          };
          row.crossed += v.crossed * n;
          row.refused += v.refused * n;
          row.held += v.held * n;
          rows.set(key, row);
        }
      }
      return [...rows.values()];
    },
  },
  {
    name: 'distinct people (after merges)',
    rollup: (c: Query) => readPeople(c.db.kysely, c.q),
    raw: async (ctx: Query) => {
      const decision = expression(ctx.db, 'decision');
      const direction = expression(ctx.db, 'direction');
      const r = await sql<{ direction: string; people: number; crossings: number }>`
        SELECT ${direction} AS direction, COUNT(DISTINCT COALESCE(p.merged_into, p.id)) AS people, COUNT(*) AS crossings
        FROM crossing_event e JOIN person p ON p.id = e.person_id
        WHERE e.checkpoint_id = ${ctx.checkpointId} AND e.at >= ${ctx.day.from} AND e.at < ${ctx.day.to}
          AND e.kind = 'crossing' AND ${decision} IN ('admitted', 'admitted-transit', 'referred-protection')
        GROUP BY ${direction}`.execute(ctx.db.kysely);
      return r.rows.map((x) => ({
        direction: x.direction,
        people: Number(x.people),
        crossings: Number(x.crossings),
      }));
    },
  },
];

/** The same rows, whatever their order. */
export function sameAnswer(a: unknown, b: unknown): boolean {
  const canon = (x: unknown) =>
    Array.isArray(x) ? x.map((r) => JSON.stringify(r)).sort() : [JSON.stringify(x)];
  return JSON.stringify(canon(a)) === JSON.stringify(canon(b));
}
