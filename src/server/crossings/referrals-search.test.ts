// The protection referrals queue as a caseworker with many children in it uses it: how many there
// are, those of one checkpoint, and one child found by a part of the name as the booth registered it.
import { beforeAll, describe, expect, it } from 'vitest';
import { as, suiteTestApp } from '../../../test/support/app';
import { DIALECTS } from '../../../test/support/databases';
import { postEvents } from './test-post-events';

interface Listed {
  readonly total: number;
  readonly referrals: readonly { id: string; checkpoint: { code: string }; person: { givenNames: string } }[];
}

// Children who cross alone: each opens a referral (unaccompanied-minor) at the checkpoint.
const CHILDREN = [
  { checkpoint: 'PE-SANTA-ROSA', givenNames: 'María José', surname1: 'Cáceres', surname2: 'Núñez' },
  { checkpoint: 'PE-SANTA-ROSA', givenNames: 'José', surname1: 'Pérez', surname2: null },
  { checkpoint: 'PE-SANTA-ROSA', givenNames: 'Ana', surname1: 'Cáceres', surname2: 'Mora' },
  { checkpoint: 'CL-CHACALLUTA', givenNames: 'Valentina', surname1: 'Rojas', surname2: null },
  { checkpoint: 'CL-CHACALLUTA', givenNames: 'Mateo', surname1: 'Núñez', surname2: 'Pérez' },
] as const;

const childAlone = (child: (typeof CHILDREN)[number], minute: number) => ({
  kind: 'crossing',
  id: crypto.randomUUID(),
  at: `2025-11-27T14:${String(minute).padStart(2, '0')}:00Z`,
  checkpoint: child.checkpoint,
  direction: child.checkpoint === 'PE-SANTA-ROSA' ? 'entry' : 'exit',
  decision: 'referred-protection',
  person: {
    givenNames: child.givenNames,
    surname1: child.surname1,
    ...(child.surname2 === null ? {} : { surname2: child.surname2 }),
    sex: child.givenNames === 'José' || child.givenNames === 'Mateo' ? 'M' : 'F',
    birthDate: '2013-05-10',
    nationality: 'VEN',
  },
});

describe.each(DIALECTS)('finding people in the referrals queue on %s', (dialect) => {
  const ctx = suiteTestApp(dialect, ['supervisor', 'humanitarian', 'admin']);
  const list = async (query: string) => {
    const response = await ctx.app.inject({
      method: 'GET',
      url: `/api/referrals${query}`,
      headers: as(ctx.humanitarian),
    });
    expect(response.statusCode, response.body).toBe(200);
    return response.json<Listed>();
  };
  const names = (listed: Listed) => listed.referrals.map((r) => r.person.givenNames);

  beforeAll(async () => {
    const outcomes = await postEvents(
      ctx.app,
      as(ctx.supervisor),
      CHILDREN.map((child, i) => childAlone(child, 10 + i)),
    );
    expect(outcomes.map((o) => (o.status === 'applied' ? o.referral : o.status))).toEqual(
      CHILDREN.map(() => 'unaccompanied-minor'),
    );
  });

  it('says how many are open, in all and at one checkpoint', async () => {
    const all = await list('');
    expect(all.total).toBe(5);
    expect(names(all)).toEqual(['María José', 'José', 'Ana', 'Valentina', 'Mateo']);
    const chile = await list('?checkpoint=CL-CHACALLUTA');
    expect(chile).toMatchObject({ total: 2 });
    expect(chile.referrals.map((r) => r.checkpoint.code)).toEqual(['CL-CHACALLUTA', 'CL-CHACALLUTA']);
    expect(await list('?status=closed')).toEqual({ total: 0, referrals: [] });
  });

  it.each([
    ['caceres', ['María José', 'Ana']],
    ['CÁCERES', ['María José', 'Ana']],
    ['maria jose', ['María José']],
    ['josé', ['María José', 'José']],
    ['núñez', ['María José', 'Mateo']],
    ['perez nunez', ['Mateo']],
    ['cáceres mora', ['Ana']],
    ['caceres rojas', []],
  ])('finds by a part of the name, case and accents ignored: %s', async (q, expected) => {
    const found = await list(`?q=${encodeURIComponent(q)}`);
    expect(names(found)).toEqual(expected);
    expect(found.total).toBe(expected.length);
  });

  it('takes the checkpoint and the name together', async () => {
    const found = await list(`?checkpoint=PE-SANTA-ROSA&q=${encodeURIComponent('núñez')}`);
    expect(found).toMatchObject({ total: 1 });
    expect(names(found)).toEqual(['María José']);
  });

  it('lists the queue a page at a time, in the same order, with the total on every page', async () => {
    const pages = [await list('?limit=2'), await list('?limit=2&page=2'), await list('?limit=2&page=3')];
    expect(pages.map(names)).toEqual([['María José', 'José'], ['Ana', 'Valentina'], ['Mateo']]);
    expect(pages.map((p) => p.total)).toEqual([5, 5, 5]);
    expect(await list('?limit=2&page=4')).toEqual({ total: 5, referrals: [] });
    const chile = await list('?checkpoint=CL-CHACALLUTA&limit=1&page=2');
    expect(names(chile)).toEqual(['Mateo']);
  });

  it('refuses a checkpoint that does not exist, a blank name and a page that is not one', async () => {
    for (const query of [
      '?checkpoint=PE-NOWHERE',
      '?q=%20%20',
      '?page=0',
      '?limit=501',
      '?page=dos',
      '?reason=minor',
    ]) {
      const response = await ctx.app.inject({
        method: 'GET',
        url: `/api/referrals${query}`,
        headers: as(ctx.humanitarian),
      });
      expect(response.statusCode, query).toBe(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
    }
  });

  it('records in the audit log what was looked for and whom it named', async () => {
    const found = await list(`?q=${encodeURIComponent('Rojas')}`);
    const entry = await ctx.t.db.kysely
      .selectFrom('audit_entry')
      .select(['action', 'detail'])
      .where('action', '=', 'referrals.list')
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(entry.detail ?? '{}')).toEqual({
      status: 'open',
      q: 'Rojas',
      referrals: found.referrals.map((r) => r.id),
    });
  });

  // Last: it adds an adult to the queue. A caseworker for children and one for asylum each keep theirs.
  it('refers an adult by the decision, and takes one reason at a time', async () => {
    const adult = {
      ...childAlone(CHILDREN[3], 30),
      person: { givenNames: 'Rosa', surname1: 'Mena', birthDate: '1988' },
    };
    const [outcome] = await postEvents(ctx.app, as(ctx.supervisor), [adult]);
    expect(outcome).toMatchObject({ status: 'applied', referral: 'referred-protection' });
    const byDecision = await list('?reason=referred-protection');
    expect({ total: byDecision.total, names: names(byDecision) }).toEqual({ total: 1, names: ['Rosa'] });
    const alone = await list('?reason=unaccompanied-minor&checkpoint=CL-CHACALLUTA');
    expect({ total: alone.total, names: names(alone) }).toEqual({ total: 2, names: ['Valentina', 'Mateo'] });
    expect((await list('?reason=separated-minor')).total).toBe(0);
    expect((await list('')).total).toBe(CHILDREN.length + 1);
  });
});
