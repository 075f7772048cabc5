import { describe, expect, it } from 'vitest';
import { aMember, MEMBER_IDS } from '../../../../test/support/members';
import type { PolicyDecision } from '../../../domain/documents';
import type { DecisionChoice, Recommendation } from './decision';
import { choiceOf } from './decision';
import type { Member } from './member';
import { crossingOf, type MemberPlan, prepareSitting, type SittingPlace, untallyOf } from './sitting-events';

const TODAY = '2026-11-30';
const PLACE: SittingPlace = {
  checkpoint: 'PE-SANTA-ROSA',
  booth: 'SR-01',
  direction: 'entry',
  at: '2026-11-30T14:00:00.000Z',
  today: TODAY,
  group: '0b9f1c52-7a3e-4b8e-9d0a-2f4c6e8a1b3d',
};
const ids = MEMBER_IDS;

const person = aMember;

const ADMIT: Recommendation = {
  ok: true,
  value: {
    outcome: 'admit',
    ruleId: 'entry-valid-passport',
    legalBasis: 'Ley de Migraciones',
    description: 'Entrada',
    rulesetVersion: '3',
  } satisfies PolicyDecision,
};

const plan = (member: Member, choice: DecisionChoice, reason = '', recommendation = ADMIT): MemberPlan => ({
  followsGroup: member.override === null,
  member,
  recommendation,
  choice,
  reason,
});

describe('crossingOf', () => {
  it('sends a family in one group, the child travelling with the reference, with the recommendation', () => {
    const members = [person(0, 'ANA', '1990-01-01'), person(1, 'LUIS', '2018-05-05', 'child')];
    const event = crossingOf(plan(members[1] as Member, choiceOf('admitted')), members, PLACE);
    expect(event).toMatchObject({
      kind: 'crossing',
      id: ids[1],
      checkpoint: 'PE-SANTA-ROSA',
      booth: 'SR-01',
      direction: 'entry',
      decision: 'admitted',
      identityBasis: 'declared',
      group: PLACE.group,
      relationship: 'child',
      travelsWith: ids[0],
      recommendation: 'admit',
      policyVersion: 3,
      policyRule: 'entry-valid-passport',
    });
    expect(event).not.toHaveProperty('overrideReason');
    expect(event).not.toHaveProperty('document');
  });

  it('keeps the reason of an override and flags a separated child', () => {
    const members = [person(0, 'ANA', '1990-01-01'), person(1, 'LUIS', '2018-05-05', 'other-relative')];
    const event = crossingOf(
      plan(members[1] as Member, choiceOf('held'), 'Verificar filiación'),
      members,
      PLACE,
    );
    expect(event).toMatchObject({
      overrideReason: 'Verificar filiación',
      vulnerabilities: ['separated-minor'],
    });
  });
});

describe('prepareSitting', () => {
  it('refuses an override without a reason and a transit without an exit point', () => {
    const members = [person(0, 'ANA', '1990-01-01')];
    const prepared = prepareSitting(
      [plan(members[0] as Member, choiceOf('admitted-transit'))],
      members,
      PLACE,
    );
    expect(prepared).toEqual({
      ok: false,
      issues: {
        [ids[0] as string]: [
          { path: 'overrideReason', code: 'override.reason-required' },
          { path: 'exitPoint', code: 'transit.exit-point-required' },
        ],
      },
    });
  });

  it('refuses a member whose doubtful zone fields were neither confirmed nor corrected', () => {
    const member = { ...person(0, 'ANA', '1990-01-01'), doubtful: ['name' as const] };
    const prepared = prepareSitting([plan(member, choiceOf('admitted'))], [member], PLACE);
    expect(prepared.ok ? [] : prepared.issues[member.id]).toEqual([
      { path: 'zone', code: 'zone.unconfirmed' },
    ]);
  });

  it('reports a birth date that does not exist with its stable code', () => {
    const member = person(0, 'ANA', '1990-02-31');
    const prepared = prepareSitting([plan(member, choiceOf('admitted'))], [member], PLACE);
    expect(prepared.ok ? [] : prepared.issues[member.id]).toEqual([
      { path: 'person.birthDate', code: 'date.nonexistent' },
    ]);
  });

  it('gives the events of a whole group when nothing is wrong', () => {
    const members = [person(0, 'ANA', '1990-01-01'), person(1, 'LUIS', '2018-05-05', 'child')];
    const prepared = prepareSitting(
      members.map((m) => plan(m, choiceOf('admitted'))),
      members,
      PLACE,
    );
    expect(prepared.ok ? prepared.events.map((e) => e.id) : prepared.issues).toEqual(ids.slice(0, 2));
  });
});

describe('untallyOf', () => {
  const member = person(0, 'ANA', '1990-01-01');
  const untally = { tallyId: ids[2] ?? '', count: 1, correctionId: ids[1] ?? '' };
  it('voids a tally of one the person was counted in', () => {
    expect(untallyOf({ ...member, untally }, PLACE)).toMatchObject({
      kind: 'correction',
      id: ids[1],
      corrects: ids[2],
      void: true,
    });
  });

  it('takes one off a tally of several', () => {
    expect(untallyOf({ ...member, untally: { ...untally, count: 3 } }, PLACE)).toMatchObject({
      set: { count: 2 },
    });
  });

  it('takes two members of one sitting off one tally both, not one (two corrections setting one less)', () => {
    const other = { ...person(1, 'LUIS', '2015-01-01'), relationship: 'unrelated' as const };
    const taken = (count: number) =>
      prepareSitting(
        [
          plan({ ...member, untally: { ...untally, count } }, choiceOf('admitted')),
          plan(
            { ...other, untally: { ...untally, count, correctionId: crypto.randomUUID() } },
            choiceOf('admitted'),
          ),
        ],
        [member, other],
        PLACE,
      );
    const corrections = (count: number) => {
      const prepared = taken(count);
      return prepared.ok
        ? prepared.events
            .filter((e) => e.kind === 'correction')
            .map((e) => ('void' in e && e.void ? 'void' : e))
        : prepared.issues;
    };
    expect(corrections(4)).toMatchObject([{ set: { count: 2 } }, { set: { count: 2 } }]);
    expect(corrections(2)).toEqual(['void', 'void']);
  });

  it('sends the correction in the same batch, after the crossing', () => {
    const prepared = prepareSitting([plan({ ...member, untally }, choiceOf('admitted'))], [member], PLACE);
    expect(prepared.ok ? prepared.events.map((e) => e.kind) : prepared.issues).toEqual([
      'crossing',
      'correction',
    ]);
  });
});

describe('a national number typed at the booth', () => {
  const withDocument = (documentType: string, documentNumber: string): Member => {
    const member = person(0, 'ANA', '1990-01-01');
    return { ...member, form: { ...member.form, documentType, documentNumber, nationality: 'CHL' } };
  };
  const prepared = (documentType: string, documentNumber: string) =>
    prepareSitting([plan(withDocument(documentType, documentNumber), choiceOf('admitted'))], [], PLACE);

  it.each([
    ['CL-RUN', '12.345.678-4'],
    ['PE-DNI', '1234567'],
    ['VE-CI', 'V-12A45678'],
  ])('is refused at its field when it does not read as a %s: %s', (type, number) => {
    const answer = prepared(type, number);
    expect(answer.ok ? [] : Object.values(answer.issues).flat()).toContainEqual({
      path: 'document.number',
      code: 'document.national-id',
    });
  });

  it('is sent in its one form when it reads, and a passport number as typed', () => {
    const numberOf = (answer: ReturnType<typeof prepared>) =>
      answer.ok ? (answer.events[0] as { document?: { number: string } }).document?.number : answer.issues;
    expect(numberOf(prepared('CL-RUN', '12.345.678-5'))).toBe('12345678-5');
    expect(numberOf(prepared('P', 'ab123456'))).toBe('AB123456');
  });
});

describe('a sitting with no decision chosen', () => {
  const NONE: Recommendation = { ok: false, reason: 'noRules' };
  const undecided = (member: Member): MemberPlan => ({
    ...plan(member, choiceOf('admitted')),
    recommendation: NONE,
    choice: null,
  });

  it('registers nobody, and says once, at the decision, that the officer must choose one', () => {
    const member = person(0, 'ANA', '1990-01-01');
    const prepared = prepareSitting([undecided(member)], [member], PLACE);
    expect(prepared).toEqual({
      ok: false,
      issues: { [member.id]: [{ path: 'decision', code: 'decision.required' }] },
    });
  });

  it('still says what else is wrong with the person', () => {
    const named = person(0, 'ANA', '1990-01-01');
    const member = { ...named, form: { ...named.form, nationality: 'XYZ' } };
    const prepared = prepareSitting([undecided(member)], [member], PLACE);
    expect(prepared.ok ? [] : prepared.issues[member.id]).toEqual([
      { path: 'decision', code: 'decision.required' },
      { path: 'person.nationality', code: 'country.unknown' },
    ]);
  });
});
