import { describe, expect, it } from 'vitest';
import { DEMO_RULESET, validateRuleSet } from '../../../domain/documents';
import {
  faultsOf,
  humanitarianOf,
  instantOf,
  instantParts,
  listOf,
  localAt,
  newRule,
  type Rule,
  textOf,
  withHumanitarian,
  withList,
  withText,
  zoneOffset,
} from './rule-draft';

const transit = DEMO_RULESET.rules.find((r) => r.id === 'transit-venezuelan-expired-passport');
if (transit === undefined) throw new Error('the demo has the transit rule');
const rule = transit as unknown as Rule;
const problemsOf = (rules: readonly unknown[]) => {
  const checked = validateRuleSet({ version: 'draft', rules });
  return checked.ok ? [] : checked.error;
};

describe('a rule of the policy as form fields', () => {
  it('reads each field of a rule as the form shows it', () => {
    expect(textOf(rule, 'id')).toBe('transit-venezuelan-expired-passport');
    expect(textOf(rule, 'when.nationalities')).toBe('VEN');
    expect(textOf(rule, 'when.maxExpiredYears')).toBe('10');
    expect(textOf(rule, 'when.ageUnder')).toBe('');
    expect(textOf(rule, 'decree')).toBe('');
    expect(listOf(rule, 'appliesTo.directions')).toEqual(['transit']);
    expect(listOf(rule, 'when.documentKinds')).toEqual(['passport']);
    expect(humanitarianOf(rule)).toBe('');
  });

  it('writes back exactly the rule it read when every field is written as it reads', () => {
    for (const original of DEMO_RULESET.rules as unknown as Rule[]) {
      let copy: Rule = original;
      for (const field of ['id', 'description', 'legalBasis', 'outcome', 'decree'] as const)
        copy = withText(copy, field, textOf(original, field));
      for (const field of [
        'when.nationalities',
        'when.maxExpiredYears',
        'when.ageUnder',
        'when.ageAtLeast',
      ] as const)
        copy = withText(copy, field, textOf(original, field));
      for (const field of ['appliesTo.validFrom', 'appliesTo.validTo'] as const) {
        const parts = instantParts(textOf(original, field));
        copy = withText(copy, field, parts === null ? '' : instantOf(parts.local, parts.offset));
      }
      for (const field of ['appliesTo.checkpointIds', 'appliesTo.directions', 'when.documentKinds'] as const)
        copy = withList(copy, field, listOf(original, field));
      copy = withHumanitarian(copy, humanitarianOf(original));
      expect(copy).toEqual(original);
    }
  });

  it('changes one field and keeps every other key, known to the form or not', () => {
    const withExtra: Rule = { ...rule, reviewedBy: 'jefe de puesto' };
    const changed = withText(withExtra, 'when.maxExpiredYears', '5');
    expect(changed).toEqual({ ...withExtra, when: { ...transit.when, maxExpiredYears: 5 } });
    expect(withExtra).toEqual({ ...rule, reviewedBy: 'jefe de puesto' });
  });

  it('removes a condition left empty, so that the rule no longer limits by it', () => {
    const anyNationality = withText(rule, 'when.nationalities', '  ');
    expect(anyNationality.when).toEqual({ documentKinds: ['passport'], maxExpiredYears: 10 });
    const anyDocument = withList(rule, 'when.documentKinds', []);
    expect(anyDocument.when).toEqual({ nationalities: ['VEN'], maxExpiredYears: 10 });
    const everywhere = withList(rule, 'appliesTo.checkpointIds', []);
    expect(everywhere.appliesTo).not.toHaveProperty('checkpointIds');
    const noEnd = withText(rule, 'appliesTo.validTo', '');
    expect(noEnd.appliesTo).not.toHaveProperty('validTo');
    expect(
      problemsOf([anyNationality, anyDocument, everywhere, noEnd].map((r, i) => ({ ...r, id: `r${i}` }))),
    ).toEqual([]);
  });

  it('writes nationalities typed as codes or names, in any case, as ICAO codes', () => {
    expect(withText(rule, 'when.nationalities', 'ven, col;per  bol').when).toMatchObject({
      nationalities: ['VEN', 'COL', 'PER', 'BOL'],
    });
    expect(withText(rule, 'when.nationalities', 'Venezuela, Perú; Costa Rica, Haití, D').when).toMatchObject({
      nationalities: ['VEN', 'PER', 'CRI', 'HTI', 'D'],
    });
    // What maps to nothing is kept, in capitals, for the check to name.
    const unknown = withText(rule, 'when.nationalities', 'Venezuela, Narnia');
    expect(unknown.when).toMatchObject({ nationalities: ['VEN', 'NARNIA'] });
    expect(problemsOf([unknown])).toEqual([
      { code: 'policy.nationality', path: 'rules[0].when.nationalities' },
    ]);
  });

  it('leaves a count that is not a whole number as typed, for the check to name it', () => {
    const typed = withText(rule, 'when.ageUnder', 'dieciocho');
    expect(typed.when).toMatchObject({ ageUnder: 'dieciocho' });
    expect(problemsOf([typed])).toEqual([{ code: 'policy.number', path: 'rules[0].when.ageUnder' }]);
    expect(withText(rule, 'when.ageUnder', ' 18 ').when).toMatchObject({ ageUnder: 18 });
  });

  it('asks for a direction: none ticked is a fault, not every direction', () => {
    const none = withList(rule, 'appliesTo.directions', []);
    expect(problemsOf([none])).toEqual([
      { code: 'policy.directions', path: 'rules[0].appliesTo.directions' },
    ]);
  });

  it('writes the humanitarian condition as true, false or nothing', () => {
    expect(withHumanitarian(rule, 'yes').when).toMatchObject({ humanitarian: true });
    expect(withHumanitarian(rule, 'no').when).toMatchObject({ humanitarian: false });
    expect(withHumanitarian(withHumanitarian(rule, 'yes'), '').when).not.toHaveProperty('humanitarian');
  });
});

describe('instants as a local time and an offset', () => {
  it('splits an instant of the rules and joins it back to the same instant', () => {
    expect(instantParts('2025-11-25T00:00:00-05:00')).toEqual({
      local: '2025-11-25T00:00',
      offset: '-05:00',
    });
    expect(instantParts('2025-11-25T08:30:15Z')).toEqual({ local: '2025-11-25T08:30:15', offset: '+00:00' });
    expect(instantParts('25/11/2025')).toBeNull();
    for (const text of ['2025-11-25T00:00:00-05:00', '2025-11-25T08:30:15Z', '2026-03-01T23:59-03:00']) {
      const parts = instantParts(text);
      if (parts === null) throw new Error(text);
      expect(Date.parse(instantOf(parts.local, parts.offset))).toBe(Date.parse(text));
    }
    expect(instantOf('', '-05:00')).toBe('');
  });

  it('gives the offset a checkpoint keeps on a date, summer time included', () => {
    expect(zoneOffset('America/Lima', Date.parse('2025-11-27T12:00:00Z'))).toBe('-05:00');
    // Chile keeps summer time in November and not in July.
    expect(zoneOffset('America/Santiago', Date.parse('2025-11-27T12:00:00Z'))).toBe('-03:00');
    expect(zoneOffset('America/Santiago', Date.parse('2025-07-01T12:00:00Z'))).toBe('-04:00');
    expect(zoneOffset('UTC', 0)).toBe('+00:00');
  });

  it('gives the wall-clock time at an offset', () => {
    expect(localAt(Date.parse('2025-11-27T03:30:00Z'), '-05:00')).toBe('2025-11-26T22:30');
    expect(localAt(Date.parse('2025-11-27T03:30:00Z'), '+05:30')).toBe('2025-11-27T09:00');
  });
});

describe('a new rule', () => {
  it('has an id no rule has, starts now at the offset given, and passes the check once described', () => {
    const rules = [{ ...rule, id: 'regla-2' }, rule];
    const fresh = newRule(rules, Date.parse('2025-11-27T15:00:00Z'), '-05:00');
    expect(fresh.id).toBe('regla-3');
    expect(fresh.appliesTo).toEqual({ directions: ['entry'], validFrom: '2025-11-27T10:00:00-05:00' });
    expect(fresh.outcome).toBe('refer');
    // Left as it comes, the check asks for what only the supervisor can say.
    expect(problemsOf([fresh]).map((p) => p.path)).toEqual(['rules[0].description', 'rules[0].legalBasis']);
    const described = withText(withText(fresh, 'description', 'Prueba'), 'legalBasis', 'Art. 1');
    expect(problemsOf([...rules.slice(1), described])).toEqual([]);
  });
});

describe('the faults of one rule', () => {
  it('are keyed by field, the rule itself under the empty key, and other rules left out', () => {
    const faults = faultsOf(
      [
        { path: 'rules[1].when.ageUnder', code: 'policy.number' },
        { path: 'rules[1].when.ageUnder', code: 'policy.field' },
        { path: 'rules[10].id', code: 'policy.field' },
        { path: 'rules[1]', code: 'policy.shape' },
        { path: 'rules[0].id', code: 'policy.duplicate-id' },
      ],
      1,
    );
    expect([...faults]).toEqual([
      ['when.ageUnder', 'policy.number'],
      ['', 'policy.shape'],
    ]);
  });
});
