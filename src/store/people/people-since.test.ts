// What another server sharing a PostgreSQL database reads of the people committed since it last looked
// (src/server/matching/service.ts): each person once, when the transaction that made them commits,
// through the index by that transaction (migration 0029), and each correction of a person once, when
// the transaction that made it commits, through the index by that one (migration 0030). PostgreSQL
// only: a SQLite file has one server, which reads nobody else's people (decision 0003).
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
  // As a correction's write leaves a person's record (src/store/crossings/person-records.ts), at `at` by
  // the writing server's clock.
  const correct = (db: Executor, n: number, givenNames: string, at = AT) =>
    db
      .updateTable('person')
      .set({ given_names: givenNames, name_key: `quispe ${givenNames.toLowerCase()}`, corrected_at: at })
      .where('id', '=', registrationOf(n, '', '').person.id)
      .execute();
  // Each look's people and corrected people by given name, and the mark to look from next.
  const look = async (db: Executor, since: PeopleMark) => {
    const { people, corrected, mark } = await peopleCommittedSince(db, since);
    const names = (list: readonly { givenNames: string }[]) => list.map((p) => p.givenNames).sort();
    return { names: names(people), corrected: names(corrected), mark };
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

  // Before, the people corrected were read by the writer's clock, five minutes back from the latest
  // correction seen, at every look: the hour-behind one was never read, the others again and again.
  it('reads each correction once, one committed after later ones were read and one by a clock an hour behind', async () => {
    const db = t.db.kysely;
    for (const n of [1, 2, 3]) await register(db, n);
    const start = await peopleMarkNow(db);
    const late = await heldOpen(db, (tx) => correct(tx, 1, 'Una'));
    await correct(db, 2, 'Dos', '2025-11-27T15:10:00.000Z');
    const first = await look(db, start);
    expect(first.corrected).toEqual(['Dos']);
    const idle = await look(db, first.mark);
    expect(idle.corrected).toEqual([]);
    late.commit();
    await late.done;
    const after = await look(db, idle.mark);
    expect(after).toMatchObject({ names: [], corrected: ['Una'] });
    await correct(db, 3, 'Tres', '2025-11-27T14:10:00.000Z');
    const skewed = await look(db, after.mark);
    expect(skewed.corrected).toEqual(['Tres']);
    // Corrected again: read again, as now corrected.
    await correct(db, 2, 'Dosa');
    const again = await look(db, skewed.mark);
    expect(again.corrected).toEqual(['Dosa']);
    expect((await look(db, again.mark)).corrected).toEqual([]);
  });

  it('reads nothing inside a transaction that has written, and loses no correction it rolls back over', async () => {
    const db = t.db.kysely;
    await register(db, 7);
    const start = await peopleMarkNow(db);
    await correct(db, 7, 'Siete');
    let inside: Awaited<ReturnType<typeof look>> | undefined;
    await expect(
      db.transaction().execute(async (tx) => {
        await correct(tx, 7, 'Otra');
        inside = await look(tx, start);
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect(inside).toEqual({ names: [], corrected: [], mark: start });
    expect((await look(db, start)).corrected).toEqual(['Siete']);
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

  it.each([
    ['made them', 'created_xid'],
    ['last corrected them', 'corrected_xid'],
  ])('reads them through the index by the transaction that %s', async (_, column) => {
    const mark = await peopleMarkNow(t.db.kysely);
    const xid = sql.ref(column);
    const plan = await t.db.kysely.transaction().execute(async (tx) => {
      // The table is small here: without this PostgreSQL reads it whole, as it may; the test is that
      // it has an index to read instead.
      await sql`SET LOCAL enable_seqscan = off`.execute(tx);
      const query = sql`SELECT id FROM person WHERE ${xid} = ANY(${[...mark.unseen, '1']}::xid8[])
        OR (${xid} >= ${mark.xmax}::xid8 AND ${xid} < ${mark.xmax}::xid8)`.compile(tx);
      const explained = await tx.executeQuery<{ 'QUERY PLAN': string }>(
        CompiledQuery.raw(`EXPLAIN ${query.sql}`, [...query.parameters]),
      );
      return explained.rows.map((r) => r['QUERY PLAN']).join('\n');
    });
    expect(plan).toMatch(new RegExp(`Index Scan (using|on) person_${column}\\b`));
    expect(plan).not.toMatch(/Seq Scan/);
  });
});
