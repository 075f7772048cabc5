// A write is answered only once it is stored. Each route below used to send its 201 from inside its
// transaction, so the client heard "created" before the commit: a read right after could miss the
// write (a convoy still "departed" after its arrival was acknowledged), and a commit that failed
// left a client believing in a record that does not exist. PostgreSQL can make a commit fail on
// purpose: a deferred constraint trigger on the audit log, which every audited write inserts into.
import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Login, sendAs, suiteTestApp } from '../../test/support/app';
import { convoyBody, corridorBody, incidentBody, observationBody } from '../../test/support/write-bodies';

const uuid = (n: number) => `0c0a0000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const CONVOY = uuid(1);

describe('a write whose commit fails, on postgres', () => {
  const ctx = suiteTestApp('postgres', ['supervisor', 'humanitarian']);
  const send = sendAs(ctx);

  beforeAll(async () => {
    const created = await send(ctx.humanitarian, 'POST', '/api/convoys', convoyBody(CONVOY, 'CONVOY-C1'));
    expect(created.statusCode, created.body).toBe(201);
    const db = ctx.t.db.kysely;
    await sql`CREATE FUNCTION paso_test_fail_commit() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'the commit fails, as this test wants'; END $$`.execute(db);
    await sql`CREATE CONSTRAINT TRIGGER paso_test_fail_commit AFTER INSERT ON audit_entry
      DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION paso_test_fail_commit()`.execute(db);
  });

  const writes: readonly [string, () => Login, string, object, string][] = [
    [
      'an observation',
      () => ctx.supervisor,
      '/api/situation/observations',
      observationBody(uuid(2)),
      'situation_observation',
    ],
    ['an incident', () => ctx.supervisor, '/api/situation/incidents', incidentBody(uuid(3)), 'incident'],
    ['a corridor', () => ctx.supervisor, '/api/corridors', corridorBody(uuid(4), 'COMMIT-FAILS'), 'corridor'],
    ['a convoy', () => ctx.humanitarian, '/api/convoys', convoyBody(uuid(5), 'CONVOY-C2'), 'convoy'],
    [
      "an event of a convoy's log",
      () => ctx.humanitarian,
      `/api/convoys/${CONVOY}/events`,
      { id: uuid(6), at: '2025-11-27T14:30:00Z', event: { kind: 'cancelled', reason: 'Vía cerrada' } },
      'convoy_event',
    ],
  ];

  it.each(writes)(
    'answers %s with a problem, never a 201, and stores nothing',
    async (_, who, url, body, table) => {
      const answer = await send(who(), 'POST', url, body);
      expect(answer.statusCode, answer.body).toBe(500);
      expect(answer.headers['content-type']).toMatch(/^application\/problem\+json/);
      const id = (body as { id: string }).id;
      const stored = await sql<{
        n: number;
      }>`SELECT count(*)::int AS n FROM ${sql.table(table)} WHERE id = ${id}`.execute(ctx.t.db.kysely);
      expect(stored.rows[0]?.n).toBe(0);
    },
  );

  it('leaves the convoy as it was when the event was refused at commit', async () => {
    const detail = await send(ctx.humanitarian, 'GET', `/api/convoys/${CONVOY}`);
    expect(detail.json().convoy.status).toBe('planned');
  });
});
