// The booth's last records kept in the tab: given back as they were kept, by user; a list that does
// not read as one (another version of the app, a hand edit, storage that refuses) is dropped, not let
// into the booth; an empty list leaves nothing behind.
import { describe, expect, it, vi } from 'vitest';
import type { RecentRecord } from './recent';
import { keepRecent, recallRecent } from './recent-kept';
import { EMPTY_FORM } from './registration';

class MemoryStorage {
  readonly items = new Map<string, string>();
  getItem = (key: string) => this.items.get(key) ?? null;
  setItem = (key: string, value: string) => void this.items.set(key, value);
  removeItem = (key: string) => void this.items.delete(key);
}

const RECORD: RecentRecord = {
  id: '0c0a0000-0000-4000-8000-000000000001',
  name: 'MARIA LOPEZ',
  form: { ...EMPTY_FORM, givenNames: 'MARIA', surname1: 'LOPEZ', sex: 'F', vulnerabilities: ['pregnant'] },
  held: false,
  choice: { decision: 'refused', refusalGround: 'no-valid-document', note: 'Cédula vencida', exitPoint: '' },
  at: '2025-11-26T19:05:00.000Z',
  outcome: { id: '0c0a0000-0000-4000-8000-000000000001', index: 0, status: 'applied', screening: 'clear' },
};

describe('recallRecent and keepRecent', () => {
  it('gives back what was kept, to the same user only', () => {
    const storage = new MemoryStorage();
    const waiting = { ...RECORD, id: '0c0a0000-0000-4000-8000-000000000002', outcome: null };
    keepRecent(storage, 'u1', [RECORD, waiting]);
    expect(recallRecent(storage, 'u1')).toEqual([RECORD, waiting]);
    expect(recallRecent(storage, 'u2')).toEqual([]);
    expect([...storage.items.keys()]).toEqual(['paso.draft.booth-recent.u1']);
  });

  it('leaves nothing behind for an empty list', () => {
    const storage = new MemoryStorage();
    keepRecent(storage, 'u1', [RECORD]);
    keepRecent(storage, 'u1', []);
    expect(storage.items.size).toBe(0);
  });

  it.each([
    ['not JSON', '[{'],
    ['not a list', '{}'],
    ['a record without its form', JSON.stringify([{ ...RECORD, form: undefined }])],
    [
      'a decision the booth does not know',
      JSON.stringify([{ ...RECORD, choice: { ...RECORD.choice, decision: 'deported' } }]),
    ],
  ])('drops a list that is %s', (_case, text) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const storage = new MemoryStorage();
    storage.setItem('paso.draft.booth-recent.u1', text);
    expect(recallRecent(storage, 'u1')).toEqual([]);
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });

  it('keeps the booth working when the storage refuses', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const refusing = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => undefined,
    };
    expect(() => keepRecent(refusing, 'u1', [RECORD])).not.toThrow();
    expect(recallRecent(refusing, 'u1')).toEqual([]);
    warn.mockRestore();
  });
});
