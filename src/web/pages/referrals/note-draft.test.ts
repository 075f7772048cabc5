// A closing note typed and not sent is kept in the tab for its user and referral, and forgotten once
// sent or cleared; a storage that refuses loses the keeping, never the page.
import { describe, expect, it, vi } from 'vitest';
import { forgetNote, keepNote, recallNote } from './note-draft';

function memory() {
  const kept = new Map<string, string>();
  return {
    getItem: (key: string) => kept.get(key) ?? null,
    setItem: (key: string, value: string) => void kept.set(key, value),
    removeItem: (key: string) => void kept.delete(key),
    size: () => kept.size,
  };
}

describe('closing note drafts', () => {
  it('gives a note back to the user who typed it, for that referral only', () => {
    const storage = memory();
    keepNote(storage, 'u1', 'r1', 'Recibido por la DEMUNA');
    expect(recallNote(storage, 'u1', 'r1')).toBe('Recibido por la DEMUNA');
    expect(recallNote(storage, 'u1', 'r2')).toBe('');
    expect(recallNote(storage, 'u2', 'r1')).toBe('');
  });

  it('leaves nothing behind for a note cleared or sent', () => {
    const storage = memory();
    keepNote(storage, 'u1', 'r1', 'Recibido');
    keepNote(storage, 'u1', 'r1', '  ');
    expect(storage.size()).toBe(0);
    keepNote(storage, 'u1', 'r1', 'Recibido');
    forgetNote(storage, 'u1', 'r1');
    expect(recallNote(storage, 'u1', 'r1')).toBe('');
  });

  it('goes on without keeping when the storage refuses', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const refusing = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('full');
      },
      removeItem: () => undefined,
    };
    expect(() => keepNote(refusing, 'u1', 'r1', 'Recibido')).not.toThrow();
    expect(recallNote(refusing, 'u1', 'r1')).toBe('');
    expect(warn).toHaveBeenCalledTimes(2);
    warn.mockRestore();
  });
});
