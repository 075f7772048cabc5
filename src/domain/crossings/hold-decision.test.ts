// A decision on a held crossing says why: another decision or a void decides the hold, and needs a
// reason that is more than spaces, given in the note it sets or its own.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decidesHold, lacksHoldReason } from './hold-decision';

describe('decidesHold', () => {
  it.each([
    ['another decision', { set: { decision: 'admitted' } }, true],
    ['a refusal', { set: { decision: 'refused', refusalGround: 'entry-ban' } }, true],
    ['a void', { void: true as const }, true],
    ['the hold again', { set: { decision: 'held' } }, false],
    ['the person alone', { set: { person: { givenNames: 'Rosa', surname1: 'Quispe' } } }, false],
    ['the note alone', { set: { note: 'Llamar al consulado' } }, false],
  ])('says whether %s decides the hold', (_, correction, decides) => {
    expect(decidesHold(correction)).toBe(decides);
  });
});

describe('lacksHoldReason', () => {
  it.each([
    ['no note', { set: { decision: 'admitted' } }, true],
    ['a note of spaces', { set: { decision: 'admitted', note: ' \t ' } }, true],
    ['an own note of spaces', { set: { decision: 'admitted' }, note: '  ' }, true],
    ['a void with no note', { void: true as const }, true],
    ['a note it sets', { set: { decision: 'admitted', note: 'Identidad verificada' } }, false],
    ['its own note', { void: true as const, note: 'Registro duplicado' }, false],
    [
      'an own note beside a blank set note',
      { set: { decision: 'refused', note: '' }, note: 'Prohibición' },
      false,
    ],
    ['a correction that decides nothing', { set: { direction: 'exit' } }, false],
  ])('says a decision with %s lacks its reason: %s', (_, correction, lacks) => {
    expect(lacksHoldReason(correction)).toBe(lacks);
  });

  it('never throws, whatever the set holds', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.string(), fc.anything()),
        fc.option(fc.string(), { nil: undefined }),
        (set, note) => {
          lacksHoldReason({ set, note });
        },
      ),
    );
  });
});
