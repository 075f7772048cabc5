// What the booth says of a correction once sent: it never says that its correction counts when the
// server answered that another device's correction, made without seeing it, says otherwise, nor when
// the person, screened again as corrected, is held for the supervisor.
import { describe, expect, it } from 'vitest';
import type { EventOutcome } from '../../../api/events';
import { correctionState } from './correction-sent';

const outcome = (over: Partial<EventOutcome> = {}): EventOutcome => ({
  id: 'c1',
  index: 0,
  status: 'applied',
  ...over,
});
const sent = (over: { applied: boolean; conflict?: boolean; held?: boolean }) => ({
  conflict: false,
  held: false,
  ...over,
});

describe('correctionState', () => {
  it.each([
    ['applied at once', sent({ applied: true }), undefined, 'applied'],
    ['applied at once, in conflict', sent({ applied: true, conflict: true }), undefined, 'conflict'],
    ['kept on the device', sent({ applied: false }), undefined, 'queued'],
    ['sent by a later sync', sent({ applied: false }), outcome(), 'applied'],
    ['sent by a later sync, in conflict', sent({ applied: false }), outcome({ conflict: true }), 'conflict'],
    [
      'refused by a later sync',
      sent({ applied: false }),
      outcome({ status: 'problem', problem: { code: 'x', title: 'x', detail: '', errors: [] } }),
      'refused',
    ],
    ['applied at once, the person held by screening', sent({ applied: true, held: true }), undefined, 'held'],
    [
      'applied at once, held and in conflict',
      sent({ applied: true, held: true, conflict: true }),
      undefined,
      'held',
    ],
    [
      'sent by a later sync, the person held by screening',
      sent({ applied: false }),
      outcome({ screening: 'hold' }),
      'held',
    ],
  ] as const)('says a correction %s as %s', (_, done, later, expected) => {
    expect(correctionState(done, later)).toBe(expected);
  });
});
