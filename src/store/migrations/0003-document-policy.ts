// The document policy as versioned data: each save appends a version; none is ever changed, so a
// decision can name the version it rests on and the rules then in force can be read back.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('document_policy')
    .addColumn('version', 'integer', (c) => c.primaryKey())
    // The rules as JSON text, exactly as validated when saved.
    .addColumn('rules', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
}
