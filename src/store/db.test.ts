// A PostgreSQL connection that dies while idle in the pool (the database restarted, an administrator
// ended it) must not end the server: the pool drops it and the next query opens another.
import { sql } from 'kysely';
import pg from 'pg';
import { describe, expect, inject, it } from 'vitest';
import { eachTestDb } from '../../test/support/databases';

describe('the PostgreSQL pool', () => {
  const ctx = eachTestDb('postgres');

  it('goes on after its idle connections are terminated', async () => {
    const db = ctx.db.kysely;
    const before = await sql<{ pid: number }>`SELECT pg_backend_pid() AS pid`.execute(db);
    const pid = before.rows[0]?.pid;
    const admin = new pg.Client({ connectionString: inject('postgresUrl') });
    await admin.connect();
    const ended = await admin.query('SELECT pg_terminate_backend($1) AS ended', [pid]);
    await admin.end();
    expect(ended.rows[0]?.ended).toBe(true);
    // Let the idle connection read its termination and emit the error.
    await new Promise((resolve) => setTimeout(resolve, 200));
    const after = await sql<{ pid: number }>`SELECT pg_backend_pid() AS pid`.execute(db);
    expect(after.rows[0]?.pid).not.toBe(pid);
  });
});
