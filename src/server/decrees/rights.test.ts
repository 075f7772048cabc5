// The rights a decree restricts are those its country's state of emergency may restrict, through the
// API on both databases: a Chilean decree restricting a right Peru's art. 137.1 allows and Chile's art.
// 43 does not is refused at that right, saying which Chile allows, and nothing is recorded; Peru's four
// are taken for a Peruvian decree; a Chilean decree recorded with such a right before the rule still
// reads, and is mended by an amendment that leaves it out.
import { describe, expect, it } from 'vitest';
import { as, eachTestApp } from '../../../test/support/app';
import { DIALECTS } from '../../../test/support/databases';
import { aDecree } from '../../../test/support/decrees';
import type { RightCode } from '../../domain/decrees';
import { insertDecree } from '../../store/decrees';

const PERU_S_FOUR: RightCode[] = [
  'personal-liberty-security',
  'home-inviolability',
  'freedom-of-assembly',
  'freedom-of-movement',
];

// Chacalluta, counted in Santiago's time (its checkpoint's zone), fifteen days from 1 December 2025;
// recorded on the test's day (27 November 2025).
const chilean = (over: Record<string, unknown> = {}) => ({
  number: 'Decreto N.° 71-2025-INTERIOR',
  title: 'Declara estado de excepción constitucional de emergencia en la frontera de Arica',
  issuedOn: '2025-11-27',
  publishedOn: null,
  legalBasis: 'Constitución Política de la República de Chile, arts. 42 y 43',
  startsOn: '2025-12-01',
  endsOn: '2025-12-15',
  checkpoints: ['CL-CHACALLUTA'],
  rightsSuspended: ['freedom-of-movement', 'freedom-of-assembly'],
  ...over,
});

type Refusal = { code: string; detail: string; errors: { path: string; code: string; message: string }[] };
type Recorded = { decree: { id: string; version: number; rightsSuspended: string[] } };

describe.each(DIALECTS)('the rights a decree restricts, by its country, on %s', (dialect) => {
  const ctx = eachTestApp(dialect, ['supervisor']);
  const post = (url: string, payload: object) =>
    ctx.app.inject({ method: 'POST', url, headers: as(ctx.supervisor), payload });
  const get = (url: string) => ctx.app.inject({ method: 'GET', url, headers: as(ctx.supervisor) });
  const numbers = async () =>
    (await get('/api/decrees')).json<{ decrees: { number: string }[] }>().decrees.map((d) => d.number);

  it('refuses a Chilean decree restricting a right art. 43 does not allow, at that right, and records nothing', async () => {
    const response = await post('/api/decrees', {
      id: crypto.randomUUID(),
      ...chilean({ rightsSuspended: PERU_S_FOUR }),
    });
    expect(response.statusCode).toBe(400);
    const problem = response.json<Refusal>();
    expect(problem.code).toBe('decree.invalid');
    expect(problem.errors.map((e) => [e.path, e.code])).toEqual([
      ['body.rightsSuspended.0', 'decree.right-not-restrictable'],
      ['body.rightsSuspended.1', 'decree.right-not-restrictable'],
    ]);
    expect(problem.errors[0]?.message).toContain(
      'Chile’s (Constitution, art. 43) may restrict only freedom-of-movement, freedom-of-assembly',
    );
    expect(problem.detail).toContain('body.rightsSuspended.1');
    expect(await numbers()).toEqual(['D.S. N.° 135-2025-PCM']);
  });

  it('refuses it in an extension too, and takes the freedoms of movement and assembly', async () => {
    const id = crypto.randomUUID();
    const declared = await post('/api/decrees', { id, ...chilean() });
    expect(declared.statusCode, declared.body).toBe(201);
    const extension = chilean({
      number: 'Decreto N.° 75-2025-INTERIOR',
      startsOn: '2025-12-16',
      endsOn: '2025-12-30',
      rightsSuspended: ['freedom-of-movement', 'home-inviolability'],
    });
    const refused = await post(`/api/decrees/${id}/extensions`, { id: crypto.randomUUID(), ...extension });
    expect(refused.statusCode).toBe(400);
    expect(refused.json<Refusal>().errors.map((e) => e.path)).toEqual(['body.rightsSuspended.1']);
    const taken = await post(`/api/decrees/${id}/extensions`, {
      id: crypto.randomUUID(),
      ...extension,
      rightsSuspended: ['freedom-of-movement'],
    });
    expect(taken.statusCode, taken.body).toBe(201);
  });

  it('takes the four rights of art. 137.1 for a Peruvian decree', async () => {
    const peruvian = chilean({
      number: 'D.S. N.° 150-2025-PCM',
      legalBasis: 'Constitución Política del Perú, art. 137, num. 1',
      checkpoints: [],
      areas: [{ kind: 'district', name: 'Candarave' }],
      rightsSuspended: PERU_S_FOUR,
    });
    const response = await post('/api/decrees', { id: crypto.randomUUID(), ...peruvian });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json<Recorded>().decree.rightsSuspended).toEqual(PERU_S_FOUR);
  });

  it('reads a Chilean decree recorded with such a right before the rule, and takes the amendment that mends it', async () => {
    const kept = aDecree({
      id: crypto.randomUUID(),
      ...chilean(),
      timeZone: 'America/Santiago',
      rightsSuspended: ['home-inviolability', 'freedom-of-movement'],
    });
    await insertDecree(ctx.t.db.kysely, kept, { by: null, at: '2025-11-27T12:00:00.000Z' });
    const read = await get(`/api/decrees/${kept.id}`);
    expect(read.statusCode, read.body).toBe(200);
    expect(read.json<Recorded>().decree.rightsSuspended).toEqual([
      'home-inviolability',
      'freedom-of-movement',
    ]);
    const same = await post(`/api/decrees/${kept.id}/amendments`, {
      reason: 'Fe de erratas',
      content: chilean({ rightsSuspended: kept.rightsSuspended }),
    });
    expect(same.statusCode).toBe(400);
    expect(same.json<Refusal>().errors.map((e) => e.path)).toEqual(['body.rightsSuspended.0']);
    const mended = await post(`/api/decrees/${kept.id}/amendments`, {
      reason: 'Fe de erratas: el art. 43 no permite restringir la inviolabilidad del hogar',
      content: chilean({ rightsSuspended: ['freedom-of-movement'] }),
    });
    expect(mended.statusCode, mended.body).toBe(200);
    expect(mended.json<Recorded>().decree).toMatchObject({
      version: 2,
      rightsSuspended: ['freedom-of-movement'],
    });
  });
});
