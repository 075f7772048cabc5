// Migration 0018 moves each event's state from event_state into the event's row: the states stored
// before it read the same after it, and the event as received stays append-only on both databases.
import { type Kysely, sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/support/databases';
import { eachMigratedDb } from '../../../test/support/migration-db';

const BEFORE = '0017-unread-person-indexes';
const AT = '2025-11-27T15:00:00.000Z';

const id = (n: number) => `e${n}000000-0000-4000-8000-000000000000`;

// Rows as the code before 0018 wrote them: a crossing corrected to refused, a tally, and the correction.
async function storeAsBefore(db: Kysely<unknown>): Promise<void> {
  await sql`INSERT INTO checkpoint (id, code, name, country, latitude, longitude, time_zone, demo, created_at)
    VALUES ('cp', 'PE-SANTA-ROSA', 'Santa Rosa', 'PER', -18.1, -70.3, 'America/Lima', 0, ${AT})`.execute(db);
  const event = (n: number, kind: string, body: object, corrects: string | null = null) =>
    sql`INSERT INTO crossing_event (id, kind, checkpoint_id, booth_id, at, corrects, body, body_hash,
        recorded_by, received_at, offline, person_id, demo)
      VALUES (${id(n)}, ${kind}, 'cp', NULL, ${AT}, ${corrects}, ${JSON.stringify(body)}, ${`h${n}`},
        NULL, ${AT}, 0, NULL, 0)`.execute(db);
  await event(1, 'crossing', { direction: 'entry', decision: 'admitted' });
  await event(2, 'tally', { direction: 'exit', category: 'woman', count: 3 });
  await event(3, 'correction', { set: { decision: 'refused' } }, id(1));
  const state = (n: number, kind: string, s: Record<string, string | number | null>) =>
    sql`INSERT INTO event_state (event_id, kind, checkpoint_id, at, fields, voided, decision, direction,
        cell, crossed, refused, held, corrections, updated_at)
      VALUES (${id(n)}, ${kind}, 'cp', ${AT}, ${s.fields}, 0, ${s.decision}, ${s.direction}, ${s.cell},
        ${s.crossed}, ${s.refused}, 0, ${s.corrections}, ${AT})`.execute(db);
  await state(1, 'crossing', {
    fields: '{"direction":"entry","decision":"refused"}',
    decision: 'refused',
    direction: 'entry',
    cell: 'cell-1',
    crossed: 0,
    refused: 1,
    corrections: 1,
  });
  await state(2, 'tally', {
    fields: '',
    decision: null,
    direction: 'exit',
    cell: 'cell-2',
    crossed: 3,
    refused: 0,
    corrections: 0,
  });
}

describe.each(DIALECTS)('migration 0018 on %s', (dialect) => {
  const migratedWithOldRows = eachMigratedDb(dialect, BEFORE, storeAsBefore);

  it('keeps the state of every event stored before it, read where it was read before', async () => {
    const k = await migratedWithOldRows();
    const { rows } = await sql<Record<string, unknown>>`SELECT event_id, kind, fields, voided, decision,
        direction, cell, crossed, refused, held, corrections, updated_at
      FROM event_state ORDER BY event_id`.execute(k);
    expect(rows.map((r) => ({ ...r, crossed: Number(r.crossed), refused: Number(r.refused) }))).toEqual([
      expect.objectContaining({
        event_id: id(1),
        kind: 'crossing',
        fields: '{"direction":"entry","decision":"refused"}',
        decision: 'refused',
        cell: 'cell-1',
        crossed: 0,
        refused: 1,
        updated_at: AT,
      }),
      expect.objectContaining({ event_id: id(2), kind: 'tally', fields: '', cell: 'cell-2', crossed: 3 }),
    ]);
  });

  it('refuses to change or delete what an event was received with, and lets its state change', async () => {
    const k = await migratedWithOldRows();
    const change = (column: string, value: string) =>
      sql`UPDATE crossing_event SET ${sql.ref(column)} = ${value} WHERE id = ${id(1)}`.execute(k);
    for (const column of ['body', 'at', 'kind', 'checkpoint_id', 'body_hash', 'corrects'])
      await expect(change(column, 'x'), column).rejects.toThrow(/append-only/);
    await expect(sql`DELETE FROM crossing_event WHERE id = ${id(3)}`.execute(k)).rejects.toThrow(
      /append-only/,
    );
    await change('decision', 'admitted');
    const { rows } = await sql<{ decision: string; body: string }>`SELECT decision, body FROM crossing_event
      WHERE id = ${id(1)}`.execute(k);
    expect(rows).toEqual([{ decision: 'admitted', body: '{"direction":"entry","decision":"admitted"}' }]);
  });
});
