import { describe, expect, it } from 'vitest';
import { childrenLeftAlone, childrenWithoutAdult, isMinorOn, type Rider } from './child-alone';
import { replayConvoy } from './convoy-log';
import type { LoggedEvent, Stop } from './types';

const DAY = '2025-11-28';
const STOPS: Stop[] = ['TACNA', 'NAZCA', 'TUMBES'].map((code) => ({
  code,
  name: code,
  latitude: 0,
  longitude: 0,
}));
const MOTHER: Rider = { personId: 'mother', familyKey: 'F', birthDate: '1990-04-02' };
const AUNT: Rider = { personId: 'aunt', familyKey: 'F', birthDate: '1985' };
const GIRL: Rider = { personId: 'girl', familyKey: 'F', birthDate: '2016-05' };
const BOY: Rider = { personId: 'boy', familyKey: 'F', birthDate: '2019-01-30' };
const LONER: Rider = { personId: 'loner', familyKey: null, birthDate: '1979' };
const RIDERS = [MOTHER, AUNT, GIRL, BOY, LONER];

type Step = Record<string, unknown>;
const boarding = (personId: string, boarded = true): Step => ({ kind: 'boarding', personId, boarded });
// Each step a minute after the one before, in the order given.
const logOf = (steps: readonly Step[]) =>
  steps.map(
    (body, i) => ({ id: `e${i}`, at: `${DAY}T10:${String(i).padStart(2, '0')}:00Z`, ...body }) as LoggedEvent,
  );
const picture = (riders: readonly Rider[], log: readonly LoggedEvent[]) => {
  const p = replayConvoy(
    riders.map((r) => r.personId),
    log,
    STOPS,
  );
  if (!p.ok) throw new Error(p.error.detail);
  return p.value;
};
/** The children left alone by the last step. */
const leftAloneBy = (riders: readonly Rider[], steps: readonly Step[]) => {
  const log = logOf(steps);
  return childrenLeftAlone(riders, picture(riders, log.slice(0, -1)), picture(riders, log), DAY);
};

describe('isMinorOn', () => {
  it.each([
    ['2007-11-28', false],
    ['2007-11-29', true],
    ['2016-05', true],
    ['1990', false],
    [null, false],
    ['not a date', false],
  ])('takes someone born %s for a child on 2025-11-28: %s', (birthDate, minor) => {
    expect(isMinorOn(birthDate, DAY)).toBe(minor);
  });
});

describe('childrenWithoutAdult', () => {
  it.each([
    ['with their mother', ['mother', 'girl'], []],
    ['with their aunt, the mother not travelling', ['aunt', 'girl', 'boy'], []],
    ['with only their brother', ['girl', 'boy'], ['girl', 'boy']],
    ['with an adult who is not their family', ['loner', 'girl'], ['girl']],
  ])('names the children travelling %s', (_, travelling, alone) => {
    expect(childrenWithoutAdult(RIDERS, new Set(travelling), DAY)).toEqual(alone);
  });

  it('names a child with no family on the convoy, and never an adult', () => {
    const child: Rider = { personId: 'child', familyKey: null, birthDate: '2015' };
    expect(childrenWithoutAdult([child, LONER], new Set(['child', 'loner']), DAY)).toEqual(['child']);
  });

  it('takes a relative of unknown age for an adult, as the booth does', () => {
    const unknown: Rider = { personId: 'unknown', familyKey: 'F', birthDate: null };
    expect(childrenWithoutAdult([unknown, GIRL], new Set(['unknown', 'girl']), DAY)).toEqual([]);
  });
});

describe('childrenLeftAlone', () => {
  const family = [MOTHER, GIRL, BOY];
  const boarded = family.map((r) => boarding(r.personId));
  const departed: Step = { kind: 'departed' };
  const reached: Step = { kind: 'stop-arrived', stop: 'NAZCA', headCount: 3 };
  const left = (personId: string): Step => ({ kind: 'left', personId, stop: 'NAZCA', reason: 'hospital' });

  it('names the children a departure takes without the adult who did not board', () => {
    const log = [boarding('mother', false), boarding('girl'), boarding('boy'), departed];
    expect(leftAloneBy(family, log)).toEqual(['girl', 'boy']);
  });

  it('names the children who stay on board when their only adult leaves', () => {
    expect(leftAloneBy(family, [...boarded, departed, reached, left('mother')])).toEqual(['girl', 'boy']);
  });

  it.each([
    ['the family boards whole and departs', family, [...boarded, departed]],
    ['a child leaves and the mother stays', family, [...boarded, departed, reached, left('girl')]],
    [
      'the aunt leaves and the mother stays',
      [AUNT, ...family],
      [boarding('aunt'), ...boarded, departed, reached, left('aunt')],
    ],
  ])('names nobody when %s', (_, riders, steps) => {
    expect(leftAloneBy(riders, steps)).toEqual([]);
  });

  it('leaves to the manifest the children it seats without an adult', () => {
    const siblings = [GIRL, BOY];
    expect(leftAloneBy(siblings, [boarding('girl'), boarding('boy'), departed])).toEqual([]);
  });

  it('names nobody once the convoy has arrived', () => {
    const arrived: Step = { kind: 'arrived', personIds: ['mother', 'girl', 'boy'] };
    expect(leftAloneBy(family, [...boarded, departed, arrived])).toEqual([]);
  });
});
