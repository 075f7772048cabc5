// A decree names only checkpoints there are, through the API on both databases: a declaration, an
// extension or an amendment naming a code no checkpoint has (a typo) is refused at that code, and
// nothing is recorded; a decree recorded before the rule is mended by an amendment.
import { describe, expect, it } from 'vitest';
import { as, eachTestApp } from '../../../test/support/app';
import { DIALECTS } from '../../../test/support/databases';
import { aDecree } from '../../../test/support/decrees';
import { insertDecree } from '../../store/decrees';

// Chacalluta, which the demo decree does not name; recorded on the test's day (27 November 2025).
const content = (over: Record<string, unknown> = {}) => ({
  number: 'D.S. N.° 071-2025-INTERIOR',
  title: 'Declara estado de excepción en la frontera de Arica',
  issuedOn: '2025-11-27',
  publishedOn: null,
  legalBasis: 'Constitución Política de la República de Chile, art. 42',
  startsOn: '2025-12-01',
  endsOn: '2026-01-29',
  checkpoints: ['CL-CHACALLUTA'],
  ...over,
});
const TYPO = { checkpoints: ['CL-CHACALUTA'] };

type Refusal = { code: string; detail: string; errors: { path: string; code: string }[] };

describe.each(DIALECTS)('the checkpoints a decree names, on %s', (dialect) => {
  const ctx = eachTestApp(dialect, ['supervisor']);
  const post = (url: string, payload: object) =>
    ctx.app.inject({ method: 'POST', url, headers: as(ctx.supervisor), payload });
  const numbers = async () =>
    (await ctx.app.inject({ method: 'GET', url: '/api/decrees', headers: as(ctx.supervisor) }))
      .json<{ decrees: { number: string }[] }>()
      .decrees.map((d) => d.number);
  const expectRefusedAt = (response: { statusCode: number; json: <T>() => T }, path: string) => {
    expect(response.statusCode).toBe(400);
    const problem = response.json<Refusal>();
    expect(problem.code).toBe('decree.invalid');
    expect(problem.errors.map((e) => [e.path, e.code])).toEqual([[path, 'decree.checkpoint-unknown']]);
    expect(problem.detail).toContain(path);
  };

  it('refuses a declaration naming a code no checkpoint has, at that code, and records nothing', async () => {
    expectRefusedAt(
      await post('/api/decrees', { id: crypto.randomUUID(), ...content(TYPO) }),
      'body.checkpoints.0',
    );
    expect(await numbers()).toEqual(['D.S. N.° 135-2025-PCM']);
    const audited = await ctx.t.db.kysely
      .selectFrom('audit_entry')
      .select('action')
      .where('entity_type', '=', 'decree')
      .execute();
    expect(audited).toEqual([]);
  });

  it('refuses an extension and an amendment naming one, at its place in the list', async () => {
    const id = crypto.randomUUID();
    expect((await post('/api/decrees', { id, ...content() })).statusCode).toBe(201);
    const extension = content({
      number: 'D.S. N.° 080-2026-INTERIOR',
      startsOn: '2026-01-30',
      endsOn: '2026-03-30',
      checkpoints: ['CL-CHACALLUTA', 'CL-CHACALUTA'],
    });
    expectRefusedAt(
      await post(`/api/decrees/${id}/extensions`, { id: crypto.randomUUID(), ...extension }),
      'body.checkpoints.1',
    );
    expectRefusedAt(
      await post(`/api/decrees/${id}/amendments`, { reason: 'Fe de erratas', content: content(TYPO) }),
      'body.checkpoints.0',
    );
    expect(await numbers()).toEqual(['D.S. N.° 135-2025-PCM', 'D.S. N.° 071-2025-INTERIOR']);
  });

  it('takes an amendment that mends a decree recorded with a code before the rule', async () => {
    // As the register kept one before it checked the codes: Chacalluta mistyped.
    const typed = aDecree({
      id: crypto.randomUUID(),
      ...content(),
      publishedOn: null,
      timeZone: 'America/Santiago',
      checkpoints: ['CL-CHACALUTA'],
      areas: [],
    });
    await insertDecree(ctx.t.db.kysely, typed, { by: null, at: '2025-11-27T12:00:00.000Z' });
    const kept = await post(`/api/decrees/${typed.id}/amendments`, {
      reason: 'Fe de erratas',
      content: content(TYPO),
    });
    expectRefusedAt(kept, 'body.checkpoints.0');
    const mended = await post(`/api/decrees/${typed.id}/amendments`, {
      reason: 'Fe de erratas: Chacalluta',
      content: content(),
    });
    expect(mended.statusCode, mended.body).toBe(200);
    expect(mended.json<{ decree: { checkpoints: string[] } }>().decree.checkpoints).toEqual([
      'CL-CHACALLUTA',
    ]);
  });
});
