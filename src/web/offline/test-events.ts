// Events for the offline tests: valid tallies with ids made from a number, so tests read well.
import type { PasoEvent } from '../../api/events';

export const idOf = (n: number): string => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

export function tally(n: number): PasoEvent {
  return {
    kind: 'tally',
    id: idOf(n),
    at: '2026-04-04T17:30:00Z',
    checkpoint: 'PE-SANTA-ROSA',
    direction: 'entry',
    category: 'woman',
    count: 1,
  };
}

export function crossing(n: number): PasoEvent {
  return {
    kind: 'crossing',
    id: idOf(n),
    at: '2026-04-04T17:30:00Z',
    checkpoint: 'PE-SANTA-ROSA',
    direction: 'entry',
    decision: 'admitted',
    person: { givenNames: `ANA ${n}`, surname1: 'CRUZ' },
  };
}
