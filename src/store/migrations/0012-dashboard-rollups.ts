// The dashboard at ten million events: daily totals (crossing_day) beside crossing_count, distinct
// people by day (person_day, see src/store/crossings/person-days.ts), both filled from what is
// stored; on SQLite crossing_count kept in key order (WITHOUT ROWID) so that a day's cells are read
// as one run of pages; and an index that finds a person's crossing events, for the rebuild a merge
// or an unmerge makes.
import { type Kysely, sql } from 'kysely';
import { DIMENSIONS } from '../../domain/crossings';
import { backfillPersonDays } from '../crossings';
import type { Executor } from '../executor';
import type { Dialect } from './index';

// crossing_count's cell: every counting dimension, in its key's order (as migration 0004 made it).
const CELL = DIMENSIONS;

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
  await backfillPersonDays(db as unknown as Executor);
}
