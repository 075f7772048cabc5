// What another server sharing a PostgreSQL database reads of the people committed since it last looked
// (src/server/matching/service.ts): each person once, when the transaction that made them commits,
// through the index by that transaction (migration 0029). PostgreSQL only: a SQLite file has one
// server, which reads nobody else's people (decision 0003).
import { CompiledQuery, sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { eachTestDb } from '../../../test/support/databases';
import { heldOpen } from '../../../test/support/held-transaction';
import { registrationOf } from '../../../test/support/registrations';
import { seedDemo } from '../demo';
import type { Executor } from '../executor';
import { insertRegistration, type PeopleMark, peopleCommittedSince, peopleMarkNow } from './index';

const AT = '2025-11-27T15:00:00.000Z';

describe('the people committed since a look on postgres', () => {
  const t = eachTestDb('postgres', (db) => seedDemo(db.kysely, new Date(AT)));
  const register = (db: Executor, n: number, at = AT) => {
    const r = registrationOf(n, `Persona ${n}`, 'Quispe');
    return insertRegistration(db, { ...r, registration: { ...r.registration, receivedAt: at } });
  };
  // Each look's people by given name, and the mark to look from next.
  const look = async (db: Executor, since: PeopleMark) => {
    const { people, mark } = await peopleCommittedSince(db, since);
    return { names: people.map((p) => p.givenNames).sort(), mark };
  };

  it('reads each person once, the one whose transaction committed after later ones were read too', async () => {
    const db = t.db.kysely;
    const start = await peopleMarkNow(db);
    // A registration whose transaction is still open while a later one commits and is read.
    const late = await heldOpen(db, (tx) => register(tx, 1));
    await register(db, 2);
    const first = await look(db, start);
    expect(first.names).toEqual(['Persona 2']);
    const idle = await look(db, first.mark);
    expect(idle.names).toEqual([]);
    late.commit();
    await late.done;
    const after = await look(db, idle.mark);
    expect(after.names).toEqual(['Persona 1']);
    // Made by a server whose clock is an hour behind: read like any other.
    await register(db, 3, '2025-11-27T14:00:00.000Z');
    const skewed = await look(db, after.mark);
    expect(skewed.names).toEqual(['Persona 3']);
    expect((await look(db, skewed.mark)).names).toEqual([]);
  });

  it('reads the people of the looking transaction only once it has committed', async () => {
    const db = t.db.kysely;
    const start = await peopleMarkNow(db);
    const inside = await db.transaction().execute(async (tx) => {
      await register(tx, 4);
      return look(tx, start);
    });
    expect(inside.names).toEqual([]);
    expect((await look(db, inside.mark)).names).toEqual(['Persona 4']);
  });

  it('does not read a person whose transaction id the cluster has not reached (restored from another)', async () => {
    const db = t.db.kysely;
    await register(db, 5);
    const start = await peopleMarkNow(db);
    // As a dump of a cluster further on than this one restores it.
    await sql`UPDATE person SET created_xid = '900000000000'::xid8 WHERE given_names = 'Persona 5'`.execute(
      db,
    );
    await register(db, 6);
    const first = await look(db, start);
    expect(first.names).toEqual(['Persona 6']);
    expect((await look(db, first.mark)).names).toEqual([]);
  });

  it('reads them through the index by the transaction that made them', async () => {
    const mark = await peopleMarkNow(t.db.kysely);
    const plan = await t.db.kysely.transaction().execute(async (tx) => {
      // The table is small here: without this PostgreSQL reads it whole, as it may; the test is that
      // it has an index to read instead.
      await sql`SET LOCAL enable_seqscan = off`.execute(tx);
      const query = sql`SELECT id FROM person WHERE created_xid = ANY(${[...mark.unseen, '1']}::xid8[])
        OR (created_xid >= ${mark.xmax}::xid8 AND created_xid < ${mark.xmax}::xid8)`.compile(tx);
      const explained = await tx.executeQuery<{ 'QUERY PLAN': string }>(
        CompiledQuery.raw(`EXPLAIN ${query.sql}`, [...query.parameters]),
      );
      return explained.rows.map((r) => r['QUERY PLAN']).join('\n');
    });
    expect(plan).toMatch(/Index Scan (using|on) person_created_xid\b/);
    expect(plan).not.toMatch(/Seq Scan/);
  });
});
