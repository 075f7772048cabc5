import { describe, expect, it } from 'vitest';
import { DRAFT_PREFIX, forgetTabDrafts } from './tab-drafts';

function storage(entries: Record<string, string>) {
  const map = new Map(Object.entries(entries));
  return {
    map,
    get length() {
      return map.size;
    },
    key: (i: number) => [...map.keys()][i] ?? null,
    removeItem: (key: string) => void map.delete(key),
  };
}

describe('the drafts kept in a tab', () => {
  it('are all forgotten at sign-out, and nothing else is', () => {
    const s = storage({
      [`${DRAFT_PREFIX}referral-note.u1.r1`]: 'Recibido por DEMUNA',
      [`${DRAFT_PREFIX}referral-note.u1.r2`]: 'Llamar a la madre',
      'paso.other': 'kept',
    });
    forgetTabDrafts(s);
    expect([...s.map.keys()]).toEqual(['paso.other']);
  });

  it('leave the tab as it is when the storage refuses', () => {
    const refusing = {
      length: 1,
      key: () => {
        throw new Error('SecurityError');
      },
      removeItem: () => undefined,
    };
    expect(() => forgetTabDrafts(refusing)).not.toThrow();
  });
});
