// A policy rule's id is held to the form the editor's hint gives (no spaces; letters, digits, dots,
// hyphens, underscores; at most 100): a save with another is refused with a 400 problem naming the
// rule, on both databases; a version stored before the form was enforced stays readable and in force.
import { describe, expect, it } from 'vitest';
import { as, suiteTestApp } from '../../../test/support/app';
import { DIALECTS } from '../../../test/support/databases';
import { VENEZUELAN_PASSPORT } from '../../../test/support/documents';
import { policyEditing } from '../../../test/support/policy-editing';
import { formatTd3, type PolicyRule } from '../../domain/documents';
import { SANTA_ROSA_ID } from '../../store/demo';
import { appendPolicyVersion, currentPolicy } from '../../store/documents';

describe.each(DIALECTS)('a policy rule id, on %s', (dialect) => {
  const ctx = suiteTestApp(dialect, ['supervisor', 'officer']);
  const { current, save } = policyEditing(ctx, 'renombrar');
  const renamed = <R extends { readonly id: string }>(rules: readonly R[], index: number, id: string) =>
    rules.map((r, i) => (i === index ? { ...r, id } : r));

  it.each([
    ['a space', 'entrada pasaporte vigente'],
    ['a slash', 'entrada/pasaporte'],
    ['over 100 characters', 'r'.repeat(101)],
  ])('with %s is refused with a problem that says what an id may be, and nothing is saved', async (_, id) => {
    const policy = await current();
    const response = await save(renamed(policy.rules, 0, id), policy.version);
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    const problem = response.json();
    expect(problem).toMatchObject({
      code: 'policy.invalid',
      errors: [{ path: 'rules[0].id', code: 'policy.id' }],
    });
    expect(problem.detail).toContain('rules[0].id');
    expect(problem.detail).toContain('without spaces');
    expect((await current()).version).toBe(policy.version);
  });

  it('of letters with accents, digits, dots and underscores is saved', async () => {
    const policy = await current();
    const response = await save(renamed(policy.rules, 0, 'excepción_DS-135.art3'), policy.version);
    expect(response.statusCode, response.body).toBe(201);
  });

  it('with a space, saved before the form was enforced, is still read and applied, and must be renamed to save again', async () => {
    const policy = await current();
    const ids = policy.rules.map((r: { id: string }) => r.id);
    const index = ids.indexOf('transit-venezuelan-expired-passport');
    expect(index).toBeGreaterThanOrEqual(0);
    const old = renamed(policy.rules as PolicyRule[], index, 'transito pasaporte vencido');
    const stored = await currentPolicy(ctx.t.db.kysely);
    await appendPolicyVersion(ctx.t.db.kysely, {
      version: policy.version + 1,
      rules: old,
      note: 'guardada antes',
      createdBy: 'system',
      createdAt: stored?.createdAt ?? '2025-11-27T15:00:00Z',
    });

    const read = await current();
    expect(read.rules[index].id).toBe('transito pasaporte vencido');
    const check = await ctx.app.inject({
      method: 'POST',
      url: '/api/documents/mrz',
      headers: as(ctx.officer),
      payload: {
        mrz: formatTd3(VENEZUELAN_PASSPORT).join('\n'),
        checkpointId: SANTA_ROSA_ID,
        direction: 'transit',
      },
    });
    expect(check.statusCode, check.body).toBe(200);
    expect(check.json().policy).toMatchObject({ outcome: 'admit', ruleId: 'transito pasaporte vencido' });

    const again = await save(read.rules, read.version);
    expect(again.json()).toMatchObject({ errors: [{ path: `rules[${index}].id`, code: 'policy.id' }] });
    const fixed = await save(renamed(read.rules, index, 'transito-pasaporte-vencido'), read.version);
    expect(fixed.statusCode, fixed.body).toBe(201);
  });
});
