// A document policy rule may cite the decree record it implements, by the record's id.
import { describe, expect, it } from 'vitest';
import { DEMO_RULESET, validateRuleSet } from '../documents';

const firstRule = DEMO_RULESET.rules[0];

describe('a policy rule citing its decree record', () => {
  it('is accepted with the decree record’s id', () => {
    const rules = [{ ...firstRule, decree: '5a7a0000-0000-4000-8000-0000000000d1' }];
    expect(validateRuleSet({ version: '1', rules }).ok).toBe(true);
  });

  it('is refused when the citation is not a record id', () => {
    const rules = [{ ...firstRule, decree: 'D.S. N.° 135-2025-PCM' }];
    const checked = validateRuleSet({ version: '1', rules });
    expect(checked.ok ? [] : checked.error).toEqual([{ code: 'policy.field', path: 'rules[0].decree' }]);
  });
});
