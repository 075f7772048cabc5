import { describe, expect, it } from 'vitest';
import { childrenLeftAlone, childrenWithoutAdult, isMinorAt, type Rider } from './child-alone';
import { replayConvoy } from './convoy-log';
import type { LoggedEvent, Stop } from './types';

const DAY = '2025-11-28';
// Noon in Lima: the same date there as in UTC.
const NOON = `${DAY}T17:00:00Z`;
const LIMA = 'America/Lima';
const STOPS: Stop[] = ['TACNA', 'NAZCA', 'TUMBES'].map((code) => ({
  code,
  name: code,
  latitude: 0,
  longitude: 0,
}));
const rider = (personId: string, familyKey: string | null, birthDate: string | null): Rider => ({
  personId,
  familyKey,
  birthDate,
  timeZone: LIMA,
});
const MOTHER = rider('mother', 'F', '1990-04-02');
const AUNT = rider('aunt', 'F', '1985');
const GIRL = rider('girl', 'F', '2016-05');
const BOY = rider('boy', 'F', '2019-01-30');
const LONER = rider('loner', null, '1979');
const RIDERS = [MOTHER, AUNT, GIRL, BOY, LONER];

type Step = Record<string, unknown>;
const boarding = (personId: string, boarded = true): Step => ({ kind: 'boarding', personId, boarded });
// Each step a minute after the one before, in the order given, the last at `last` when given.
const logOf = (steps: readonly Step[], last?: string) =>
  steps.map((body, i) => {
    const at = i === steps.length - 1 && last ? last : `${DAY}T10:${String(i).padStart(2, '0')}:00Z`;
    return { id: `e${i}`, at, ...body } as LoggedEvent;
  });
const picture = (riders: readonly Rider[], log: readonly LoggedEvent[]) => {
  const p = replayConvoy(
    riders.map((r) => r.personId),
    log,
    STOPS,
  );
  if (!p.ok) throw new Error(p.error.detail);
  return p.value;
};
/** The children left alone by the last step (taken at `at`, noon in Lima unless given). */
const leftAloneBy = (riders: readonly Rider[], steps: readonly Step[], at = NOON) => {
  const log = logOf(steps, at);
  return childrenLeftAlone(riders, picture(riders, log.slice(0, -1)), picture(riders, log), at);
};

describe('isMinorAt', () => {
  it.each([
    ['2007-11-28', false],
    ['2007-11-29', true],
    ['2016-05', true],
    ['1990', false],
    [null, false],
    ['not a date', false],
  ])('takes someone born %s for a child at noon in Lima on 2025-11-28: %s', (birthDate, minor) => {
    expect(isMinorAt({ birthDate, timeZone: LIMA }, NOON)).toBe(minor);
  });

  it.each([
    // 23:30 in Lima on the 28th is 04:30 UTC on the 29th: the 18th birthday has not come there yet.
    ['America/Lima', '2025-11-29T04:30:00Z', true],
    ['America/Lima', '2025-11-29T05:00:00Z', false],
    // Santiago is on summer time (UTC-3) in November: its 29th begins at 03:00 UTC.
    ['America/Santiago', '2025-11-29T02:30:00Z', true],
    ['America/Santiago', '2025-11-29T03:00:00Z', false],
  ])(
    'takes someone turning 18 at midnight on the 29th in %s for a child at %s: %s',
    (timeZone, at, minor) => {
      expect(isMinorAt({ birthDate: '2007-11-29', timeZone }, at)).toBe(minor);
    },
  );
});

describe('childrenWithoutAdult', () => {
  it.each([
    ['with their mother', ['mother', 'girl'], []],
    ['with their aunt, the mother not travelling', ['aunt', 'girl', 'boy'], []],
    ['with only their brother', ['girl', 'boy'], ['girl', 'boy']],
    ['with an adult who is not their family', ['loner', 'girl'], ['girl']],
  ])('names the children travelling %s', (_, travelling, alone) => {
    expect(childrenWithoutAdult(RIDERS, new Set(travelling), NOON)).toEqual(alone);
  });

  it('names a child with no family on the convoy, and never an adult', () => {
    const child = rider('child', null, '2015');
    expect(childrenWithoutAdult([child, LONER], new Set(['child', 'loner']), NOON)).toEqual(['child']);
  });

  it('takes a relative of unknown age for an adult, as the booth does', () => {
    const unknown = rider('unknown', 'F', null);
    expect(childrenWithoutAdult([unknown, GIRL], new Set(['unknown', 'girl']), NOON)).toEqual([]);
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

  it('names a son whose 18th birthday is tomorrow in Lima when his mother leaves at 23:30 there', () => {
    // 04:30 UTC is already the 29th, his birthday: taken on the UTC date he would be an adult.
    const son = rider('son', 'F', '2007-11-29');
    const log = [boarding('mother'), boarding('son'), departed, reached, left('mother')];
    expect(leftAloneBy([MOTHER, son], log, '2025-11-29T04:30:00Z')).toEqual(['son']);
    expect(leftAloneBy([MOTHER, son], log, '2025-11-29T05:00:00Z')).toEqual([]);
  });

  it('names a child put back on board alone by annulling their own leaving', () => {
    const annulled: Step = { kind: 'correction', corrects: 'e7', reason: 'she did not leave' };
    const log = [...boarded, departed, reached, left('mother'), left('boy'), left('girl'), annulled];
    expect(leftAloneBy(family, log)).toEqual(['girl']);
  });

  it("names nobody when annulling an adult's leaving puts her back beside her children", () => {
    const annulled: Step = { kind: 'correction', corrects: 'e5', reason: 'she did not leave' };
    expect(leftAloneBy(family, [...boarded, departed, reached, left('mother'), annulled])).toEqual([]);
  });

  it('names nobody once the convoy has arrived', () => {
    const arrived: Step = { kind: 'arrived', personIds: ['mother', 'girl', 'boy'] };
    expect(leftAloneBy(family, [...boarded, departed, arrived])).toEqual([]);
  });
});
