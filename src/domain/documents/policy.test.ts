import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluatePolicy, type PolicyFacts, type PolicyRule, type RuleSet, validateRuleSet } from './policy';
import { DEMO_RULESET } from './policy-demo';

const NOW = new Date('2025-11-27T15:00:00Z');
const base: PolicyFacts = { checkpointId: 'santa-rosa', direction: 'transit', documentKind: 'passport' };

describe('evaluatePolicy on the Santa Rosa demo rule set', () => {
  it.each([
    [
      'a passport in force',
      { documentExpiry: '2028-01-01', nationality: 'COL' },
      'admit',
      'entry-valid-passport',
    ],
    [
      'a Venezuelan passport expired 4 years ago, in transit',
      { documentExpiry: '2021-06-30', nationality: 'VEN' },
      'admit',
      'transit-venezuelan-expired-passport',
    ],
    [
      'a Venezuelan passport expired 11 years ago',
      { documentExpiry: '2014-06-30', nationality: 'VEN' },
      'refer',
      null,
    ],
    [
      'a Colombian passport expired last year',
      { documentExpiry: '2024-06-30', nationality: 'COL' },
      'refer',
      null,
    ],
    [
      'a child with a birth certificate',
      { documentKind: 'birth-certificate', birthDate: '2016-03-02', nationality: 'VEN' },
      'refer',
      'transit-minor-birth-certificate',
    ],
    [
      'an adult with a birth certificate',
      { documentKind: 'birth-certificate', birthDate: '1990-03-02' },
      'refer',
      null,
    ],
    [
      'no document, humanitarian case',
      { documentKind: 'none', humanitarian: true },
      'refer',
      'humanitarian-exception',
    ],
    ['no document', { documentKind: 'none' }, 'refuse', 'entry-no-document'],
    [
      'a Chilean identity card on entry',
      { direction: 'entry', documentKind: 'national-id', nationality: 'CHL', documentExpiry: '2030-01-01' },
      'admit',
      'entry-andean-id-card',
    ],
    [
      'any identity document on exit',
      { direction: 'exit', documentKind: 'national-id' },
      'admit',
      'exit-any-identity-document',
    ],
  ] as const)('recommends for %s', (_, facts, outcome, ruleId) => {
    const decision = evaluatePolicy(DEMO_RULESET, { ...base, ...facts }, NOW);
    expect(decision).toMatchObject({ outcome, ruleId, rulesetVersion: DEMO_RULESET.version });
    if (ruleId !== null) expect(decision.legalBasis).toBeTruthy();
  });

  it('applies no rule before the decree is in force', () => {
    const decision = evaluatePolicy(
      DEMO_RULESET,
      { ...base, documentExpiry: '2028-01-01' },
      new Date('2025-11-01'),
    );
    expect(decision).toMatchObject({ outcome: 'refer', ruleId: null, legalBasis: null });
  });

  it('applies no Santa Rosa rule at another checkpoint', () => {
    const decision = evaluatePolicy(
      DEMO_RULESET,
      { ...base, checkpointId: 'chacalluta', documentExpiry: '2028-01-01' },
      NOW,
    );
    expect(decision.ruleId).toBeNull();
  });

  it('the demo rule set is valid', () => {
    expect(validateRuleSet(DEMO_RULESET)).toEqual({ ok: true, value: DEMO_RULESET });
  });
});

const rule = (over: Partial<PolicyRule> & Pick<PolicyRule, 'id'>): PolicyRule => ({
  description: over.id,
  legalBasis: `basis of ${over.id}`,
  appliesTo: { directions: ['entry'], validFrom: '2025-01-01T00:00:00Z' },
  when: {},
  outcome: 'admit',
  ...over,
});
const facts: PolicyFacts = {
  checkpointId: 'cp',
  direction: 'entry',
  documentKind: 'passport',
  nationality: 'VEN',
};

describe('evaluatePolicy priority', () => {
  it('prefers the more specific rule, whatever the order', () => {
    const general = rule({ id: 'general', outcome: 'refuse' });
    const specific = rule({ id: 'specific', when: { nationalities: ['VEN'] } });
    for (const rules of [
      [general, specific],
      [specific, general],
    ]) {
      expect(evaluatePolicy({ version: 'v', rules }, facts, NOW).ruleId).toBe('specific');
    }
  });

  it('counts naming the checkpoint as a condition', () => {
    const anywhere = rule({ id: 'anywhere', outcome: 'refuse' });
    const here = rule({
      id: 'here',
      appliesTo: { checkpointIds: ['cp'], directions: ['entry'], validFrom: '2025-01-01T00:00:00Z' },
    });
    expect(evaluatePolicy({ version: 'v', rules: [anywhere, here] }, facts, NOW).ruleId).toBe('here');
  });

  it('between equally specific rules takes the newer measure, then the one listed first', () => {
    const older = rule({ id: 'older', outcome: 'refuse' });
    const newer = rule({
      id: 'newer',
      appliesTo: { directions: ['entry'], validFrom: '2025-11-25T00:00:00-05:00' },
    });
    expect(evaluatePolicy({ version: 'v', rules: [older, newer] }, facts, NOW).ruleId).toBe('newer');
    const twin = rule({ id: 'twin', outcome: 'refer' });
    expect(evaluatePolicy({ version: 'v', rules: [older, twin] }, facts, NOW).ruleId).toBe('older');
  });

  it('ends a rule at validTo, exclusive', () => {
    const ending = rule({
      id: 'ending',
      appliesTo: {
        directions: ['entry'],
        validFrom: '2025-01-01T00:00:00Z',
        validTo: '2025-11-27T15:00:00Z',
      },
    });
    expect(evaluatePolicy({ version: 'v', rules: [ending] }, facts, NOW).ruleId).toBeNull();
  });

  it('holds an age condition on a partial birth date only if it holds for every day it could be', () => {
    const minors = rule({ id: 'minors', when: { ageUnder: 18 } });
    const set = { version: 'v', rules: [minors] };
    expect(evaluatePolicy(set, { ...facts, birthDate: '2007' }, NOW).ruleId).toBeNull();
    expect(evaluatePolicy(set, { ...facts, birthDate: '2007-12' }, NOW).ruleId).toBe('minors');
    expect(evaluatePolicy(set, { ...facts, birthDate: null }, NOW).ruleId).toBeNull();
  });

  it('reads maxExpiredYears 0 as: in force today', () => {
    const inForce = rule({ id: 'in-force', when: { maxExpiredYears: 0 } });
    const set = { version: 'v', rules: [inForce] };
    expect(evaluatePolicy(set, { ...facts, documentExpiry: '2025-11-27' }, NOW).ruleId).toBe('in-force');
    expect(evaluatePolicy(set, { ...facts, documentExpiry: '2025-11-26' }, NOW).ruleId).toBeNull();
  });

  it('is deterministic: shuffling rules of distinct rank never changes the decision', () => {
    const rules = [
      rule({ id: 'a', outcome: 'refuse' }),
      rule({ id: 'b', when: { nationalities: ['VEN'] }, outcome: 'refer' }),
      rule({ id: 'c', when: { nationalities: ['VEN'], documentKinds: ['passport'] } }),
    ];
    fc.assert(
      fc.property(fc.shuffledSubarray(rules, { minLength: 3, maxLength: 3 }), (shuffled) => {
        expect(evaluatePolicy({ version: 'v', rules: shuffled }, facts, NOW).ruleId).toBe('c');
      }),
    );
  });
});

describe('validateRuleSet', () => {
  it.each([
    ['not an object', 42, [{ code: 'policy.shape', path: '' }]],
    ['no version', { rules: [] }, [{ code: 'policy.version', path: 'version' }]],
    [
      'a duplicate id',
      { version: '1', rules: [rule({ id: 'x' }), rule({ id: 'x' })] },
      [{ code: 'policy.duplicate-id', path: 'rules[1].id' }],
    ],
    [
      'a date without a zone',
      {
        version: '1',
        rules: [rule({ id: 'x', appliesTo: { directions: ['entry'], validFrom: '2025-11-27' } })],
      },
      [{ code: 'policy.date', path: 'rules[0].appliesTo.validFrom' }],
    ],
    [
      'a period that ends before it starts',
      {
        version: '1',
        rules: [
          rule({
            id: 'x',
            appliesTo: {
              directions: ['entry'],
              validFrom: '2025-11-27T00:00:00Z',
              validTo: '2025-11-01T00:00:00Z',
            },
          }),
        ],
      },
      [{ code: 'policy.period', path: 'rules[0].appliesTo.validTo' }],
    ],
    [
      'an unknown direction, outcome and document kind',
      {
        version: '1',
        rules: [
          {
            ...rule({ id: 'x' }),
            outcome: 'maybe',
            appliesTo: { directions: ['sideways'], validFrom: '2025-11-27T00:00:00Z' },
            when: { documentKinds: ['library-card'] },
          },
        ],
      },
      [
        { code: 'policy.outcome', path: 'rules[0].outcome' },
        { code: 'policy.directions', path: 'rules[0].appliesTo.directions' },
        { code: 'policy.document-kind', path: 'rules[0].when.documentKinds' },
      ],
    ],
    [
      'a negative number of years and a lower-case nationality',
      { version: '1', rules: [rule({ id: 'x', when: { maxExpiredYears: -1, nationalities: ['ven'] } })] },
      [
        { code: 'policy.nationality', path: 'rules[0].when.nationalities' },
        { code: 'policy.number', path: 'rules[0].when.maxExpiredYears' },
      ],
    ],
  ])('reports %s', (_, input, problems) => {
    expect(validateRuleSet(input)).toEqual({ ok: false, error: problems });
  });

  it('accepts a valid rule set and returns it typed', () => {
    const set: RuleSet = { version: '1', rules: [rule({ id: 'x' })] };
    expect(validateRuleSet(JSON.parse(JSON.stringify(set)))).toEqual({ ok: true, value: set });
  });

  it('refuses a citation of a decree the register does not hold, when the register is given', () => {
    const held = '7d1e0000-0000-4000-8000-000000000001';
    const other = '7d1e0000-0000-4000-8000-000000000002';
    const set = { version: '1', rules: [rule({ id: 'x', decree: held }), rule({ id: 'y', decree: other })] };
    expect(validateRuleSet(set, { decrees: new Set([held]) })).toEqual({
      ok: false,
      error: [{ code: 'policy.decree-unknown', path: 'rules[1].decree' }],
    });
    expect(validateRuleSet(set, { decrees: new Set([held, other]) }).ok).toBe(true);
    // Without the register, a citation is checked for its form only.
    expect(validateRuleSet(set).ok).toBe(true);
    expect(
      validateRuleSet(
        { version: '1', rules: [rule({ id: 'x', decree: 'D.S. 135' })] },
        { decrees: new Set() },
      ),
    ).toEqual({
      ok: false,
      error: [{ code: 'policy.field', path: 'rules[0].decree' }],
    });
  });

  it('refuses a rule naming a checkpoint there is not, when the checkpoints are given', () => {
    const set = {
      version: '1',
      rules: [
        rule({
          id: 'x',
          appliesTo: { checkpointIds: ['cp-1'], directions: ['entry'], validFrom: '2025-01-01T00:00:00Z' },
        }),
        rule({
          id: 'y',
          appliesTo: {
            checkpointIds: ['cp-1', 'santa-rosa'],
            directions: ['entry'],
            validFrom: '2025-01-01T00:00:00Z',
          },
        }),
      ],
    };
    expect(validateRuleSet(set, { checkpoints: new Set(['cp-1']) })).toEqual({
      ok: false,
      error: [{ code: 'policy.checkpoint-unknown', path: 'rules[1].appliesTo.checkpointIds' }],
    });
    expect(validateRuleSet(set).ok).toBe(true);
  });

  it.each([
    ['a space', 'entrada pasaporte vigente'],
    ['a space at the end', 'entrada-pasaporte '],
    ['a tab', 'entrada\tpasaporte'],
    ['a slash', 'entrada/pasaporte'],
    ['a quote', 'regla"1'],
    ['101 characters', 'r'.repeat(101)],
  ])('refuses, when ids are held to their form, an id with %s', (_, id) => {
    const set = { version: '1', rules: [rule({ id })] };
    expect(validateRuleSet(set, { strictIds: true })).toEqual({
      ok: false,
      error: [{ code: 'policy.id', path: 'rules[0].id' }],
    });
    // A version read back is not held to it: one saved before stays readable.
    expect(validateRuleSet(set).ok).toBe(true);
  });

  it('takes ids of letters, accented ones too, digits, dots, hyphens and underscores', () => {
    const ids = ['entrada-pasaporte-vigente', 'excepción_humanitaria', 'DS135.art3', 'r'.repeat(100)];
    const set = { version: '1', rules: ids.map((id) => rule({ id })) };
    expect(validateRuleSet(set, { strictIds: true }).ok).toBe(true);
  });

  it('takes every id of the demo rule set as the editor holds them', () => {
    expect(validateRuleSet(DEMO_RULESET, { strictIds: true }).ok).toBe(true);
  });

  it('never throws, whatever JSON it is given', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        validateRuleSet(value);
        validateRuleSet({ version: '1', rules: [value] });
      }),
    );
  });
});
