// Travel passes: the Ed25519 keys that sign them (private halves sealed, docs/passes.md), every pass
// issued with its text, and the revocations that checkpoints receive with the public keys.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('pass_signing_key')
    .addColumn('kid', 'text', (c) => c.primaryKey())
    // The public key (base64url, RFC 8037 `x`) and the private one sealed with AES-256-GCM.
    .addColumn('public_x', 'text', (c) => c.notNull())
    .addColumn('sealed_private', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    // When a newer key took over signing; null while this one signs.
    .addColumn('retired_at', 'text')
    // The latest expiry among the passes it signed: it stays published until then.
    .addColumn('valid_until', 'text')
    .execute();
  await db.schema
    .createTable('travel_pass')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kid', 'text', (c) => c.notNull().references('pass_signing_key.kid'))
    // Whom and what it names, as plain values: the transit area's ids and codes, not foreign keys.
    .addColumn('person_id', 'text')
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('convoy_id', 'text', (c) => c.notNull())
    .addColumn('corridor_id', 'text', (c) => c.notNull())
    .addColumn('valid_from', 'text', (c) => c.notNull())
    .addColumn('valid_until', 'text', (c) => c.notNull())
    .addColumn('issued_at', 'text', (c) => c.notNull())
    .addColumn('issued_by', 'text', (c) => c.references('app_user.id'))
    // The content as signed (JSON) and the compact JWS the QR code holds.
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('pass_text', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('travel_pass_convoy').on('travel_pass').column('convoy_id').execute();
  await db.schema.createIndex('travel_pass_until').on('travel_pass').column('valid_until').execute();
  await db.schema
    .createTable('pass_revocation')
    .addColumn('pass_id', 'text', (c) => c.primaryKey().references('travel_pass.id'))
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('revoked_at', 'text', (c) => c.notNull())
    .addColumn('revoked_by', 'text', (c) => c.references('app_user.id'))
    .execute();
}
