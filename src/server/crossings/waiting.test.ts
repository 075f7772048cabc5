// Where people wait for a supervisor (GET /api/crossings/waiting), on both databases: the held
// crossings of each checkpoint counted, in the checkpoints' order, for the supervisor's view to open
// where it is needed. Counts only: nothing in it names a person, and reading it is not audited.
import { beforeAll, describe, expect, it } from 'vitest';
import { as, type Login, suiteTestApp } from '../../../test/support/app';
import {
  ago,
  type Fixture,
  id,
  insertEvent,
  insertFixtures,
  SR_02,
} from '../../../test/support/crossing-views';
import { DIALECTS } from '../../../test/support/databases';

/** A crossing held at Santa Rosa, or one that was held and is voided. */
const held = (n: number, voided: boolean): Fixture => ({
  id: id(100 + n),
  kind: 'crossing',
  at: ago(5 + n),
  booth: SR_02,
  decision: 'held',
  voided,
  fields: { direction: 'entry', decision: 'held', person: { givenNames: 'Rosa', surname1: `Prueba ${n}` } },
});

describe.each(DIALECTS)('where people wait for a supervisor, on %s', (dialect) => {
  const ctx = suiteTestApp(dialect, ['officer', 'supervisor', 'humanitarian']);
  beforeAll(async () => {
    const db = ctx.t.db.kysely;
    // The fixtures hold one person at Santa Rosa; two more are held there, and a third was held and voided.
    await insertFixtures(db);
    for (const [n, voided] of [
      [1, false],
      [2, false],
      [3, true],
    ] as const)
      await insertEvent(db, held(n, voided));
  });

  const get = (who: Login) =>
    ctx.app.inject({ method: 'GET', url: '/api/crossings/waiting', headers: as(who) });

  it('counts the people held at each checkpoint, in the order the checkpoints are listed', async () => {
    const response = await get(ctx.supervisor);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual({
      checkpoints: [
        { code: 'CL-CHACALLUTA', held: 0 },
        { code: 'PE-SANTA-ROSA', held: 3 },
      ],
    });
  });

  it('is not audited: it names nobody', async () => {
    const before = await ctx.t.db.kysely
      .selectFrom('audit_entry')
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .executeTakeFirstOrThrow();
    await get(ctx.supervisor);
    const after = await ctx.t.db.kysely
      .selectFrom('audit_entry')
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });

  it.each([
    ['an officer', () => ctx.officer],
    ['a humanitarian partner', () => ctx.humanitarian],
  ])('forbids %s with a 403 problem', async (_case, who) => {
    const response = await get(who());
    expect(response.statusCode).toBe(403);
    expect(response.headers['content-type']).toContain('application/problem+json');
  });
});
