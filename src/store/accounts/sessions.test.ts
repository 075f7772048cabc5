// Expired sessions are deleted a batch at a time, through the index on their expiry, on both databases;
// a live session is never among them (a session is live until the instant it expires, not at it).
import { CompiledQuery, sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { DIALECTS, eachTestDb } from '../../../test/support/databases';
import { sqlitePlan } from '../../../test/support/query-plan';
import { DEMO_USERS, seedDemo } from '../demo';
import { createSession, deleteExpiredSessions, findSession } from './sessions';

const NOW = new Date('2025-11-27T15:00:00Z');
const at = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);
const OFFICER = DEMO_USERS.find((u) => u.role === 'officer')?.id ?? '';
const HOUR = 3_600_000;

describe.each(DIALECTS)('expired sessions, on %s', (dialect) => {
  const t = eachTestDb(dialect, (db) => seedDemo(db.kysely, NOW));

  it('deletes at most a batch of the sessions past their expiry at a time, and never a live one', async () => {
    const db = t.db.kysely;
    // Expired an hour, two hours and a minute ago, and at this instant; live for a minute and an hour.
    for (const minutes of [-120, -180, -61, -60]) await createSession(db, OFFICER, at(minutes), HOUR);
    const live = await Promise.all([-59, 0].map((m) => createSession(db, OFFICER, at(m), HOUR)));
    expect(await deleteExpiredSessions(db, NOW, 3)).toBe(3);
    expect(await deleteExpiredSessions(db, NOW, 3)).toBe(1);
    expect(await deleteExpiredSessions(db, NOW, 3)).toBe(0);
    const left = await db.selectFrom('session').select('expires_at').orderBy('expires_at').execute();
    expect(left.map((s) => s.expires_at)).toEqual(live.map((l) => l.session.expiresAt));
    for (const { token } of live) expect(await findSession(db, token, NOW)).toBeDefined();
  });

  it('finds the expired sessions through the index on their expiry', async () => {
    const db = t.db.kysely;
    const expired = db
      .selectFrom('session')
      .select('token_hash')
      .where('expires_at', '<=', NOW.toISOString())
      .limit(500);
    if (dialect === 'sqlite') {
      expect(await sqlitePlan(db, expired)).toMatch(/USING (COVERING )?INDEX session_expires/);
      return;
    }
    const plan = await db.transaction().execute(async (tx) => {
      // The table is small here: without this PostgreSQL reads it whole, as it may.
      await sql`SET LOCAL enable_seqscan = off`.execute(tx);
      const query = expired.compile();
      const explained = await tx.executeQuery<{ 'QUERY PLAN': string }>(
        CompiledQuery.raw(`EXPLAIN ${query.sql}`, [...query.parameters]),
      );
      return explained.rows.map((r) => r['QUERY PLAN']).join('\n');
    });
    expect(plan).toMatch(/Index (Only )?Scan (using|on) session_expires\b/);
  });
});
