// The tally pad's keys: which press each key makes, that modified keys are left to the browser, and
// that no key event whatever makes it throw.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keyAction } from './tally-keys';

const press = (
  key: string,
  modifiers: Partial<{ ctrlKey: boolean; altKey: boolean; metaKey: boolean }> = {},
) => keyAction({ key, ctrlKey: false, altKey: false, metaKey: false, ...modifiers });

describe('keyAction', () => {
  it.each([
    ['1', { kind: 'tally', direction: 'entry', category: 'man' }],
    ['4', { kind: 'tally', direction: 'entry', category: 'girl' }],
    ['q', { kind: 'tally', direction: 'exit', category: 'man' }],
    ['T', { kind: 'tally', direction: 'exit', category: 'unknown' }],
    ['Backspace', { kind: 'undo' }],
    ['6', null],
    ['Enter', null],
  ] as const)('reads %s', (key, expected) => {
    expect(press(key)).toEqual(expected);
  });

  it('leaves keys with Ctrl, Alt or Meta to the browser', () => {
    expect(press('r', { ctrlKey: true })).toBeNull();
    expect(press('1', { altKey: true })).toBeNull();
    expect(press('Backspace', { metaKey: true })).toBeNull();
  });

  it('never throws, whatever key it is given', () => {
    fc.assert(
      fc.property(fc.string(), fc.boolean(), fc.boolean(), fc.boolean(), (key, ctrlKey, altKey, metaKey) => {
        keyAction({ key, ctrlKey, altKey, metaKey });
      }),
    );
  });
});
