// What the supervisor's decision form asks before it sends: a refusal's ground, and for a held person
// the reason for the decision (the server refuses a decision on a held crossing without one).
import { describe, expect, it } from 'vitest';
import { missingFor } from './resolution';

describe('missingFor', () => {
  it.each([
    ['admitted', '', '', true, { ground: false, note: true }],
    ['admitted', '', '   ', true, { ground: false, note: true }],
    ['admitted', '', 'Identidad verificada', true, { ground: false, note: false }],
    ['refused', '', 'Prohibición vigente', true, { ground: true, note: false }],
    ['refused', '', '', true, { ground: true, note: true }],
    ['refused', 'entry-ban', 'Prohibición vigente', true, { ground: false, note: false }],
    ['admitted', '', '', false, { ground: false, note: false }],
    ['refused', '', '', false, { ground: true, note: false }],
  ] as const)(
    'asks of %s with ground "%s" and note "%s" (held: %s): %o',
    (decision, ground, note, isHeld, missing) => {
      expect(missingFor(decision, { ground, note, isHeld })).toEqual(missing);
    },
  );
});
