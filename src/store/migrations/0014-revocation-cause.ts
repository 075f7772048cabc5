// Why a pass was revoked, as a code a checkpoint says in its reader's language: taken off the convoy's
// manifest, or the convoy cancelled. Null for a revocation a supervisor wrote by hand (the reason says it).
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('pass_revocation').addColumn('cause', 'text').execute();
}
