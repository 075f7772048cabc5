// Migration 0019 moves a crossing's registration into the event's row and keeps the registrations made
// without a crossing in a table of their own: every registration stored before it reads the same after
// it, through the view and the store's functions; screening hits keep referring to both kinds.
import { type Kysely, sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/support/databases';
import { eachMigratedDb } from '../../../test/support/migration-db';
import { findRegistration, screeningStatuses, setScreeningStatus } from '../people';

const BEFORE = '0018-state-in-event-row';
const AT = '2025-11-27T15:00:00.000Z';
const LATER = '2025-11-27T16:30:00.000Z';
const id = (n: number) => `f${n}000000-0000-4000-8000-000000000000`;
const CROSSING = id(1);
const AT_BOOTH = id(2);
const TALLY = id(3);

// Rows as the code before 0019 wrote them: a crossing of a person screening held, its registration
// (same id) and hit; a registration made at a booth without a crossing, and its hit; a tally.
async function storeAsBefore(db: Kysely<unknown>): Promise<void> {
  await sql`INSERT INTO checkpoint (id, code, name, country, latitude, longitude, time_zone, demo, created_at)
    VALUES ('cp', 'PE-SANTA-ROSA', 'Santa Rosa', 'PER', -18.1, -70.3, 'America/Lima', 0, ${AT})`.execute(db);
  await sql`INSERT INTO app_user (id, username, display_name, role, password_hash, created_at, updated_at)
    VALUES ('u', 'oficial', 'Oficial', 'officer', 'x', ${AT}, ${AT})`.execute(db);
  await sql`INSERT INTO watchlist (id, name, format, entry_count, imported_by, imported_at)
    VALUES ('w', 'Lista', 'csv', 1, 'u', ${AT})`.execute(db);
  await sql`INSERT INTO watchlist_entry (id, watchlist_id, watch_id, entry) VALUES ('we', 'w', 'W1', '{}')`.execute(
    db,
  );
  for (const [person, name] of [
    ['p1', 'ANA'],
    ['p2', 'LUIS'],
  ])
    await sql`INSERT INTO person (id, given_names, surname1, name_key, created_at)
      VALUES (${person}, ${name}, 'CRUZ', ${`${name} CRUZ`}, ${AT})`.execute(db);
  const event = (n: number, kind: string, person: string | null) =>
    sql`INSERT INTO crossing_event (id, kind, checkpoint_id, booth_id, at, corrects, body, body_hash,
        recorded_by, received_at, offline, person_id, demo, decision, direction)
      VALUES (${id(n)}, ${kind}, 'cp', NULL, ${AT}, NULL, '{}', ${`h${n}`}, 'u', ${LATER}, 1, ${person}, 0,
        'held', 'entry')`.execute(db);
  await event(1, 'crossing', 'p1');
  await event(3, 'tally', null);
  const registration = (n: number, person: string, intention: string, status: string, vulnerable: string) =>
    sql`INSERT INTO registration (id, person_id, checkpoint_id, booth_id, officer_id, at, received_at,
        intention, consent, vulnerabilities, offline, screening_status)
      VALUES (${id(n)}, ${person}, 'cp', NULL, 'u', ${AT}, ${LATER}, ${intention}, 1, ${vulnerable},
        ${n === 1 ? 1 : 0}, ${status})`.execute(db);
  await registration(1, 'p1', 'transit', 'hold', '["pregnant"]');
  await registration(2, 'p2', 'exit', 'clear', '[]');
  for (const n of [1, 2])
    await sql`INSERT INTO screening_hit (id, registration_id, person_id, watchlist_entry_id, score,
        explanation, model_version, status, created_at)
      VALUES (${`hit${n}`}, ${id(n)}, ${`p${n}`}, 'we', 0.9, '{}', 'm1', 'open', ${AT})`.execute(db);
}

describe.each(DIALECTS)('migration 0019 on %s', (dialect) => {
  const migratedWithOldRows = eachMigratedDb(dialect, BEFORE, storeAsBefore);

  it('reads every registration stored before it as before, each kept once in its own place', async () => {
    const k = await migratedWithOldRows();
    expect(await findRegistration(k, CROSSING)).toEqual({
      id: CROSSING,
      personId: 'p1',
      checkpointId: 'cp',
      boothId: null,
      officerId: 'u',
      at: AT,
      receivedAt: LATER,
      intention: 'transit',
      consent: true,
      vulnerabilities: ['pregnant'],
      offline: true,
      screeningStatus: 'hold',
    });
    expect(await findRegistration(k, AT_BOOTH)).toMatchObject({
      personId: 'p2',
      intention: 'exit',
      vulnerabilities: [],
      offline: false,
      screeningStatus: 'clear',
    });
    expect(await findRegistration(k, TALLY)).toBeUndefined();
    const booth = await k.selectFrom('booth_registration').select('id').execute();
    expect(booth).toEqual([{ id: AT_BOOTH }]);
    const all = await k.selectFrom('registration').select('id').orderBy('id').execute();
    expect(all.map((r) => r.id)).toEqual([CROSSING, AT_BOOTH]);
    const hits = await k
      .selectFrom('screening_hit')
      .select(['id', 'registration_id'])
      .orderBy('id')
      .execute();
    expect(hits).toEqual([
      { id: 'hit1', registration_id: CROSSING },
      { id: 'hit2', registration_id: AT_BOOTH },
    ]);
  });

  it("changes either kind of registration's screening status, and takes hits on a crossing's", async () => {
    const k = await migratedWithOldRows();
    await setScreeningStatus(k, CROSSING, 'clear');
    await setScreeningStatus(k, AT_BOOTH, 'hold');
    // A tally has no registration: it does not become one.
    await setScreeningStatus(k, TALLY, 'hold');
    expect(await screeningStatuses(k, [CROSSING, AT_BOOTH, TALLY])).toEqual(
      new Map([
        [CROSSING, 'clear'],
        [AT_BOOTH, 'hold'],
      ]),
    );
    await sql`INSERT INTO screening_hit (id, registration_id, person_id, watchlist_entry_id, score,
        explanation, model_version, status, created_at)
      VALUES ('hit3', ${CROSSING}, 'p1', 'we', 0.8, '{}', 'm1', 'open', ${AT})`.execute(k);
    expect(
      await k.selectFrom('screening_hit').select('id').where('registration_id', '=', CROSSING).execute(),
    ).toEqual([{ id: 'hit1' }, { id: 'hit3' }]);
  });

  it("refuses to change what a crossing's registration was received with", async () => {
    const k = await migratedWithOldRows();
    const change = (column: string, value: string | number) =>
      sql`UPDATE crossing_event SET ${sql.ref(column)} = ${value} WHERE id = ${CROSSING}`.execute(k);
    await expect(change('intention', 'entry'), 'intention').rejects.toThrow(/append-only/);
    await expect(change('consent', 0), 'consent').rejects.toThrow(/append-only/);
    await expect(change('vulnerabilities', '[]'), 'vulnerabilities').rejects.toThrow(/append-only/);
    await expect(change('body', '{"x":1}'), 'body').rejects.toThrow(/append-only/);
    await change('decision', 'admitted');
    expect((await findRegistration(k, CROSSING))?.intention).toBe('transit');
  });
});
