// A booth taken out of use: it stays, with every event recorded at it, but is no longer offered to
// officers. Null while the booth is in use; the instant it was retired otherwise.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('booth').addColumn('retired_at', 'text').execute();
}
