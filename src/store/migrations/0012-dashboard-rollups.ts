// The dashboard at ten million events: daily totals (crossing_day) beside crossing_count, distinct
// people by day (person_day, see src/store/crossings/person-days.ts), both filled from what is
// stored; on SQLite crossing_count kept in key order (WITHOUT ROWID) so that a day's cells are read
// as one run of pages; and an index that finds a person's crossing events, for the rebuild a merge
// or an unmerge makes.
//
// A migration runs the same on every database, whenever it is applied: it names its columns and
// reads what it backfills with its own statements, never through code that may change after it.
import { type Kysely, sql } from 'kysely';
import type { Dialect } from './index';

// crossing_count's cell: every counting dimension, in its key's order (as migration 0004 made it).
const CELL = [
  'checkpoint',
  'date',
  'hour',
  'direction',
  'nationality',
  'sex',
  'age_group',
  'age_band',
  'source',
  'decision',
] as const;

export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const keyOrdered = <T extends { modifyEnd(s: ReturnType<typeof sql>): T }>(table: T): T =>
    dialect === 'sqlite' ? table.modifyEnd(sql`without rowid`) : table;

  if (dialect === 'sqlite') {
    const cells = sql.raw(CELL.map((c) => `${c} text NOT NULL`).join(', '));
    const key = sql.raw(CELL.join(', '));
    await sql`CREATE TABLE crossing_count_ordered (${cells}, crossed integer NOT NULL,
      refused integer NOT NULL, held integer NOT NULL,
      CONSTRAINT crossing_count_cell PRIMARY KEY (${key})) WITHOUT ROWID`.execute(db);
    const columns = sql.raw([...CELL, 'crossed', 'refused', 'held'].join(', '));
    await sql`INSERT INTO crossing_count_ordered (${columns}) SELECT ${columns} FROM crossing_count`.execute(
      db,
    );
    await db.schema.dropTable('crossing_count').execute();
    await db.schema.alterTable('crossing_count_ordered').renameTo('crossing_count').execute();
    await db.schema
      .createIndex('crossing_count_date')
      .on('crossing_count')
      .columns(['date', 'checkpoint'])
      .execute();
  }

  await keyOrdered(
    db.schema
      .createTable('crossing_day')
      .addColumn('checkpoint', 'text', (c) => c.notNull())
      .addColumn('date', 'text', (c) => c.notNull())
      .addColumn('direction', 'text', (c) => c.notNull())
      .addColumn('crossed', 'integer', (c) => c.notNull())
      .addColumn('refused', 'integer', (c) => c.notNull())
      .addColumn('held', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint('crossing_day_key', ['checkpoint', 'date', 'direction']),
  ).execute();
  await sql`INSERT INTO crossing_day (checkpoint, date, direction, crossed, refused, held)
    SELECT checkpoint, date, direction, SUM(crossed), SUM(refused), SUM(held)
    FROM crossing_count GROUP BY checkpoint, date, direction`.execute(db);

  await keyOrdered(
    db.schema
      .createTable('person_day')
      .addColumn('checkpoint', 'text', (c) => c.notNull())
      .addColumn('date', 'text', (c) => c.notNull())
      .addColumn('direction', 'text', (c) => c.notNull())
      .addColumn('person', 'text', (c) => c.notNull())
      .addColumn('crossings', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint('person_day_key', ['checkpoint', 'date', 'direction', 'person']),
  ).execute();
  await db.schema.createIndex('person_day_person').on('person_day').column('person').execute();
  await db.schema.createIndex('crossing_event_person').on('crossing_event').column('person_id').execute();
  await fillPersonDays(db);
}

const PAGE = 5000;

/**
 * Fills person_day from every event's state, as the code kept it when this migration was written:
 * each registered crossing counted as crossed, under its person's merge root, by checkpoint, local
 * date and direction (the first, second and fourth parts of its cell key). Exported for its test.
 */
export async function fillPersonDays(db: Kysely<unknown>): Promise<void> {
  for (let after = ''; ; ) {
    const { rows } = await sql<{ id: string; cell: string | null; crossed: number | string; root: string }>`
      SELECT es.event_id AS id, es.cell AS cell, es.crossed AS crossed, COALESCE(p.merged_into, p.id) AS root
      FROM event_state es
      JOIN crossing_event ce ON ce.id = es.event_id
      JOIN person p ON p.id = ce.person_id
      WHERE es.event_id > ${after}
      ORDER BY es.event_id
      LIMIT ${PAGE}`.execute(db);
    const last = rows.at(-1);
    if (last === undefined) return;
    after = last.id;
    const days = new Map<string, [string, string, string, string, number]>();
    for (const r of rows) {
      const crossed = Number(r.crossed);
      if (r.cell === null || crossed === 0) continue;
      const parts = r.cell.split('|');
      const [checkpoint, date, direction] = [parts[0], parts[1], parts[3]].map((p) => p ?? 'unknown');
      const key = [checkpoint, date, direction, r.root].join('|');
      const day = days.get(key);
      if (day) day[4] += crossed;
      else days.set(key, [checkpoint ?? '', date ?? '', direction ?? '', r.root, crossed]);
    }
    const values = [...days.values()].map((d) => sql`(${sql.join(d)})`);
    for (let i = 0; i < values.length; i += 1000) {
      await sql`INSERT INTO person_day (checkpoint, date, direction, person, crossings)
        VALUES ${sql.join(values.slice(i, i + 1000))}
        ON CONFLICT (checkpoint, date, direction, person)
        DO UPDATE SET crossings = person_day.crossings + excluded.crossings`.execute(db);
    }
  }
}
