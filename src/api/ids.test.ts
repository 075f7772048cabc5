import { describe, expect, it } from 'vitest';
import { parseEvent } from './events';
import { newId } from './ids';

describe('newId', () => {
  it('makes ids that sort in the order they were made, so inserts land at the end of an index', () => {
    const ids = Array.from({ length: 5000 }, () => newId());
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('makes ids the event interchange accepts', () => {
    const parsed = parseEvent({
      kind: 'tally',
      id: newId(),
      at: '2025-11-28T10:00:00Z',
      checkpoint: 'PE-SANTA-ROSA',
      direction: 'entry',
      category: 'man',
      count: 1,
    });
    expect(parsed.ok).toBe(true);
  });
});
