// A document policy rule may cite only a decree record the register holds, and name only checkpoints
// there are: a save with another is refused with the rule's place, on both databases, and nothing is
// saved.
import { describe, expect, it } from 'vitest';
import { suiteTestApp } from '../../../test/support/app';
import { DIALECTS } from '../../../test/support/databases';
import { policyEditing } from '../../../test/support/policy-editing';
import { listAudit } from '../../store/audit';

const NOT_IN_REGISTER = '7d1e0000-0000-4000-8000-0000000000ff';

describe.each(DIALECTS)('what a policy rule names, on %s', (dialect) => {
  const ctx = suiteTestApp(dialect, ['supervisor']);
  const { current, save } = policyEditing(ctx, 'decreto');

  it('a decree: refused when the register does not hold it, with the rule named, and nothing saved', async () => {
    const policy = await current();
    const rules = structuredClone(policy.rules) as { id: string; decree?: string }[];
    const cited = rules.findIndex((r) => r.decree !== undefined);
    expect(cited).toBeGreaterThanOrEqual(0);
    const wrong = rules.map((r, i) => (i === cited ? { ...r, decree: NOT_IN_REGISTER } : r));
    const response = await save(wrong, policy.version);
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({
      code: 'policy.invalid',
      errors: [{ path: `rules[${cited}].decree`, code: 'policy.decree-unknown' }],
    });
    expect((await current()).version).toBe(policy.version);
    expect(await listAudit(ctx.t.db.kysely, { action: 'policy.save', limit: 10 })).toEqual([]);
  });

  it('a checkpoint: refused when there is none with that id, with the rule named', async () => {
    const policy = await current();
    const rules = structuredClone(policy.rules) as { appliesTo: { checkpointIds?: string[] } }[];
    const named = rules.findIndex((r) => r.appliesTo.checkpointIds !== undefined);
    expect(named).toBeGreaterThanOrEqual(0);
    const wrong = rules.map((r, i) =>
      i === named ? { ...r, appliesTo: { ...r.appliesTo, checkpointIds: ['santa-rosa'] } } : r,
    );
    const response = await save(wrong, policy.version);
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({
      code: 'policy.invalid',
      errors: [{ path: `rules[${named}].appliesTo.checkpointIds`, code: 'policy.checkpoint-unknown' }],
    });
    expect((await current()).version).toBe(policy.version);
  });

  it('is saved when the decree is the register’s and the checkpoints are there', async () => {
    const policy = await current();
    const response = await save(policy.rules, policy.version);
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json().version).toBe(policy.version + 1);
  });
});
