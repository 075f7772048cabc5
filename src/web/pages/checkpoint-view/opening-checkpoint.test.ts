// Where the supervisor's view opens: the address, then the supervisor's own choice in this tab, then
// where people wait for a supervisor (among their own checkpoints when they have any), then the first.
import { describe, expect, it, vi } from 'vitest';
import type { Checkpoint } from '../../api/types';
import type { Waiting } from '../../api/views-endpoints';
import { keepCheckpoint, openingCheckpoint, recallCheckpoint } from './opening-checkpoint';

const checkpoint = (code: string, n: number): Checkpoint => ({
  id: `5a7a0000-0000-4000-8000-00000000000${n}`,
  code,
  name: code,
  country: 'PER',
  latitude: -18,
  longitude: -70,
  timeZone: 'America/Lima',
  demo: true,
  booths: [],
});
const [A, B, C] = [checkpoint('CL-CHACALLUTA', 1), checkpoint('PE-SANTA-ROSA', 2), checkpoint('PE-TACNA', 3)];
const LIST = [A, B, C] as const;
const waiting = (a: number, b: number, c: number): Waiting => [
  { code: A.code, held: a },
  { code: B.code, held: b },
  { code: C.code, held: c },
];
const none = { asked: null, kept: null, assigned: [] };

describe('openingCheckpoint', () => {
  it.each([
    ['where people wait, not at the first listed', none, waiting(0, 2, 1), B.code],
    ['where most people wait', none, waiting(1, 2, 5), C.code],
    ['at the first listed when nobody waits anywhere', none, waiting(0, 0, 0), A.code],
    ['on a tie, at the first listed of those', none, waiting(0, 3, 3), B.code],
    ['at the first listed when the counts could not be read', none, [], A.code],
    ['at the checkpoint the address names', { ...none, asked: A.code }, waiting(0, 2, 1), A.code],
    ['at the one chosen last in this tab', { ...none, kept: C.code }, waiting(0, 2, 0), C.code],
    ['at the address rather than the one chosen last', { ...none, asked: A.code, kept: C.code }, [], A.code],
    ['past an address naming no checkpoint', { ...none, asked: 'XX-NONE', kept: C.code }, [], C.code],
    ['past a kept checkpoint that is gone', { ...none, kept: 'XX-GONE' }, waiting(0, 1, 0), B.code],
    [
      'at their own checkpoint though more wait elsewhere',
      { ...none, assigned: [A.id] },
      waiting(0, 4, 0),
      A.code,
    ],
    ['at the one of theirs where people wait', { ...none, assigned: [A.id, C.id] }, waiting(0, 4, 1), C.code],
  ])('opens %s', (_case, choice, counts, expected) => {
    expect(openingCheckpoint(LIST, choice, counts)).toBe(expected);
  });

  it('waits for the counts only when nothing names the checkpoint', () => {
    expect(openingCheckpoint(LIST, none, undefined)).toBeUndefined();
    expect(openingCheckpoint(LIST, { ...none, asked: B.code }, undefined)).toBe(B.code);
    expect(openingCheckpoint(LIST, { ...none, kept: C.code }, undefined)).toBe(C.code);
  });

  it('has nowhere to open without checkpoints', () => {
    expect(openingCheckpoint([], none, undefined)).toBeNull();
  });
});

describe('the checkpoint kept in this tab', () => {
  const storage = () => {
    const items = new Map<string, string>();
    return {
      getItem: (key: string) => items.get(key) ?? null,
      setItem: (key: string, value: string) => void items.set(key, value),
    };
  };

  it('is read back for the same user only', () => {
    const tab = storage();
    keepCheckpoint(tab, 'u1', B.code);
    expect(recallCheckpoint(tab, 'u1')).toBe(B.code);
    expect(recallCheckpoint(tab, 'u2')).toBeNull();
  });

  it('is nothing, without an error, when the storage refuses', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const refusing = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('full');
      },
    };
    expect(() => keepCheckpoint(refusing, 'u1', B.code)).not.toThrow();
    expect(recallCheckpoint(refusing, 'u1')).toBeNull();
    expect(warn).toHaveBeenCalledTimes(2);
    warn.mockRestore();
  });
});
