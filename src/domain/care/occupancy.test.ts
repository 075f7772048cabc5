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
