import { describe, expect, it } from 'vitest';
import { arrivesAfterDeparture, changePlan, repeatedPlate, replacedTwice } from './convoy-change';
import { outdatedByNewTimes } from './passes';

const BUS = { plate: 'BUS-1', kind: 'bus', seats: 40 } as const;
const VAN = { plate: 'VAN-1', kind: 'van', seats: 8 } as const;
const PLAN = {
  status: 'planned',
  plannedDeparture: '2025-11-28T11:00:00.000Z',
  plannedArrival: '2025-11-30T03:00:00.000Z',
  vehicles: [BUS, VAN],
} as const;
const seated = (entries: Record<string, number>) => new Map(Object.entries(entries));

describe('the rules of a convoy plan', () => {
  it('has the arrival after the departure, compared as instants across zones', () => {
    expect(arrivesAfterDeparture('2025-11-28T10:00:00-03:00', '2025-11-28T09:30:00-05:00')).toBe(true);
    expect(arrivesAfterDeparture('2025-11-28T11:00:00Z', '2025-11-28T11:00:00Z')).toBe(false);
  });

  it('gives each vehicle a plate of its own', () => {
    expect(repeatedPlate([BUS, VAN])).toBeUndefined();
    expect(repeatedPlate([BUS, VAN, BUS])).toBe('BUS-1');
  });

  it.each([
    [
      'two vehicles replace one',
      [
        { ...BUS, plate: 'BUS-2', replaces: 'BUS-1' },
        { ...VAN, replaces: 'BUS-1' },
      ],
    ],
    ['a vehicle kept is also replaced', [BUS, { ...VAN, plate: 'VAN-2', replaces: 'BUS-1' }]],
  ])('refuses a change where %s', (_, vehicles) => {
    expect(replacedTwice(vehicles)).toBe('BUS-1');
  });
});

describe('changePlan', () => {
  it('moves the departure and says what changed, before and after', () => {
    const changed = changePlan(PLAN, { plannedDeparture: '2025-11-28T13:00:00.000Z' }, seated({}));
    expect(changed).toEqual({
      ok: true,
      value: {
        plan: {
          plannedDeparture: '2025-11-28T13:00:00.000Z',
          plannedArrival: PLAN.plannedArrival,
          vehicles: PLAN.vehicles,
        },
        moves: new Map(),
        before: { plannedDeparture: '2025-11-28T11:00:00.000Z' },
        after: { plannedDeparture: '2025-11-28T13:00:00.000Z' },
      },
    });
  });

  it('says nothing changed when the same plan is sent again', () => {
    const same = changePlan(PLAN, { ...PLAN, vehicles: [BUS, VAN] }, seated({ 'BUS-1': 3 }));
    expect(same.ok && [same.value.before, same.value.after]).toEqual([{}, {}]);
  });

  it('moves the passengers of a bus that broke down to the bus that replaces it', () => {
    const spare = { plate: 'BUS-9', kind: 'bus', seats: 44, replaces: 'BUS-1' } as const;
    const changed = changePlan(PLAN, { vehicles: [spare, VAN] }, seated({ 'BUS-1': 30, 'VAN-1': 8 }));
    expect(changed.ok && changed.value.moves).toEqual(new Map([['BUS-1', 'BUS-9']]));
    expect(changed.ok && changed.value.after.vehicles).toEqual([
      { plate: 'BUS-9', kind: 'bus', seats: 44 },
      VAN,
    ]);
  });

  it('swaps the passengers of two vehicles that replace each other', () => {
    // The bus is now VAN-1's and the van BUS-1's: the list reads as before, the passengers trade places.
    const vehicles = [
      { ...BUS, replaces: 'VAN-1' },
      { ...VAN, replaces: 'BUS-1' },
    ];
    const changed = changePlan(PLAN, { vehicles }, seated({ 'BUS-1': 8, 'VAN-1': 8 }));
    expect(changed.ok && [...changed.value.moves]).toEqual([
      ['VAN-1', 'BUS-1'],
      ['BUS-1', 'VAN-1'],
    ]);
    expect(changed.ok && changed.value.after.vehicles).toEqual([BUS, VAN]);
  });

  it.each([
    [
      'the convoy departed',
      { ...PLAN, status: 'departed' },
      { plannedDeparture: '2025-11-28T13:00:00Z' },
      {},
      'plan.not-changeable',
    ],
    [
      'the convoy was cancelled',
      { ...PLAN, status: 'cancelled' },
      { vehicles: [BUS] },
      {},
      'plan.not-changeable',
    ],
    [
      'the new departure is after the arrival',
      PLAN,
      { plannedDeparture: '2025-12-01T00:00:00Z' },
      {},
      'plan.arrival-before-departure',
    ],
    [
      'the vehicle replaced is not the convoy’s',
      PLAN,
      { vehicles: [BUS, { ...VAN, plate: 'VAN-2', replaces: 'VAN-7' }] },
      {},
      'plan.unknown-vehicle',
    ],
    [
      'a vehicle taken away still carries people',
      PLAN,
      { vehicles: [BUS] },
      { 'VAN-1': 2 },
      'plan.vehicle-seated',
    ],
    [
      'a vehicle would carry more than its seats',
      PLAN,
      { vehicles: [{ ...BUS, seats: 20 }, VAN] },
      { 'BUS-1': 21 },
      'plan.over-seats',
    ],
    [
      'a replacement has fewer seats than its passengers',
      PLAN,
      { vehicles: [BUS, { ...VAN, plate: 'VAN-2', seats: 4, replaces: 'VAN-1' }] },
      { 'VAN-1': 5 },
      'plan.over-seats',
    ],
  ] as const)('refuses a change when %s', (_, current, change, riders, code) => {
    const refused = changePlan(current, change, seated(riders));
    expect(refused.ok ? null : refused.error.code).toBe(code);
  });

  it('takes away a vehicle nobody rides', () => {
    const changed = changePlan(PLAN, { vehicles: [BUS] }, seated({ 'BUS-1': 40 }));
    expect(changed.ok && changed.value.after.vehicles).toEqual([BUS]);
  });
});

describe('outdatedByNewTimes', () => {
  const old = { plannedDeparture: PLAN.plannedDeparture, plannedArrival: PLAN.plannedArrival };
  // As a convoy's pass is issued: from the planned departure to the planned arrival plus 24 hours.
  const issued = { validFrom: '2025-11-28T11:00:00.000Z', validUntil: '2025-12-01T03:00:00.000Z' };

  it.each([
    ['a later departure', { ...old, plannedDeparture: '2025-11-28T13:00:00Z' }, false],
    ['an earlier arrival', { ...old, plannedArrival: '2025-11-29T22:00:00Z' }, false],
    [
      'the same times, to the millisecond the pass does not keep',
      { ...old, plannedArrival: '2025-11-30T03:00:00.400Z' },
      false,
    ],
    [
      'an earlier departure: the pass is not valid yet when the convoy leaves',
      { ...old, plannedDeparture: '2025-11-28T09:00:00Z' },
      true,
    ],
    [
      'a later arrival: the pass would end before the margin does',
      { ...old, plannedArrival: '2025-11-30T05:00:00Z' },
      true,
    ],
  ])('after %s, tells whether the pass must be issued again', (_, after, outdated) => {
    expect(outdatedByNewTimes(issued, old, after)).toBe(outdated);
  });

  it('leaves a pass whose window its issuer chose apart from the convoy’s', () => {
    const byHand = { validFrom: '2025-11-28T11:00:00.000Z', validUntil: '2025-11-29T00:00:00.000Z' };
    expect(outdatedByNewTimes(byHand, old, { ...old, plannedArrival: '2025-11-30T05:00:00Z' })).toBe(false);
  });
});
