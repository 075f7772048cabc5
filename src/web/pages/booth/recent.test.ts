// After moving on to the next person, the booth keeps the last people sent within reach, each with the
// decision and details as they now stand, so that a wrong decision or a name typed wrong found minutes
// later can still be corrected.
import { describe, expect, it } from 'vitest';
import type { EventOutcome } from '../../api/types';
import { choiceOf } from './decision';
import { type Member, newMember } from './member';
import {
  isCorrectable,
  RECENT_LIMIT,
  type RecentRecord,
  recentOf,
  withCorrection,
  withLaterOutcomes,
  withPersonCorrection,
  withRecent,
} from './recent';
import { EMPTY_FORM } from './registration';
import { newSitting, type Sitting } from './sitting';

const AT = '2025-11-26T19:05:00.000Z';
const named = (id: string, givenNames: string, surname1: string): Member => {
  const m = newMember(id);
  return { ...m, form: { ...m.form, givenNames, surname1 } };
};
const applied = (id: string, screening: 'clear' | 'hold' = 'clear'): EventOutcome => ({
  id,
  index: 0,
  status: 'applied',
  screening,
});

/** A family of two sent at AT: the mother applied, the child as given in `child`. */
function family(child: Partial<Pick<Sitting, 'outcomes' | 'queued'>>): Sitting {
  let n = 0;
  const base = newSitting(() => `id-${++n}`);
  return {
    ...base,
    members: [named('m', 'MARIA', 'LOPEZ'), named('c', 'TOMAS', 'LOPEZ')],
    at: AT,
    outcomes: { m: applied('m'), ...child.outcomes },
    queued: child.queued ?? [],
  };
}

const record = (id: string, outcome: EventOutcome | null = applied(id)): RecentRecord => ({
  id,
  name: id.toUpperCase(),
  form: { ...EMPTY_FORM, surname1: id.toUpperCase() },
  held: false,
  choice: choiceOf('admitted'),
  at: AT,
  outcome,
});

describe('recentOf', () => {
  it('keeps each person sent, with their name, details, decision and the time of the sitting', () => {
    const sitting = family({ outcomes: { c: applied('c') } });
    const [m, c] = sitting.members;
    expect(recentOf(sitting, [choiceOf('admitted'), choiceOf('refused')], {})).toEqual([
      {
        id: 'm',
        name: 'MARIA LOPEZ',
        form: m?.form,
        held: false,
        choice: choiceOf('admitted'),
        at: AT,
        outcome: applied('m'),
      },
      {
        id: 'c',
        name: 'TOMAS LOPEZ',
        form: c?.form,
        held: false,
        choice: choiceOf('refused'),
        at: AT,
        outcome: applied('c'),
      },
    ]);
  });

  it('keeps a person waiting in the outbox, without an answer yet', () => {
    const [, child] = recentOf(family({ queued: ['c'] }), [choiceOf('admitted'), choiceOf('admitted')], {});
    expect(child).toMatchObject({ id: 'c', outcome: null });
  });

  it('leaves out a person the server refused, and a sitting never sent', () => {
    const refused: EventOutcome = { id: 'c', index: 1, status: 'problem' };
    const choices = [choiceOf('admitted'), choiceOf('admitted')];
    expect(recentOf(family({ outcomes: { c: refused } }), choices, {}).map((r) => r.id)).toEqual(['m']);
    expect(
      recentOf(
        newSitting(() => 'x'),
        choices,
        {},
      ),
    ).toEqual([]);
  });

  it('lists a decision corrected before moving on as corrected', () => {
    const sitting = family({ outcomes: { c: applied('c') } });
    const choices = [choiceOf('admitted'), choiceOf('admitted')];
    const [mother] = recentOf(sitting, choices, { m: choiceOf('refused') });
    expect(mother?.choice.decision).toBe('refused');
  });
});

describe('withRecent', () => {
  it('puts the sitting just finished first and drops the oldest past the limit', () => {
    const kept = Array.from({ length: RECENT_LIMIT }, (_, i) => record(`old-${i}`));
    const list = withRecent(kept, [record('new-a'), record('new-b')]);
    expect(list).toHaveLength(RECENT_LIMIT);
    expect(list.slice(0, 3).map((r) => r.id)).toEqual(['new-a', 'new-b', 'old-0']);
  });

  it('keeps a person once, as corrected since, when their sitting is kept again as the next is sent', () => {
    const kept = withCorrection([record('mother')], 'mother', choiceOf('refused'));
    const list = withRecent(kept, [record('mother'), record('child')]);
    expect(list.map((r) => [r.id, r.choice.decision])).toEqual([
      ['child', 'admitted'],
      ['mother', 'refused'],
    ]);
  });
});

describe('withLaterOutcomes', () => {
  it('keeps with each record that waited what a later sync learnt of it, and nothing else changes', () => {
    const later = new Map([['b', applied('b', 'hold')]]);
    const kept = [record('a', null), record('b', null), record('c')];
    const list = withLaterOutcomes(kept, (id) => later.get(id));
    expect(list.map((r) => r.outcome)).toEqual([null, applied('b', 'hold'), applied('c')]);
    // An answer already kept is not replaced, and nothing new gives back the same list.
    expect(withLaterOutcomes(list, () => applied('x'))[2]?.outcome).toEqual(applied('c'));
    expect(withLaterOutcomes(kept, () => undefined)).toBe(kept);
  });
});

describe('withCorrection', () => {
  it('changes only the decision of the record corrected', () => {
    const list = withCorrection([record('a'), record('b')], 'b', choiceOf('refused'));
    expect(list.map((r) => r.choice.decision)).toEqual(['admitted', 'refused']);
  });
});

describe('withPersonCorrection', () => {
  it('lists only the record corrected by its corrected name and details', () => {
    const form = { ...EMPTY_FORM, givenNames: 'ANA MARIA', surname1: 'PEREZ' };
    const [a, b] = withPersonCorrection([record('a'), record('b')], 'b', form, false);
    expect(a).toEqual(record('a'));
    expect(b).toMatchObject({ name: 'ANA MARIA PEREZ', form, held: false, choice: choiceOf('admitted') });
  });

  it('keeps a record held once screening held the person as corrected, even after another correction', () => {
    const form = { ...EMPTY_FORM, surname1: 'PEREZ' };
    const held = withPersonCorrection([record('a')], 'a', form, true);
    expect(held[0]?.held).toBe(true);
    expect(withPersonCorrection(held, 'a', form, false)[0]?.held).toBe(true);
  });
});

describe('isCorrectable', () => {
  it.each([
    ['held by screening once corrected', { ...record('a'), held: true }, null, false],
    ['applied', record('a'), null, true],
    ['waiting in the outbox', record('a', null), null, true],
    ['held by screening', record('a', applied('a', 'hold')), null, false],
    ['held by screening once a later sync sent it', record('a', null), applied('a', 'hold'), false],
    ['refused by a later sync', record('a', null), { id: 'a', index: 0, status: 'problem' } as const, false],
  ] as const)('offers a correction of a record %s only when it can be corrected', (_, r, later, expected) => {
    expect(isCorrectable(r, later)).toBe(expected);
  });
});
