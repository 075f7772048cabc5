import { describe, expect, it } from 'vitest';
import { VENEZUELAN_PASSPORT } from '../../../test/support/documents';
import { formatTd1, formatTd3 } from './mrz-format';
import { parseMrz } from './mrz-parse';
import { evaluatePolicy } from './policy';
import { DEMO_RULESET } from './policy-demo';
import { documentKindOf, zonePolicyFacts } from './zone-facts';

const TODAY = new Date('2025-11-27T15:00:00Z');

const venezuelan = VENEZUELAN_PASSPORT;

describe('documentKindOf', () => {
  it.each([
    ['P', 'VEN', 'VEN', 'passport'],
    ['PO', 'VEN', 'VEN', 'passport'],
    ['V', 'PER', 'VEN', 'visa'],
    ['I', 'PER', 'PER', 'national-id'],
    ['ID', 'CHL', 'VEN', 'residence-permit'],
    ['C', 'CHL', 'CHL', 'national-id'],
    ['X', 'PER', 'PER', null],
    ['', 'PER', 'PER', null],
  ] as const)('reads code %s issued by %s to a %s national as %s', (code, issuer, nationality, kind) => {
    expect(documentKindOf({ documentCode: code, issuingState: issuer, nationality })).toBe(kind);
  });
});

describe('zonePolicyFacts', () => {
  it('admits a Venezuelan passport expired six years for transit at Santa Rosa under the demo rules', () => {
    const read = parseMrz(formatTd3(venezuelan).join('\n'), TODAY);
    expect(read.valid).toBe(true);
    const facts = read.fields && zonePolicyFacts(read.fields, 'santa-rosa', 'transit');
    expect(facts).toEqual({
      checkpointId: 'santa-rosa',
      direction: 'transit',
      documentKind: 'passport',
      nationality: 'VEN',
      documentExpiry: '2019-06-30',
      birthDate: '1990-03-15',
    });
    expect(facts && evaluatePolicy(DEMO_RULESET, facts, TODAY)).toMatchObject({
      outcome: 'admit',
      ruleId: 'transit-venezuelan-expired-passport',
    });
  });

  it('takes a Chilean card issued to a Venezuelan as a residence document', () => {
    const card = { ...venezuelan, documentCode: 'I', issuingState: 'CHL', expiryDate: '2027-01-01' };
    const read = parseMrz(formatTd1(card).join('\n'), TODAY);
    expect(read.fields && zonePolicyFacts(read.fields, 'santa-rosa', 'entry')?.documentKind).toBe(
      'residence-permit',
    );
  });
});
