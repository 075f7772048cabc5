import { describe, expect, it } from 'vitest';
import { type CarePerson, decideCheckIn } from './occupancy';
import { type BedKind, NO_BEDS } from './types';

const person = (id: string, childAlone: boolean): CarePerson => ({
  id,
  consented: true,
  family: [],
  childAlone,
});
const facts = {
  people: new Map([
    ['child', person('child', true)],
    ['adult', person('adult', false)],
  ]),
  stayingAt: new Map<string, string>(),
  beds: { ...NO_BEDS, family: 4, women: 4, children: 4, general: 4 },
  occupied: NO_BEDS,
};
const request = (bedKind: BedKind, personId: string, childPlacementReason?: string) => ({
  shelterId: 'shelter',
  bedKind,
  personIds: [personId],
  allowSplit: false,
  childPlacementReason,
});

describe('decideCheckIn', () => {
  it.each(['general', 'family', 'women'] as const)(
    'refuses a child travelling alone in %s beds, naming the child',
    (kind) => {
      expect(decideCheckIn(request(kind, 'child'), facts)).toMatchObject({
        ok: false,
        error: { code: 'care.child-alone', ids: ['child'] },
      });
    },
  );

  it.each([
    ['a child alone in the children’s beds', request('children', 'child')],
    ['a child alone elsewhere with a reason', request('general', 'child', 'Con su tía')],
    ['an adult in general beds', request('general', 'adult')],
  ])('checks in %s', (_what, asked) => {
    expect(decideCheckIn(asked, facts)).toMatchObject({ ok: true });
  });
});

describe('decideCheckIn, someone staying who may be the same person', () => {
  const staying = {
    personId: 'adult',
    stayingId: 'adult-again',
    name: 'Ana Pérez',
    shelterId: 'other-shelter',
    since: '2025-11-26T21:00:00.000Z',
  };
  const withLookAlike = (family: readonly string[] = []) => ({
    ...facts,
    people: new Map([['adult', { ...person('adult', false), family }]]),
    lookAlikes: [staying],
  });

  it('refuses a second bed to a record linked to someone staying, saying who and where', () => {
    expect(decideCheckIn(request('general', 'adult'), withLookAlike())).toEqual({
      ok: false,
      error: {
        code: 'care.possible-duplicate',
        detail: expect.any(String),
        ids: ['adult'],
        lookAlikes: [staying],
      },
    });
  });

  it('checks them in once the carer has checked they are another person', () => {
    expect(
      decideCheckIn({ ...request('general', 'adult'), allowPossibleDuplicate: true }, withLookAlike()),
    ).toEqual({ ok: true, value: ['adult'] });
  });

  it('does not ask about a member of the same family (registered together, so told apart)', () => {
    expect(decideCheckIn(request('general', 'adult'), withLookAlike(['adult-again']))).toMatchObject({
      ok: false,
      error: { code: 'care.family-split' },
    });
  });

  it('asks after "already in a shelter": a person staying is refused as such first', () => {
    const inside = { ...withLookAlike(), stayingAt: new Map([['adult', 'shelter']]) };
    expect(decideCheckIn(request('general', 'adult'), inside)).toMatchObject({
      ok: false,
      error: { code: 'care.already-in-shelter' },
    });
  });
});
