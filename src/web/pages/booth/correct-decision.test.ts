// What the booth says of a correction once sent: it never says that its correction counts when the
// server answered that another device's correction, made without seeing it, says otherwise.
import { describe, expect, it } from 'vitest';
import type { EventOutcome } from '../../../api/events';
import { correctionState } from './correct-decision';

const outcome = (over: Partial<EventOutcome> = {}): EventOutcome => ({
  id: 'c1',
  index: 0,
  status: 'applied',
  ...over,
});

describe('correctionState', () => {
  it.each([
    ['applied at once', { applied: true, conflict: false }, undefined, 'applied'],
    ['applied at once, in conflict', { applied: true, conflict: true }, undefined, 'conflict'],
    ['kept on the device', { applied: false, conflict: false }, undefined, 'queued'],
    ['sent by a later sync', { applied: false, conflict: false }, outcome(), 'applied'],
    [
      'sent by a later sync, in conflict',
      { applied: false, conflict: false },
      outcome({ conflict: true }),
      'conflict',
    ],
    [
      'refused by a later sync',
      { applied: false, conflict: false },
      outcome({ status: 'problem', problem: { code: 'x', title: 'x', detail: '', errors: [] } }),
      'refused',
    ],
  ] as const)('says a correction %s as %s', (_, done, later, expected) => {
    expect(correctionState(done, later)).toBe(expected);
  });
});
