import { describe, expect, it } from 'vitest';
import { aMember, MEMBER_IDS } from '../../../../test/support/members';
import type { Member } from './member';
import { minorFlagOf } from './minors';

const TODAY = '2026-11-30';
const ids = MEMBER_IDS;
const person = aMember;

describe('minorFlagOf', () => {
  const mother = person(0, 'ANA', '1990-01-01');
  it.each([
    ['a child alone', 'unaccompanied-minor', [person(1, 'LUIS', '2018-05-05')]],
    ['a child of the reference', null, [mother, person(1, 'LUIS', '2018-05-05', 'child')]],
    [
      'a nephew with his aunt',
      'separated-minor',
      [mother, person(1, 'LUIS', '2018-05-05', 'other-relative')],
    ],
    [
      'a child with an unrelated adult',
      'separated-minor',
      [mother, person(1, 'LUIS', '2018-05-05', 'unrelated')],
    ],
    ['an adult', null, [mother]],
    // A mother whose birth date was not given is not taken for a child, nor her child for one alone.
    [
      'a child of a reference of unknown age',
      null,
      [person(0, 'ANA', ''), person(1, 'LUIS', '2018-05-05', 'child')],
    ],
    [
      'a child with an unrelated person of unknown age',
      'separated-minor',
      [person(0, 'ANA', ''), person(1, 'LUIS', '2018-05-05', 'unrelated')],
    ],
    [
      'a child whose only companion is a child',
      'unaccompanied-minor',
      [person(0, 'ANA', '2012-01-01'), person(1, 'LUIS', '2018-05-05', 'sibling')],
    ],
    ['a person of unknown age', null, [person(0, 'ANA', '')]],
    [
      'a child alone, born on a date typed day first',
      'unaccompanied-minor',
      [person(1, 'LUIS', '05/05/2018')],
    ],
  ] as const)('flags %s as %s', (_case, flag, members) => {
    const child = members.at(-1) as Member;
    expect(minorFlagOf(child, members, TODAY)).toBe(flag);
  });

  it("takes the reference's spouse as the parent of the reference's child", () => {
    const members = [
      mother,
      person(1, 'JOSE', '1988-01-01', 'spouse'),
      person(2, 'LUIS', '2018-05-05', 'child'),
    ];
    const child = { ...(members[2] as Member), travelsWith: ids[1] ?? '' };
    expect(minorFlagOf(child, [mother, members[1] as Member, child], TODAY)).toBeNull();
  });
});
