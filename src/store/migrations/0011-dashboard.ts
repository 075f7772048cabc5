// The dashboard's figures: crossings by vulnerability (maintained like crossing_count, in the same
// transaction as the events), and an index that finds a day's cells of every checkpoint at once.
import type { Kysely } from 'kysely';
import type { Dialect } from './index';

export async function up(db: Kysely<unknown>, _dialect: Dialect): Promise<void> {
  await db.schema
    .createTable('vulnerability_count')
    .addColumn('checkpoint', 'text', (c) => c.notNull())
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('direction', 'text', (c) => c.notNull())
    .addColumn('vulnerability', 'text', (c) => c.notNull())
    .addColumn('crossed', 'integer', (c) => c.notNull())
    .addColumn('refused', 'integer', (c) => c.notNull())
    .addColumn('held', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('vulnerability_count_cell', ['checkpoint', 'date', 'direction', 'vulnerability'])
    .execute();
  await db.schema.createIndex('vulnerability_count_date').on('vulnerability_count').column('date').execute();
  // crossing_count's key starts with the checkpoint; the dashboard of every checkpoint asks by date.
  await db.schema
    .createIndex('crossing_count_date')
    .on('crossing_count')
    .columns(['date', 'checkpoint'])
    .execute();
}
