// When a field with a length limit cannot take a pasted text whole: what it holds, less the
// selection the paste replaces, plus the text, against the limit.
import { describe, expect, it } from 'vitest';
import { pasteCut } from './paste-cut';

describe('a text pasted into a field with a limit', () => {
  it.each([
    ['into an empty field, longer than the limit', '', 0, 0, 'x'.repeat(12), 10, 12],
    ['into an empty field, exactly the limit', '', 0, 0, 'x'.repeat(10), 10, null],
    ['after text already there, past the limit', 'abcdef', 6, 6, 'xxxxx', 10, 5],
    ['after text already there, within the limit', 'abcdef', 6, 6, 'xxxx', 10, null],
    ['over a selection it replaces, which makes room', 'abcdef', 0, 6, 'x'.repeat(10), 10, null],
    ['over part of the text', 'abcdef', 2, 4, 'x'.repeat(7), 10, 7],
  ] as const)('%s', (_case, value, start, end, pasted, max, expected) => {
    expect(pasteCut(value, start, end, pasted, max)).toBe(expected);
  });
});
