// A child the booth flags as unaccompanied or separated, a person who asks for refuge and a person at
// risk of trafficking are not refused or held by default for want of papers: the decision pre-selected
// is a protection referral, and taking it needs no override reason.
import { describe, expect, it } from 'vitest';
import { DEMO_RULESET, type PolicyDecision, type PolicyOutcome } from '../../../domain/documents';
import {
  choiceOf,
  documentKindOfForm,
  isOverride,
  type Recommendation,
  recommend,
  recommendedDecision,
  withProtection,
} from './decision';
import { EMPTY_FORM, type RegistrationForm } from './registration';
import { addMember, groupChoiceOf, newSitting, plansOf } from './sitting';

const policy = (outcome: PolicyOutcome): Recommendation => ({
  ok: true,
  value: {
    outcome,
    ruleId: 'no-document',
    legalBasis: 'Decreto Supremo (demo)',
    description: 'Sin documento de viaje',
    rulesetVersion: '2025.11',
  } as PolicyDecision,
});

describe('the recommendation for an unaccompanied or separated child', () => {
  it.each([
    ['refuse', 'unaccompanied-minor', 'referred-protection'],
    ['refer', 'separated-minor', 'referred-protection'],
    ['admit', 'unaccompanied-minor', 'admitted'],
    ['refuse', null, 'refused'],
    ['refer', null, 'held'],
  ] as const)('pre-selects, when the policy says %s and the flag is %s: %s', (outcome, flag, decision) => {
    const recommendation = withProtection(policy(outcome), [flag]);
    if (!recommendation.ok) throw new Error('a recommendation was expected');
    expect(recommendedDecision(recommendation, 'entry')).toBe(decision);
    expect(isOverride(recommendation, decision, 'entry')).toBe(false);
  });

  it("takes the officer's tick as well as the group's rule, and ignores other vulnerabilities", () => {
    const ticked = withProtection(policy('refuse'), [null, 'pregnant', 'separated-minor']);
    expect(ticked.ok && ticked.protection).toBe('separated-minor');
    const other = withProtection(policy('refuse'), [null, 'pregnant']);
    expect(other.ok && other.protection).toBe(null);
  });

  it('asks for a reason when the officer refuses the child after all', () => {
    const recommendation = withProtection(policy('refuse'), ['unaccompanied-minor']);
    expect(isOverride(recommendation, 'refused', 'entry')).toBe(true);
  });

  it("pre-selects the referral as the group's decision when the child registers alone", () => {
    const sitting = newSitting(() => 'x');
    const recommendation = withProtection(policy('refuse'), ['unaccompanied-minor']);
    expect(groupChoiceOf(sitting, recommendation, 'entry')).toEqual({
      decision: 'referred-protection',
      refusalGround: '',
      note: '',
      exitPoint: '',
    });
  });

  it.each([
    { outcome: 'refuse', flag: 'asylum-seeker', decision: 'referred-protection' },
    { outcome: 'refer', flag: 'asylum-seeker', decision: 'referred-protection' },
    { outcome: 'refuse', flag: 'trafficking-risk', decision: 'referred-protection' },
    { outcome: 'admit', flag: 'asylum-seeker', decision: 'admitted' },
  ] as const)(
    'pre-selects, when the policy says $outcome of an adult ticked $flag: $decision',
    ({ outcome, flag, decision }) => {
      const recommendation = withProtection(policy(outcome), [null, 'pregnant', flag]);
      if (!recommendation.ok) throw new Error('a recommendation was expected');
      expect(recommendation.protection).toBe(flag);
      expect(recommendedDecision(recommendation, 'entry')).toBe(decision);
      expect(isOverride(recommendation, decision, 'entry')).toBe(false);
      // Refusing a person who asks for refuge after all is the officer's call, with a reason.
      if (outcome !== 'admit') expect(isOverride(recommendation, 'refused', 'entry')).toBe(true);
    },
  );

  it('says nothing of protection when no recommendation can be given yet', () => {
    const none: Recommendation = { ok: false, reason: 'nothingYet' };
    expect(withProtection(none, ['unaccompanied-minor'])).toBe(none);
  });
});

describe('the decision before anything recommends one', () => {
  it.each(['nothingYet', 'noRules', 'unknownDocument', 'unconfirmed'] as const)(
    'is not chosen for the officer (%s): no "hold" marked on an empty form',
    (reason) => {
      const sitting = newSitting(() => 'x');
      expect(groupChoiceOf(sitting, { ok: false, reason }, 'entry')).toBeNull();
      expect(plansOf(sitting, [{ ok: false, reason }], 'entry').map((p) => p.choice)).toEqual([null]);
    },
  );

  it("is the officer's once they choose one, and the recommendation's once there is one", () => {
    const sitting = newSitting(() => 'x');
    const chosen = { ...sitting, choice: choiceOf('admitted') };
    expect(groupChoiceOf(chosen, { ok: false, reason: 'noRules' }, 'entry')?.decision).toBe('admitted');
    expect(groupChoiceOf(sitting, policy('refer'), 'entry')?.decision).toBe('held');
  });
});

describe('the refusal the rules recommend', () => {
  it('is pre-selected with no ground: the legal ground is the officer’s to choose', () => {
    expect(choiceOf('refused')).toEqual({ decision: 'refused', refusalGround: '', note: '', exitPoint: '' });
    expect(
      groupChoiceOf(
        newSitting(() => 'x'),
        policy('refuse'),
        'entry',
      ),
    ).toEqual(choiceOf('refused'));
  });

  it('leaves every member of a family who follows the group without a ground until the officer chooses', () => {
    let n = 0;
    const family = addMember(
      newSitting(() => `m${n++}`),
      'spouse',
    );
    const plans = plansOf(family, [policy('refuse'), policy('refuse')], 'entry');
    expect(plans.map((p) => [p.choice?.decision, p.choice?.refusalGround, p.followsGroup])).toEqual([
      ['refused', '', true],
      ['refused', '', true],
    ]);
    const chosen = { ...choiceOf('refused'), refusalGround: 'entry-ban' as const };
    const decided = plansOf({ ...family, choice: chosen }, [policy('refuse'), policy('refuse')], 'entry');
    expect(decided.map((p) => p.choice?.refusalGround)).toEqual(['entry-ban', 'entry-ban']);
  });
});

describe('a flagged child in a group', () => {
  it("keeps the child's protection referral when the group is refused, and asks no reason for it", () => {
    let n = 0;
    const sitting = addMember(
      newSitting(() => `m${n++}`),
      'child',
    );
    const adult = policy('refuse');
    const child = withProtection(policy('refuse'), ['separated-minor']);
    const [first, second] = plansOf(sitting, [adult, child], 'entry');
    expect(first?.choice?.decision).toBe('refused');
    expect(second?.choice?.decision).toBe('referred-protection');
    expect(second?.choice && isOverride(second.recommendation, second.choice.decision, 'entry')).toBe(false);
  });
});

describe('the recommendation for a document whose expiry date was left blank', () => {
  const place = {
    checkpointId: 'santa-rosa',
    direction: 'entry' as const,
    ruleSet: DEMO_RULESET,
    now: new Date('2025-11-28T12:00:00-05:00'),
    timeZone: 'America/Lima',
  };
  const dni = (expiryDate: string): RegistrationForm => ({
    ...EMPTY_FORM,
    givenNames: 'ROSA',
    surname1: 'QUISPE',
    birthDate: '1985-03-12',
    nationality: 'PER',
    documentType: 'PE-DNI',
    documentNumber: '87654321',
    expiryDate,
  });

  it('says the date is missing when a rule would apply with it', () => {
    const blank = recommend(dni(''), true, place);
    expect(blank.ok && blank.value.ruleId).toBe(null);
    expect(blank.ok && blank.expiryMissing).toBe(true);
    const dated = recommend(dni('2030-01-01'), true, place);
    expect(dated.ok && dated.value.ruleId).toBe('entry-andean-id-card');
    expect(dated.ok && dated.expiryMissing).toBeUndefined();
  });

  it('holds a document that expires today in force until midnight at the checkpoint, not in UTC', () => {
    // 21:00 in Tacna is 02:00 the next day in UTC.
    const evening = { ...place, now: new Date('2025-11-28T21:00:00-05:00') };
    const today = recommend(dni('2025-11-28'), true, evening);
    expect(today.ok && today.value.ruleId).toBe('entry-andean-id-card');
    const yesterday = recommend(dni('2025-11-27'), true, evening);
    expect(yesterday.ok && yesterday.value.ruleId).not.toBe('entry-andean-id-card');
  });

  it('says nothing of it when no rule would apply either way', () => {
    // Santa Rosa's rules name no Venezuelan identity card: the date would change nothing.
    const card = recommend({ ...dni(''), nationality: 'VEN', documentType: 'VE-CI' }, true, place);
    expect(card.ok && card.value.ruleId).toBe(null);
    expect(card.ok && card.expiryMissing).toBeUndefined();
  });
});

describe('the kind of document a national number typed at the booth is', () => {
  const form = (documentType: string, nationality: string): RegistrationForm => ({
    ...EMPTY_FORM,
    documentType,
    documentNumber: '12345678',
    nationality,
  });
  it.each([
    ['CL-RUN', 'CHL', 'national-id'],
    ['CL-RUN', 'VEN', 'residence-permit'],
    ['PE-DNI', 'PER', 'national-id'],
    ['PE-CE', 'VEN', 'residence-permit'],
    ['VE-CI', 'VEN', 'national-id'],
    ['VE-CI', '', 'national-id'],
  ])('a %s of a person of %s is a %s', (type, nationality, kind) => {
    expect(documentKindOfForm(form(type, nationality))).toBe(kind);
  });
});
