// A keyset kept by an earlier version holds each revocation's reason as written (an enforcement ground,
// a hospital): a partner's device reads it without them, and keeps it without them from then on.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readKept } from './keyset-store';

const stored = new Map<string, string>();
beforeEach(() => {
  stored.clear();
  vi.stubGlobal('window', {
    localStorage: {
      getItem: (key: string) => stored.get(key) ?? null,
      setItem: (key: string, value: string) => stored.set(key, value),
    },
  });
});
afterEach(() => {
  vi.unstubAllGlobals();
});

const id = (n: number) => `3b0c6a4e-0000-4000-8000-00000000000${n}`;
const AT = '2026-12-05T05:57:00.000Z';

describe('the keyset kept on the device', () => {
  it('drops the reasons an earlier version kept, and keeps the revocations', () => {
    stored.set(
      'paso.passes.keyset',
      JSON.stringify({
        fetchedAt: '2026-12-05T06:00:00.000Z',
        keyset: {
          version: 'v1',
          keys: [],
          revoked: [
            { id: id(1), reason: 'Coincidencia en lista de vigilancia INTERPOL', at: AT },
            { id: id(2), reason: 'MOQUEGUA: Trasladado al hospital regional', at: AT, cause: 'left-convoy' },
          ],
        },
      }),
    );
    expect(readKept()?.keyset.revoked).toEqual([
      { id: id(1), at: AT, cause: 'withdrawn' },
      { id: id(2), at: AT, cause: 'left-convoy' },
    ]);
    expect(stored.get('paso.passes.keyset')).not.toMatch(/INTERPOL|hospital|reason/);
    expect(readKept()?.keyset.revoked).toHaveLength(2);
  });

  it('has none when nothing is kept', () => {
    expect(readKept()).toBeNull();
    expect(stored.size).toBe(0);
  });
});
