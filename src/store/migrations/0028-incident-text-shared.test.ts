// Migration 0028 keeps with an incident's description, and with each note of its log, whether its
// writer shared it with humanitarian partners. Nobody was asked before it: every incident and entry
// stored before stays the staff's alone, and the log stays append-only.
import { type Kysely, sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/support/databases';
import { eachMigratedDb } from '../../../test/support/migration-db';
import { findIncident } from '../situation';

const AT = '2025-11-27T14:00:00.000Z';

async function storeAsBefore(db: Kysely<unknown>): Promise<void> {
  await sql`INSERT INTO incident (id, kind, title, description, latitude, longitude, checkpoint_id, severity,
      status, occurred_at, reported_at, reported_by, updated_at, closed_at, demo)
    VALUES ('i1', 'road-blockade', 'Bloqueo', 'Detenido por requisitoria de la PNP', -18.3, -70.32, NULL,
      'high', 'open', ${AT}, ${AT}, NULL, ${AT}, NULL, 0)`.execute(db);
  const entries: [string, number, string | null][] = [
    ['u1', 1, 'Detenido por requisitoria de la PNP'],
    ['u2', 2, 'Traslado a la fiscalía'],
  ];
  for (const [id, seq, note] of entries)
    await sql`INSERT INTO incident_update (id, incident_id, seq, at, by_id, note, status_from, status_to,
        severity_from, severity_to)
      VALUES (${id}, 'i1', ${seq}, ${AT}, NULL, ${note}, NULL, ${seq === 1 ? 'open' : null}, NULL,
        ${seq === 1 ? 'high' : null})`.execute(db);
}

describe.each(DIALECTS)('migration 0028 on %s', (dialect) => {
  const migrated = eachMigratedDb(dialect, '0027-person-created-index', storeAsBefore);

  it('keeps every incident text stored before it from partners, and the log append-only', async () => {
    const k = await migrated();
    const incident = await findIncident(k, 'i1');
    expect(incident?.descriptionShared).toBe(false);
    expect(incident?.updates.map((u) => [u.note, u.noteShared])).toEqual([
      ['Detenido por requisitoria de la PNP', false],
      ['Traslado a la fiscalía', false],
    ]);
    await expect(sql`UPDATE incident_update SET note_shared = 1`.execute(k)).rejects.toThrow(/append-only/);
  });
});
