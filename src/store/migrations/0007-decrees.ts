// The emergency decree register: each decree's content in force (the latest version) and every version
// it ever had, kept append-only so an amendment never loses what the record said before.
import type { Kysely } from 'kysely';
import type { Dialect } from './index';

export async function up(db: Kysely<unknown>, _dialect: Dialect): Promise<void> {
  await db.schema
    .createTable('decree')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('number', 'text', (c) => c.notNull())
    // The decree this one extends (a prórroga); null for a declaration.
    .addColumn('extends_id', 'text', (c) => c.references('decree.id'))
    .addColumn('version', 'integer', (c) => c.notNull())
    // The content of the latest version as JSON (the domain's DecreeContentSchema).
    .addColumn('body', 'text', (c) => c.notNull())
    // Its period in UTC, from inclusive, to exclusive, to find the decrees of an instant by index.
    .addColumn('starts_at', 'text', (c) => c.notNull())
    .addColumn('ends_at', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('demo', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.createIndex('decree_period').on('decree').columns(['starts_at', 'ends_at']).execute();

  await db.schema
    .createTable('decree_version')
    .addColumn('decree_id', 'text', (c) => c.notNull().references('decree.id'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    // 'recorded' for the first version, 'amended' for each later one (with its reason).
    .addColumn('change', 'text', (c) => c.notNull())
    .addColumn('reason', 'text')
    .addColumn('recorded_by', 'text')
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('decree_version_pk', ['decree_id', 'version'])
    .execute();
}
