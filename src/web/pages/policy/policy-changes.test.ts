// The summary of a draft against the version in force names the rules added, removed and changed, and
// says when the rules kept stand in another order: the editor said "Nuevas: —. Eliminadas: —.
// Modificadas: —." for a draft that only moved a rule, and offered to save it.
import { describe, expect, it } from 'vitest';
import { changesOf } from './policy-changes';

const rule = (id: string, outcome = 'admit') => ({ id, outcome });
const BEFORE = [rule('a'), rule('b'), rule('c')];

describe('changesOf', () => {
  it.each([
    ['nothing', BEFORE, { added: [], removed: [], changed: [], reordered: false }],
    [
      'a rule moved',
      [rule('b'), rule('a'), rule('c')],
      { added: [], removed: [], changed: [], reordered: true },
    ],
    [
      'a rule added at the end',
      [...BEFORE, rule('d')],
      { added: ['d'], removed: [], changed: [], reordered: false },
    ],
    [
      'a rule added at the top',
      [rule('d'), ...BEFORE],
      { added: ['d'], removed: [], changed: [], reordered: false },
    ],
    ['a rule removed', [rule('a'), rule('c')], { added: [], removed: ['b'], changed: [], reordered: false }],
    [
      'a rule changed',
      [rule('a'), rule('b', 'refuse'), rule('c')],
      { added: [], removed: [], changed: ['b'], reordered: false },
    ],
    [
      'a rule removed and two others swapped',
      [rule('c'), rule('a')],
      { added: [], removed: ['b'], changed: [], reordered: true },
    ],
  ])('says what %s changes', (_what, after, expected) => {
    expect(changesOf(BEFORE, after)).toEqual(expected);
  });
});
